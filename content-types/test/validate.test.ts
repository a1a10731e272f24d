import { describe, expect, it } from "vitest";
import { ContentValidationError, parseEntries } from "../src/validate.ts";

const now = "2026-11-25T10:00:00.000Z";

function image(alt: string) {
  return {
    id: 1,
    file: { id: 7, name: "wall.webp", mime: "image/webp", size: 12.5, url: "media/abc.webp", ext: ".webp" },
    alt,
    caption: null,
    credit: null,
  };
}

function heritageItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    documentId: "doc1",
    locale: "de",
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
    title: "Taufengel",
    slug: "taufengel",
    summary: "Ein hängender Taufengel.",
    description: null,
    inventoryNumber: "OH-SJ-0001",
    datingText: "um 1732",
    datingFrom: 1727,
    datingTo: 1737,
    material: "Holz",
    technique: null,
    dimensions: null,
    place: null,
    images: [image("Ein geschnitzter Engel hält eine Taufschale.")],
    licence: "cc_by_4",
    attribution: "Digital-Hub Oldenburg in Holstein",
    keywords: null,
    scan: null,
    featured: false,
    ...overrides,
  };
}

function problemsOf(entry: unknown): string[] {
  try {
    parseEntries("heritage-item", [entry], "de");
    return [];
  } catch (error) {
    if (error instanceof ContentValidationError) return [...error.issues];
    throw error;
  }
}

describe("content validation", () => {
  it("accepts a complete published heritage item", () => {
    expect(problemsOf(heritageItem())).toEqual([]);
  });

  it("names type, entry, locale and field when the dating ends before it starts", () => {
    expect(problemsOf(heritageItem({ datingFrom: 1800, datingTo: 1700 }))).toEqual([
      'heritage-item "taufengel" (de): field "datingTo": “Dating to” must not be before “Dating from”.',
    ]);
  });

  it("requires an attribution for CC BY but not for CC0", () => {
    expect(problemsOf(heritageItem({ attribution: "" }))).toHaveLength(1);
    expect(problemsOf(heritageItem({ attribution: null, licence: "cc0" }))).toEqual([]);
  });

  it("rejects a licence outside the fixed list", () => {
    const [problem] = problemsOf(heritageItem({ licence: "cc_by_nc" }));
    expect(problem).toContain('field "licence"');
  });

  it("rejects an image without alt text", () => {
    const [problem] = problemsOf(heritageItem({ images: [image("")] }));
    expect(problem).toContain('field "images.0.alt"');
  });

  it("rejects an entry that is not published", () => {
    const [problem] = problemsOf(heritageItem({ publishedAt: null }));
    expect(problem).toContain('field "publishedAt"');
  });

  it("rejects a slug with spaces or capitals", () => {
    const [problem] = problemsOf(heritageItem({ slug: "Tauf Engel" }));
    expect(problem).toContain('field "slug"');
  });

  it("rejects a geo point out of range", () => {
    const place = {
      id: 2,
      documentId: "p1",
      locale: "de",
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      name: "Wall",
      slug: "wall",
      kind: "archaeological_site",
      municipality: "oldenburg_in_holstein",
      summary: "Ein slawischer Ringwall.",
      geo: { latitude: 95, longitude: 10.885 },
    };
    expect(() => parseEntries("place", [place], "de")).toThrow(/field "geo.latitude"/);
  });
});
