/**
 * A small, complete record input for the LIDO tests (unit and integration): a baptismal bowl in a
 * church, in German and English, with an image, a scan and an audio guide. Tests change what they need.
 */
import type { LidoContext, LidoHeritageItem, LidoPlace, LidoRecordInput, LidoScan } from "./lido-input.ts";

export const TEST_CONTEXT: LidoContext = {
  siteUrl: "https://showroom.example",
  recordSource: { name: "Digital-Hub Oldenburg in Holstein", url: "https://showroom.example/" },
};

export function testItem(overrides: Partial<LidoHeritageItem> = {}): LidoHeritageItem {
  return {
    documentId: "doc-taufe",
    slug: "taufschale",
    title: "Taufschale",
    summary: "Eine Taufschale aus Messing.",
    description: "Die **Schale** wurde [hier](https://example.org) gefunden.",
    inventoryNumber: "OH-K-0007",
    datingText: "um 1650",
    datingFrom: 1640,
    datingTo: 1660,
    material: "Messing",
    technique: "getrieben",
    dimensions: "Ø 45 cm",
    licence: "cc_by_4",
    attribution: "Kirchengemeinde St. Johannis",
    keywords: "Taufe, Kirche",
    images: [
      {
        file: {
          url: "/uploads/schale.jpg",
          mime: "image/jpeg",
          width: 1200,
          height: 800,
          documentId: "img1",
        },
        alt: "Runde Messingschale von oben",
        credit: "Foto: Digital-Hub",
      },
    ],
    updatedAt: "2026-01-02T03:04:05.000Z",
    ...overrides,
  };
}

export function testPlace(overrides: Partial<LidoPlace> = {}): LidoPlace {
  return {
    documentId: "doc-kirche",
    slug: "st-johannis",
    name: "St.-Johannis-Kirche",
    kind: "church",
    municipality: "oldenburg_in_holstein",
    geo: { latitude: 54.2921, longitude: 10.8867 },
    ...overrides,
  };
}

export function testScan(overrides: Partial<LidoScan> = {}): LidoScan {
  return {
    documentId: "doc-scan",
    slug: "taufschale-scan",
    title: "Taufschale (3D)",
    description: "Flache runde Schale mit breitem Rand.",
    licence: "cc0",
    downloadAllowed: true,
    model: { url: "/uploads/schale.glb", mime: "application/octet-stream", ext: ".glb" },
    webModel: { url: "/uploads/schale.web.glb", mime: "model/gltf-binary", ext: ".glb" },
    paradata: { method: "photogrammetry", operator: "Digital-Hub", capturedOn: "2025-05-01" },
    ...overrides,
  };
}

export function testInput(): LidoRecordInput {
  return {
    item: {
      de: testItem(),
      en: testItem({
        slug: "baptismal-bowl",
        title: "Baptismal bowl",
        summary: "A brass baptismal bowl.",
        datingText: "about 1650",
      }),
    },
    place: { de: testPlace(), en: testPlace({ slug: "st-john", name: "St John's church" }) },
    scan: { de: testScan(), en: testScan({ title: "Baptismal bowl (3D)" }) },
    audioGuides: [
      {
        documentId: "doc-stop",
        title: { de: "Im Chor", en: "In the choir" },
        audio: {
          de: { url: "/uploads/chor-de.mp3", mime: "audio/mpeg" },
          en: { url: "/uploads/chor-en.mp3", mime: "audio/mpeg" },
        },
        transcript: { de: "Willkommen im Chor.", en: "Welcome to the choir." },
      },
    ],
    related: [
      {
        documentId: "doc-engel",
        title: { de: "Taufengel", en: "Baptismal angel" },
        slug: { de: "taufengel", en: "baptismal-angel" },
        relation: "same-place",
      },
    ],
  };
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same items on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text pieces that have broken XML exports before: markup characters, umlauts, quotes, emoji, controls. */
const TRICKY = [
  "Kelch <Abendmahl> & Patene",
  "Größe „groß“ – ÄÖÜ äöüß",
  "a < b && c > d",
  "\"quoted\" 'single'",
  "Emoji 🏰 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
  "Steuerzeichen\u0001\u0008 weg",
  "]]> CDATA end",
  "Tab\tand\nnew line",
  "Dänisch: Øresund, Plattdüütsch: Ollnborg",
  "&amp; already escaped",
  "lone \uD800 surrogate",
  "**Markdown** with [a link](https://example.org)",
];

const LICENCES = ["cc0", "cc_by_4", "cc_by_sa_4", "pdm", "all_rights_reserved"];
const KINDS = ["museum", "church", "monument", "archaeological_site", "manor", "landscape", "other"];
const MUNICIPALITIES = ["oldenburg_in_holstein", "malente", "amt_lensahn"];
const METHODS = ["photogrammetry", "structured_light", "laser_scan", "lidar", "procedural", "other"];

/**
 * `count` varied record inputs from `seed`: optional fields missing or present, one or both
 * languages, tricky characters, texts up to 4,000 characters, BCE dates, positions at the poles,
 * places, scans with and without download, audio guides, related works. For the schema test and the bench.
 */
export function generatedLidoInputs(count: number, seed = 1): LidoRecordInput[] {
  const next = random(seed);
  const chance = (p: number) => next() < p;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pickOne = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const words = (max: number) => {
    let out = pickOne(TRICKY);
    while (out.length < max && chance(0.8)) out += ` ${pickOne(TRICKY)}`;
    return out.slice(0, max);
  };
  const maybe = <T>(value: () => T, p = 0.5): T | null => (chance(p) ? value() : null);

  return Array.from({ length: count }, (_, index) => {
    const documentId = `gen${seed}x${index}`;
    const from = int(-3000, 2000);
    const languages = chance(0.1) ? [pickOne(["de", "en"] as const)] : (["de", "en"] as const);
    const shared = {
      documentId,
      inventoryNumber: `GEN-${index}`,
      datingFrom: from,
      datingTo: from + int(0, 300),
      licence: pickOne(LICENCES),
      attribution: maybe(() => words(300), 0.7),
      updatedAt: chance(0.9) ? "2026-01-01T00:00:00.000Z" : null,
    };
    const item: LidoRecordInput["item"] = {};
    for (const language of languages) {
      item[language] = {
        ...shared,
        slug: `${language}-gen-${index}`,
        title: words(160),
        summary: words(400),
        description: maybe(() => words(int(1, 4000))),
        datingText: words(120),
        material: maybe(() => words(200)),
        technique: maybe(() => words(200)),
        dimensions: maybe(() => words(200)),
        keywords: maybe(() => words(300)),
        images: Array.from({ length: int(0, 3) }, (_, i) => ({
          file: {
            url: chance(0.5) ? `/uploads/img_${index}_${i}.jpg` : `https://cdn.example/i/${index}-${i}.png`,
            mime: chance(0.5) ? "image/jpeg" : "image/png",
            width: maybe(() => int(1, 8000), 0.8),
            height: maybe(() => int(1, 8000), 0.8),
            documentId: maybe(() => `media${index}x${i}`, 0.9),
          },
          alt: words(300),
          caption: maybe(() => words(300), 0.3),
          credit: maybe(() => words(200), 0.5),
        })),
      };
    }
    const input: LidoRecordInput = { item };
    if (chance(0.8)) {
      const placeShared = {
        documentId: `place${index % 97}`,
        kind: pickOne(KINDS),
        municipality: pickOne(MUNICIPALITIES),
        geo: chance(0.9)
          ? {
              latitude: pickOne([90, -90, 0, 54.2942, int(-90, 90) + next()]),
              longitude: pickOne([180, -180, 10.885, int(-180, 179) + next()]),
            }
          : null,
        website: maybe(() => `https://example.org/${index}?a=1&b=2`, 0.3),
      };
      input.place = {};
      for (const language of languages)
        input.place[language] = { ...placeShared, slug: `p${index}`, name: words(160) };
    }
    if (chance(0.4)) {
      const scanShared = {
        documentId: `scan${index}`,
        licence: pickOne(LICENCES),
        attribution: maybe(() => words(300)),
        downloadAllowed: chance(0.5),
        model: {
          url: `/uploads/m${index}.${chance(0.8) ? "glb" : "gltf"}`,
          mime: "application/octet-stream",
        },
        webModel: maybe(
          () => ({ url: `/uploads/m${index}.web.glb`, mime: "model/gltf-binary", ext: ".glb" }),
          0.7,
        ),
        thumbModel: maybe(
          () => ({ url: `/uploads/m${index}.thumb.glb`, mime: "model/gltf-binary", ext: ".glb" }),
          0.5,
        ),
        usdz: maybe(
          () => ({ url: `/uploads/m${index}.usdz`, mime: "model/vnd.usdz+zip", ext: ".usdz" }),
          0.2,
        ),
        paradata: maybe(
          () => ({
            method: pickOne(METHODS),
            operator: maybe(() => words(160)),
            capturedOn: maybe(() => "2025-05-01"),
          }),
          0.9,
        ),
      };
      input.scan = {};
      for (const language of languages)
        input.scan[language] = {
          ...scanShared,
          slug: `s${index}`,
          title: words(160),
          description: words(int(1, 4000)),
          poster: maybe(() => ({
            file: { url: `/uploads/p${index}.png`, mime: "image/png" },
            alt: words(300),
          })),
        };
    }
    if (chance(0.2)) {
      input.audioGuides = [
        {
          documentId: `stop${index}`,
          title: { de: words(160), en: words(160) },
          audio: {
            de: { url: `/uploads/a${index}.mp3`, mime: "audio/mpeg" },
            en: chance(0.5) ? { url: `/uploads/a${index}-en.ogg`, mime: "audio/ogg" } : null,
          },
          transcript: { de: maybe(() => words(2000)), en: maybe(() => words(2000)) },
        },
      ];
    }
    if (chance(0.5)) {
      input.related = Array.from({ length: int(1, 4) }, (_, i) => ({
        documentId: `gen${seed}x${(index + i + 1) % count}`,
        title: chance(0.8) ? { de: words(160), en: words(160) } : { en: words(160) },
        slug: chance(0.8) ? { de: `r-${i}`, en: `r-en-${i}` } : { en: `r-en-${i}` },
        relation: chance(0.5) ? "same-place" : "same-tour",
      }));
    }
    return input;
  });
}
