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
