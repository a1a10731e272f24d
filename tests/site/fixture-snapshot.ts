/**
 * A small, valid content snapshot generated in code, for the site's tests and the bench: every
 * content type in German and English (with different slugs), images rendered with sharp, a tiny
 * GLB, an audio guide and captions. `items` scales the heritage items for the 10,000-item bench.
 *
 * @example
 *   const dir = await writeFixtureSnapshot(mkdtempSync(join(tmpdir(), "snap-")), { items: 12 });
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCALES, type Locale, SNAPSHOT_FORMAT, type SnapshotManifest } from "@showroom/content-types";
import sharp from "sharp";
import { ffmpegPath } from "../../scripts/src/shared/system-tools/ffmpeg-path.ts";

export interface FixtureSnapshotOptions {
  /** Number of heritage items (default 8). */
  items?: number;
  /** The moment "now" for event states (default: the current time). */
  now?: Date;
}

export const FIXTURE_DEFAULTS: Required<Omit<FixtureSnapshotOptions, "now">> = { items: 8 };

type Entry = Record<string, unknown>;
interface MediaRecord {
  id: number;
  documentId: string;
  name: string;
  alternativeText: null;
  caption: null;
  width: number | null;
  height: number | null;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  url: string;
}

/** Stop codes the fixture uses, for tests of the QR landing. */
export const FIXTURE_STOP_CODES = ["WALL1", "WALL2", "WALL3", "KIRCHE1", "KIRCHE2"] as const;
export const FIXTURE_RETIRED_CODE = "ALT9";

class SnapshotWriter {
  readonly media: SnapshotManifest["media"] = [];
  private nextMediaId = 1;
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(join(dir, "media"), { recursive: true });
    mkdirSync(join(dir, "content"), { recursive: true });
  }

  addFile(
    name: string,
    ext: string,
    mime: string,
    bytes: Buffer,
    size?: { width: number; height: number },
  ): MediaRecord {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const hash = `${name}_${sha256.slice(0, 10)}`;
    const file = `${hash}${ext}`;
    if (!this.media.some((m) => m.file === file)) {
      writeFileSync(join(this.dir, "media", file), bytes);
      this.media.push({ file, sha256, bytes: bytes.length, mime });
    }
    const id = this.nextMediaId++;
    return {
      id,
      documentId: `media${id}`,
      name: `${name}${ext}`,
      alternativeText: null,
      caption: null,
      width: size?.width ?? null,
      height: size?.height ?? null,
      hash,
      ext,
      mime,
      size: Math.round((bytes.length / 1024) * 100) / 100,
      url: `media/${file}`,
    };
  }
}

async function renderImage(label: string, hue: number, width = 960, height = 640): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="100%" height="100%" fill="hsl(${hue},45%,38%)"/>
  <circle cx="${width * 0.7}" cy="${height * 0.4}" r="${height * 0.22}" fill="hsl(${(hue + 40) % 360},60%,70%)"/>
  <text x="40" y="${height - 60}" font-family="sans-serif" font-size="56" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A valid one-triangle GLB (glTF 2.0 binary), enough for a poster-first viewer and a download link. */
export function tinyGlb(): Buffer {
  const positions = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]);
  const bin = Buffer.from(positions.buffer);
  const json = {
    asset: { version: "2.0", generator: "showroom fixture" },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 3, type: "VEC3", min: [0, 0, 0], max: [1, 1, 0] },
    ],
    bufferViews: [{ buffer: 0, byteLength: bin.length }],
    buffers: [{ byteLength: bin.length }],
  };
  let jsonChunk = Buffer.from(JSON.stringify(json));
  jsonChunk = Buffer.concat([jsonChunk, Buffer.alloc((4 - (jsonChunk.length % 4)) % 4, 0x20)]);
  const binChunk = Buffer.concat([bin, Buffer.alloc((4 - (bin.length % 4)) % 4)]);
  const header = Buffer.alloc(12);
  header.writeUInt32LE(0x46546c67, 0);
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(12 + 8 + jsonChunk.length + 8 + binChunk.length, 8);
  const chunk = (type: number, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32LE(data.length, 0);
    head.writeUInt32LE(type, 4);
    return Buffer.concat([head, data]);
  };
  return Buffer.concat([header, chunk(0x4e4f534a, jsonChunk), chunk(0x004e4942, binChunk)]);
}

/** One second of a quiet tone as Ogg/Opus (ffmpeg), or undefined when ffmpeg is missing. */
function toneOgg(): Buffer | undefined {
  let ffmpeg: string;
  try {
    ffmpeg = ffmpegPath();
  } catch {
    return undefined;
  }
  const result = spawnSync(
    ffmpeg,
    [
      "-hide_banner",
      "-loglevel",
      "error",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=440:duration=1",
      "-c:a",
      "libopus",
      "-b:a",
      "16k",
      "-f",
      "ogg",
      "pipe:1",
    ],
    { maxBuffer: 1 << 22 },
  );
  return result.status === 0 && result.stdout.length > 0 ? result.stdout : undefined;
}

const stamp = "2026-01-15T10:00:00.000Z";
let nextEntryId = 1;
function base(documentId: string, locale: Locale | null): Entry {
  return { id: nextEntryId++, documentId, locale, createdAt: stamp, updatedAt: stamp, publishedAt: stamp };
}
function pick<T>(locale: Locale, de: T, en: T): T {
  return locale === "de" ? de : en;
}
/** A populated relation: the related entry's own fields, one level deep, as Strapi returns it. */
function relationTo(entry: Entry, fields: string[]): Entry {
  const out: Entry = { id: entry.id, documentId: entry.documentId, locale: entry.locale };
  for (const field of fields) out[field] = entry[field];
  return out;
}

interface Built {
  byType: Map<string, Record<Locale, Entry[] | Entry | null>>;
}

export async function writeFixtureSnapshot(
  dir: string,
  options: FixtureSnapshotOptions = {},
): Promise<string> {
  const itemCount = options.items ?? FIXTURE_DEFAULTS.items;
  const now = options.now ?? new Date();
  const writer = new SnapshotWriter(dir);
  nextEntryId = 1;

  const images = await Promise.all(
    ["Wall", "Museum", "Kirche", "Schale", "Glocke", "Haus"].map(async (label, index) =>
      writer.addFile(label.toLowerCase(), ".png", "image/png", await renderImage(label, index * 55), {
        width: 960,
        height: 640,
      }),
    ),
  );
  const img = (index: number) => images[index % images.length] as MediaRecord;
  const glb = writer.addFile("bowl", ".glb", "model/gltf-binary", tinyGlb());
  const ogg = toneOgg();
  const audio = ogg ? writer.addFile("audio-wall", ".ogg", "audio/ogg", ogg) : null;
  const vtt = writer.addFile(
    "captions-de",
    ".vtt",
    "text/vtt",
    Buffer.from("WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen zur Sitzung.\n"),
  );

  const built: Built = { byType: new Map() };
  const put = (type: string, locale: Locale, value: Entry | Entry[] | null) => {
    const record = built.byType.get(type) ?? ({ de: [], en: [] } as Record<Locale, Entry[] | Entry | null>);
    record[locale] = value;
    built.byType.set(type, record);
  };
  const image = (locale: Locale, index: number, altDe: string, altEn: string) => ({
    id: nextEntryId++,
    file: img(index),
    alt: pick(locale, altDe, altEn),
    caption: null,
    credit: "Digital Hub Oldenburg in Holstein (Testbild)",
  });

  for (const locale of LOCALES) {
    nextEntryId = locale === "de" ? 1 : 100_000;
    const places: Entry[] = [
      {
        ...base("place-wall", locale),
        name: pick(locale, "Oldenburger Wall", "Oldenburg Rampart"),
        slug: pick(locale, "oldenburger-wall", "oldenburg-rampart"),
        kind: "archaeological_site",
        municipality: "oldenburg_in_holstein",
        summary: pick(
          locale,
          "Slawischer Ringwall aus dem späten 7. Jahrhundert.",
          "Slavic ring fort from the late 7th century.",
        ),
        description: pick(
          locale,
          "Der Wall umschließt ein Oval von etwa **220 × 100 m**.",
          "The rampart encloses an oval of about **220 × 100 m**.",
        ),
        address: {
          id: nextEntryId++,
          street: "Professor-Struve-Weg 1",
          postalCode: "23758",
          locality: "Oldenburg in Holstein",
        },
        geo: { id: nextEntryId++, latitude: 54.2942, longitude: 10.885 },
        openingHours: [
          {
            id: nextEntryId++,
            days: pick(locale, "Dienstag bis Sonntag", "Tuesday to Sunday"),
            opens: "10:00",
            closes: "17:00",
            season: pick(locale, "April bis Oktober", "April to October"),
          },
        ],
        openingHoursNote: null,
        accessibility: pick(
          locale,
          "Wege teilweise steil und unbefestigt.",
          "Paths partly steep and unpaved.",
        ),
        website: null,
        images: [
          image(locale, 0, "Der grasbewachsene Ringwall im Sommer", "The grass-covered rampart in summer"),
        ],
      },
      {
        ...base("place-church", locale),
        name: pick(locale, "St.-Johannis-Kirche", "St John's Church"),
        slug: pick(locale, "st-johannis-kirche", "st-johns-church"),
        kind: "church",
        municipality: "oldenburg_in_holstein",
        summary: pick(
          locale,
          "Eine der ältesten Backsteinkirchen Norddeutschlands.",
          "One of the oldest brick churches in northern Germany.",
        ),
        description: null,
        address: {
          id: nextEntryId++,
          street: "Wallstraße 3",
          postalCode: "23758",
          locality: "Oldenburg in Holstein",
        },
        geo: { id: nextEntryId++, latitude: 54.2925, longitude: 10.8861 },
        openingHours: [],
        openingHoursNote: pick(
          locale,
          "Radwegekirche: 25. März bis 25. Oktober geöffnet.",
          "Church for cyclists: open 25 March to 25 October.",
        ),
        accessibility: null,
        website: null,
        images: [image(locale, 2, "Backsteinkirche mit Turm", "Brick church with tower")],
      },
    ];
    const placeRel = (p: Entry) => relationTo(p, ["name", "slug"]);
    const scans: Entry[] = [
      {
        ...base("scan-bowl", locale),
        title: pick(locale, "Taufschale (Demo-Rekonstruktion)", "Baptismal bowl (demo reconstruction)"),
        slug: pick(locale, "taufschale-scan", "baptismal-bowl-scan"),
        model: glb,
        // Prepared levels, as the CMS's scan processing fills them in (here the same small file).
        webModel: glb,
        thumbModel: glb,
        processingStatus: "ready",
        poster: image(locale, 3, "Flache Schale aus Messing, von oben", "Shallow brass bowl seen from above"),
        description: pick(
          locale,
          "Eine flache, runde Schale mit breitem Rand. Prozedural erzeugtes Demo-Modell.",
          "A shallow round bowl with a wide rim. A procedurally generated demo model.",
        ),
        licence: "cc_by_4",
        attribution: "Digital Hub Oldenburg in Holstein",
        downloadAllowed: true,
        paradata: {
          id: nextEntryId++,
          method: "procedural",
          device: null,
          capturedOn: "2026-01-10",
          operator: "Testdaten",
          processing: null,
        },
        triangleCount: 1,
        fileSize: Math.round(glb.size * 1024),
        scale: 1,
        defaultCamera: null,
        annotations: [
          {
            id: nextEntryId++,
            title: pick(locale, "Rand", "Rim"),
            text: pick(
              locale,
              "Der breite Rand trägt eine Inschrift.",
              "The wide rim carries an inscription.",
            ),
            position: [0.5, 0.1, 0],
            normal: null,
            cameraPosition: null,
            cameraTarget: null,
          },
          {
            id: nextEntryId++,
            title: pick(locale, "Boden", "Base"),
            text: pick(locale, "Der Boden ist leicht gewölbt.", "The base is slightly domed."),
            position: [0, 0, 0],
            normal: null,
            cameraPosition: null,
            cameraTarget: null,
          },
        ],
        usdz: null,
      },
    ];
    const materials = [
      pick(locale, "Messing", "Brass"),
      pick(locale, "Keramik", "Ceramic"),
      pick(locale, "Holz", "Wood"),
    ];
    const datings = [
      { text: pick(locale, "um 700", "c. 700"), from: 680, to: 720 },
      { text: pick(locale, "um 1160", "c. 1160"), from: 1150, to: 1170 },
      { text: pick(locale, "um 1732", "c. 1732"), from: 1725, to: 1740 },
      { text: pick(locale, "1952", "1952"), from: 1952, to: 1952 },
    ];
    const licences = ["cc0", "cc_by_4", "cc_by_sa_4", "pdm"] as const;
    const items: Entry[] = [];
    for (let index = 0; index < itemCount; index++) {
      const n = index + 1;
      const dating = datings[index % datings.length] as (typeof datings)[number];
      const place = places[index % places.length] as Entry;
      const licence = licences[index % licences.length] as (typeof licences)[number];
      items.push({
        ...base(`item-${n}`, locale),
        title: pick(locale, `Fundstück ${n}`, `Find ${n}`),
        slug: pick(locale, `fundstueck-${n}`, `find-${n}`),
        summary: pick(
          locale,
          `Ein Fundstück aus der Sammlung, Nummer ${n}.`,
          `A find from the collection, number ${n}.`,
        ),
        description: pick(
          locale,
          `Beschreibung von Fundstück ${n}.\n\n## Herkunft\n\nGefunden bei Grabungen.`,
          `Description of find ${n}.\n\n## Origin\n\nFound during excavations.`,
        ),
        inventoryNumber: `OH-${String(n).padStart(5, "0")}`,
        datingText: dating.text,
        datingFrom: dating.from,
        datingTo: dating.to,
        material: materials[index % materials.length],
        technique: null,
        dimensions: index % 2 === 0 ? "12 × 30 cm" : null,
        place: placeRel(place),
        images:
          index % 3 === 2
            ? []
            : [
                image(
                  locale,
                  index + 1,
                  pick(locale, `Fundstück ${n} von vorn`, `Find ${n} from the front`),
                  pick(locale, `Fundstück ${n} von vorn`, `Find ${n} from the front`),
                ),
              ],
        licence,
        attribution: licence === "cc_by_4" || licence === "cc_by_sa_4" ? "Oldenburger Wallmuseum" : null,
        keywords: pick(locale, "Slawen, Archäologie", "Slavs, archaeology"),
        scan: index === 0 ? relationTo(scans[0] as Entry, ["title", "slug"]) : null,
        featured: index < 3,
      });
    }
    const tours: Entry[] = [
      {
        ...base("tour-wall", locale),
        title: pick(locale, "Rund um den Wall", "Around the rampart"),
        slug: pick(locale, "rund-um-den-wall", "around-the-rampart"),
        summary: pick(
          locale,
          "Ein Spaziergang über den slawischen Ringwall.",
          "A walk over the Slavic ring fort.",
        ),
        introduction: pick(
          locale,
          "Die Tour führt in **drei Stationen** über den Wall.",
          "The tour leads over the rampart in **three stops**.",
        ),
        durationMinutes: 45,
        distanceMeters: 1800,
        stepFree: false,
        surface: pick(locale, "Gras und Schotter", "Grass and gravel"),
        accessibilityNotes: pick(locale, "Steile Abschnitte am Wall.", "Steep sections on the rampart."),
        cover: image(locale, 0, "Blick über den Wall", "View over the rampart"),
      },
      {
        ...base("tour-church", locale),
        title: pick(locale, "Kirche und Altstadt", "Church and old town"),
        slug: pick(locale, "kirche-und-altstadt", "church-and-old-town"),
        summary: pick(locale, "Von der Kirche durch die Altstadt.", "From the church through the old town."),
        introduction: pick(locale, "Zwei Stationen in der Altstadt.", "Two stops in the old town."),
        durationMinutes: 30,
        distanceMeters: 900,
        stepFree: true,
        surface: pick(locale, "Pflaster", "Cobblestones"),
        accessibilityNotes: null,
        cover: null,
      },
    ];
    const stopSpecs = [
      { tour: 0, code: "WALL1", de: "Am Eingang", en: "At the entrance", place: 0 },
      { tour: 0, code: "WALL2", de: "Auf dem Wall", en: "On the rampart", place: 0 },
      { tour: 0, code: "WALL3", de: "Die Vorburg", en: "The outer bailey", place: 0 },
      { tour: 1, code: "KIRCHE1", de: "Das Kirchenschiff", en: "The nave", place: 1 },
      { tour: 1, code: "KIRCHE2", de: "Der Taufengel", en: "The baptismal angel", place: 1 },
    ];
    const slugify = (text: string) =>
      text
        .toLowerCase()
        .replace(/ä/g, "ae")
        .replace(/ö/g, "oe")
        .replace(/ü/g, "ue")
        .replace(/ß/g, "ss")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
    const stops: Entry[] = stopSpecs.map((spec, index) => {
      const tour = tours[spec.tour] as Entry;
      const position = stopSpecs.slice(0, index).filter((s) => s.tour === spec.tour).length + 1;
      const title = pick(locale, spec.de, spec.en);
      return {
        ...base(`stop-${spec.code.toLowerCase()}`, locale),
        title,
        slug: slugify(title),
        code: spec.code,
        tour: relationTo(tour, ["title", "slug"]),
        position,
        text: pick(locale, `Text zur Station „${spec.de}“.`, `Text for the stop “${spec.en}”.`),
        audio: index === 0 ? audio : null,
        transcript:
          index === 0 && audio
            ? pick(locale, "Willkommen am Oldenburger Wall.", "Welcome to the Oldenburg rampart.")
            : null,
        images: [
          image(
            locale,
            index,
            pick(locale, `Ansicht: ${spec.de}`, `View: ${spec.en}`),
            pick(locale, `Ansicht: ${spec.de}`, `View: ${spec.en}`),
          ),
        ],
        geo: { id: nextEntryId++, latitude: 54.294 + index * 0.0005, longitude: 10.885 },
        place: placeRel(places[spec.place] as Entry),
        items: items.slice(0, Math.min(2, items.length)).map((item) => relationTo(item, ["title", "slug"])),
        scans: index === 0 ? [relationTo(scans[0] as Entry, ["title", "slug"])] : [],
      };
    });
    for (const tour of tours) {
      tour.stops = stops
        .filter((s) => (s.tour as Entry).documentId === tour.documentId)
        .map((s) => relationTo(s, ["title", "slug", "code", "position"]));
    }
    for (const place of places) {
      place.items = items
        .filter((i) => (i.place as Entry).documentId === place.documentId)
        .map((i) => relationTo(i, ["title", "slug"]));
    }
    const hour = 3600_000;
    const iso = (offset: number) => new Date(now.getTime() + offset).toISOString();
    const events: Entry[] = [
      {
        key: "council",
        de: "Sitzung der Stadtvertretung",
        en: "Town council meeting",
        kind: "council_meeting",
        start: -1 * hour,
        end: 2 * hour,
        status: null,
      },
      {
        key: "concert",
        de: "Orgelkonzert in St. Johannis",
        en: "Organ concert at St John's",
        kind: "concert",
        start: 72 * hour,
        end: 74 * hour,
        status: null,
      },
      {
        key: "lecture",
        de: "Vortrag: Starigard",
        en: "Lecture: Starigard",
        kind: "lecture",
        start: -240 * hour,
        end: -238 * hour,
        status: null,
      },
      {
        key: "tour",
        de: "Abendführung am Wall",
        en: "Evening tour of the rampart",
        kind: "guided_tour",
        start: 96 * hour,
        end: 98 * hour,
        status: "cancelled",
      },
    ].map((spec) => ({
      ...base(`event-${spec.key}`, locale),
      title: pick(locale, spec.de, spec.en),
      slug: slugify(pick(locale, spec.de, spec.en)),
      kind: spec.kind,
      summary: pick(locale, `${spec.de} – Testveranstaltung.`, `${spec.en} – test event.`),
      description: null,
      start: iso(spec.start),
      end: iso(spec.end),
      place: placeRel(places[spec.key === "concert" ? 1 : 0] as Entry),
      venue: null,
      hlsUrl: spec.kind === "council_meeting" ? "/streams/council/index.m3u8" : null,
      statusOverride: spec.status,
      postponedTo: null,
      statusNote: null,
      recordingUrl: spec.key === "lecture" ? "/streams/lecture/index.m3u8" : null,
      captions:
        spec.key === "council" ? [{ id: nextEntryId++, language: "de", label: "Deutsch", file: vtt }] : [],
      chapters:
        spec.key === "council"
          ? [
              {
                id: nextEntryId++,
                offsetSeconds: 0,
                title: pick(locale, "Eröffnung", "Opening"),
                agendaItem: "TOP 1",
              },
            ]
          : [],
      transcript: null,
      poster: null,
    }));
    const singles: Record<string, Entry> = {
      "site-setting": {
        ...base("settings", locale),
        siteName: pick(
          locale,
          "Digitaler Showroom Oldenburg in Holstein",
          "Digital Showroom Oldenburg in Holstein",
        ),
        tagline: pick(
          locale,
          "Kulturerbe aus Oldenburg, Malente und Lensahn",
          "Cultural heritage from Oldenburg, Malente and Lensahn",
        ),
        introduction: pick(
          locale,
          "Der Showroom zeigt Kulturgüter, Touren und Veranstaltungen.",
          "The showroom presents cultural heritage, tours and events.",
        ),
        operator: "Stadt Oldenburg in Holstein",
        contactEmail: "showroom@example.org",
        publicUrl: null,
      },
      imprint: {
        ...base("imprint", locale),
        title: pick(locale, "Impressum", "Imprint"),
        body: pick(
          locale,
          "Stadt Oldenburg in Holstein\n\nMarkt 1, 23758 Oldenburg in Holstein",
          "Town of Oldenburg in Holstein\n\nMarkt 1, 23758 Oldenburg in Holstein",
        ),
      },
      "privacy-policy": {
        ...base("privacy", locale),
        title: pick(locale, "Datenschutzerklärung", "Privacy policy"),
        body: pick(locale, "Diese Website setzt keine Cookies.", "This website sets no cookies."),
      },
      "accessibility-statement": {
        ...base("a11y", locale),
        title: pick(locale, "Erklärung zur Barrierefreiheit", "Accessibility statement"),
        body: pick(
          locale,
          "Wir wollen die Website barrierefrei machen.",
          "We want to make this website accessible.",
        ),
        conformance: "partial",
        feedbackEmail: "barrierefreiheit@example.org",
        feedbackPhone: "+49 4361 0000",
        reviewedOn: "2026-01-15",
      },
      "easy-language": {
        ...base("easy", locale),
        title: pick(locale, "Leichte Sprache", "Easy language"),
        body: pick(
          locale,
          "Hier finden Sie alte Dinge aus unserer Stadt.",
          "Here you find old things from our town.",
        ),
      },
      "sign-language": {
        ...base("sign", locale),
        title: pick(locale, "Gebärdensprache", "Sign language"),
        body: pick(
          locale,
          "Informationen in Deutscher Gebärdensprache folgen.",
          "Information in German Sign Language will follow.",
        ),
        video: null,
      },
    };
    put("place", locale, places);
    put("scan", locale, scans);
    put("heritage-item", locale, items);
    put("tour", locale, tours);
    put("tour-stop", locale, stops);
    put("event-stream", locale, events);
    put("retired-code", locale, [
      {
        ...base("retired-alt9", null),
        id: 9000,
        code: FIXTURE_RETIRED_CODE,
        formerTitle: "Alte Mühle",
        formerTourSlug: "rund-um-den-wall",
        retiredAt: stamp,
      },
    ]);
    for (const [type, entry] of Object.entries(singles)) put(type, locale, entry);
  }

  const counts: SnapshotManifest["counts"] = {};
  for (const [type, record] of built.byType) {
    counts[type] = {};
    for (const locale of LOCALES) {
      const value = record[locale];
      writeFileSync(join(dir, "content", `${type}.${locale}.json`), JSON.stringify(value));
      (counts[type] as Record<string, number>)[locale] = Array.isArray(value) ? value.length : value ? 1 : 0;
    }
  }
  const manifest: SnapshotManifest = {
    format: SNAPSHOT_FORMAT,
    createdAt: now.toISOString(),
    source: "fixture",
    locales: [...LOCALES],
    counts,
    media: writer.media,
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * The shared fixture snapshot of a test run: written once into the temp dir and reused by every
 * test file while it is fresh (its live event spans the hour around its creation).
 */
export async function ensureFixtureSnapshot(options: { items?: number } = {}): Promise<string> {
  const items = options.items ?? FIXTURE_DEFAULTS.items;
  const dir = join(tmpdir(), `showroom-fixture-snapshot-${items}`);
  const manifest = join(dir, "manifest.json");
  const lock = `${dir}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    const fresh = existsSync(manifest) && Date.now() - statSync(manifest).mtimeMs < 30 * 60_000;
    if (!fresh) {
      rmSync(dir, { recursive: true, force: true });
      await writeFixtureSnapshot(dir, { items });
    }
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
