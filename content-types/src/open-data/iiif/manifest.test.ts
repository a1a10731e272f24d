import type { HeritageItem, Scan, SharedImageComponent, Tour } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import {
  allObjectsCollection,
  collectionReference,
  hasIiifContent,
  type IiifContext,
  type IiifItem,
  IN_COPYRIGHT,
  itemManifest,
  manifestReference,
  tourCollection,
} from "./index.ts";

const BASE = "https://showroom.example";
const context: IiifContext = {
  baseUrl: BASE,
  operator: { de: "Digital Hub Oldenburg in Holstein", en: "Digital Hub Oldenburg in Holstein" },
};
const STAMP = "2026-01-01T00:00:00.000Z";

function media(file: string, mime: string, size?: { width: number; height: number }) {
  return {
    id: 1,
    name: file,
    mime,
    size: 12,
    url: `/media/${file}`,
    width: size?.width,
    height: size?.height,
  };
}

function image(alt: string, caption: string | null = null): SharedImageComponent {
  return {
    file: media("kelch_1a2b.png", "image/png", { width: 960, height: 640 }),
    alt,
    caption,
    credit: "Foto: Museum",
  };
}

function item(locale: "de" | "en", overrides: Partial<HeritageItem> = {}): HeritageItem {
  return {
    id: 1,
    documentId: "doc-kelch",
    locale,
    createdAt: STAMP,
    updatedAt: STAMP,
    publishedAt: STAMP,
    title: locale === "de" ? "Abendmahlskelch" : "Communion chalice",
    slug: locale === "de" ? "abendmahlskelch" : "communion-chalice",
    summary: locale === "de" ? "Ein vergoldeter Kelch." : "A gilded chalice.",
    inventoryNumber: "OH-KI-0001",
    datingText: locale === "de" ? "um 1732" : "about 1732",
    datingFrom: 1730,
    datingTo: 1735,
    material: locale === "de" ? "Silber, vergoldet" : "Silver, gilded",
    images: [image(locale === "de" ? "Kelch von der Seite" : "Chalice from the side")],
    licence: "cc_by_4",
    attribution: "Kirchengemeinde St. Johannis",
    featured: false,
    ...overrides,
  } as HeritageItem;
}

function scan(locale: "de" | "en", downloadAllowed: boolean): Scan {
  return {
    id: 2,
    documentId: "doc-scan",
    locale,
    createdAt: STAMP,
    updatedAt: STAMP,
    publishedAt: STAMP,
    title: locale === "de" ? "Kelch (3D)" : "Chalice (3D)",
    slug: locale === "de" ? "kelch-scan" : "chalice-scan",
    model: media("kelch-original_9f.glb", "model/gltf-binary"),
    webModel: media("kelch-web_8e.glb", "model/gltf-binary"),
    poster: {
      file: media("kelch-poster_7d.png", "image/png", { width: 800, height: 800 }),
      alt: "Kelch in 3D",
    },
    description: locale === "de" ? "Ein Kelch mit breitem Fuß." : "A chalice with a wide foot.",
    licence: "cc0",
    downloadAllowed,
    sizeWarning: false,
    paradata: { method: "photogrammetry" },
    annotations: [],
  } as unknown as Scan;
}

const kelch: IiifItem = {
  item: { de: item("de"), en: item("en") },
  placeName: { de: "St.-Johannis-Kirche", en: "St John's Church" },
};

/** Every `id` anywhere in a IIIF document. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "id" && typeof inner === "string" ? [inner] : idsOf(inner),
  );
}

describe("the IIIF manifest of a heritage item", () => {
  it("labels, summarises and describes the item in German and English", () => {
    const manifest = itemManifest(kelch, context);
    expect(manifest.id).toBe(`${BASE}/iiif/abendmahlskelch/manifest.json`);
    expect(manifest.label).toEqual({ de: ["Abendmahlskelch"], en: ["Communion chalice"] });
    expect(manifest.summary).toEqual({ de: ["Ein vergoldeter Kelch."], en: ["A gilded chalice."] });
    const rows = Object.fromEntries(manifest.metadata?.map((row) => [row.label.en?.[0], row.value]) ?? []);
    expect(rows["Inventory number"]).toEqual({ none: ["OH-KI-0001"] });
    expect(rows.Dating).toEqual({ de: ["um 1732"], en: ["about 1732"] });
    expect(rows.Material).toEqual({ de: ["Silber, vergoldet"], en: ["Silver, gilded"] });
    expect(rows.Place).toEqual({ de: ["St.-Johannis-Kirche"], en: ["St John's Church"] });
  });

  it("carries the CC licence as rights and the credit as required statement", () => {
    const manifest = itemManifest(kelch, context);
    expect(manifest.rights).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(manifest.requiredStatement?.value.de?.[0]).toContain("Kirchengemeinde St. Johannis");
    expect(manifest.requiredStatement?.value.en?.[0]).toContain("CC BY 4.0");
  });

  it("states “In Copyright” of RightsStatements.org for all rights reserved", () => {
    const manifest = itemManifest({ item: { de: item("de", { licence: "all_rights_reserved" }) } }, context);
    expect(manifest.rights).toBe(IN_COPYRIGHT);
  });

  it("links the object pages, the LIDO record, the JSON-LD twins and the site operator", () => {
    const manifest = itemManifest(kelch, context);
    expect(manifest.homepage?.map((link) => link.id)).toEqual([
      `${BASE}/objekte/abendmahlskelch/`,
      `${BASE}/en/objects/communion-chalice/`,
    ]);
    expect(manifest.seeAlso?.map((link) => [link.id, link.format])).toEqual([
      [`${BASE}/lido/abendmahlskelch.xml`, "text/xml"],
      [`${BASE}/json/objekte/abendmahlskelch.json`, "application/ld+json"],
      [`${BASE}/json/en/objects/communion-chalice.json`, "application/ld+json"],
    ]);
    expect(manifest.partOf).toEqual([{ id: `${BASE}/iiif/collection.json`, type: "Collection" }]);
    expect(manifest.provider?.[0]?.label).toEqual({
      de: ["Digital Hub Oldenburg in Holstein"],
      en: ["Digital Hub Oldenburg in Holstein"],
    });
  });

  it("paints each image on a canvas of its size, with a level-0 image service on the site", () => {
    const manifest = itemManifest(kelch, context);
    expect(manifest.items).toHaveLength(1);
    const canvas = manifest.items[0];
    const annotation = canvas?.items[0]?.items[0];
    expect(canvas).toMatchObject({ width: 960, height: 640, label: { de: ["Kelch von der Seite"] } });
    expect(annotation?.target).toBe(canvas?.id);
    expect(annotation?.body).toMatchObject({
      id: `${BASE}/media/kelch_1a2b.png`,
      format: "image/png",
      service: [{ id: `${BASE}/iiif/images/kelch_1a2b`, type: "ImageService3", profile: "level0" }],
    });
  });

  it("shows a 3D scan as its poster on a canvas and links the model as glTF binary", () => {
    const manifest = itemManifest(
      { ...kelch, scan: { de: scan("de", false), en: scan("en", false) } },
      context,
    );
    const canvas = manifest.items[1];
    expect(canvas?.label).toEqual({ de: ["Kelch (3D)"], en: ["Chalice (3D)"] });
    expect(canvas?.summary?.en).toEqual(["A chalice with a wide foot."]);
    expect(canvas?.rights).toBe("https://creativecommons.org/publicdomain/zero/1.0/");
    expect(canvas?.items[0]?.items[0]?.body.id).toBe(`${BASE}/media/kelch-poster_7d.png`);
    expect(canvas?.rendering).toEqual([
      expect.objectContaining({
        id: `${BASE}/media/kelch-web_8e.glb`,
        type: "Model",
        format: "model/gltf-binary",
      }),
    ]);
    expect(canvas?.seeAlso?.[0]).toMatchObject({
      id: `${BASE}/media/kelch-web_8e.glb`,
      format: "model/gltf-binary",
    });
    expect(canvas?.homepage?.[0]?.id).toBe(`${BASE}/embed/kelch-scan/`);
  });

  it("links the original model only when the scan may be downloaded", () => {
    const allowed = itemManifest({ ...kelch, scan: { de: scan("de", true) } }, context);
    expect(allowed.items[1]?.rendering?.map((link) => link.id)).toEqual([
      `${BASE}/media/kelch-web_8e.glb`,
      `${BASE}/media/kelch-original_9f.glb`,
    ]);
  });

  it("keeps every id under the site's own address", () => {
    const manifest = itemManifest({ ...kelch, scan: { de: scan("de", true) } }, context);
    const foreign = idsOf(manifest).filter((id) => !id.startsWith(`${BASE}/`));
    expect(foreign).toEqual([]);
  });

  it("refuses a media file on another server, naming the item and the field", () => {
    const elsewhere = item("de", {
      images: [{ ...image("Kelch"), file: { ...image("Kelch").file, url: "https://cdn.example/kelch.png" } }],
    });
    expect(() => itemManifest({ item: { de: elsewhere } }, context)).toThrow(
      /heritage item "abendmahlskelch" \(OH-KI-0001\), field "images.0.file": the file https:\/\/cdn.example\/kelch.png is not on the site/,
    );
  });

  it("asks for the size of an image whose media record has none, and uses what sizeOf measures", () => {
    const unsized = item("de", { images: [{ ...image("Kelch"), file: media("k_1.png", "image/png") }] });
    expect(() => itemManifest({ item: { de: unsized } }, context)).toThrow(/has no width and height/);
    const manifest = itemManifest(
      { item: { de: unsized } },
      { ...context, sizeOf: () => ({ width: 20, height: 10 }) },
    );
    expect(manifest.items[0]).toMatchObject({ width: 20, height: 10 });
  });

  it("shows the English images when the German entry has none", () => {
    const input: IiifItem = { item: { de: item("de", { images: [] }), en: item("en") } };
    expect(hasIiifContent(input)).toBe(true);
    const manifest = itemManifest(input, context);
    expect(manifest.id).toBe(`${BASE}/iiif/abendmahlskelch/manifest.json`);
    expect(manifest.items[0]?.label).toEqual({ en: ["Chalice from the side"] });
  });

  it("has no manifest for an item without image or scan poster, and says so", () => {
    const bare: IiifItem = { item: { de: item("de", { images: [] }) } };
    expect(hasIiifContent(bare)).toBe(false);
    expect(() => itemManifest(bare, context)).toThrow(/no image and no 3D scan with a poster/);
  });
});

describe("the IIIF collections", () => {
  const tour = (locale: "de" | "en") =>
    ({
      title: locale === "de" ? "Rund um den Wall" : "Around the rampart",
      slug: locale === "de" ? "rund" : "around",
      summary: "…",
    }) as Tour;

  it("lists a tour's objects in the order given, under the tour's German slug", () => {
    const second: IiifItem = { item: { de: item("de", { slug: "glocke", title: "Glocke" }) } };
    const refs = [manifestReference(second, context), manifestReference(kelch, context)];
    const collection = tourCollection({ de: tour("de"), en: tour("en") }, refs, context);
    expect(collection.id).toBe(`${BASE}/iiif/tours/rund/collection.json`);
    expect(collection.items.map((entry) => entry.id)).toEqual([
      `${BASE}/iiif/glocke/manifest.json`,
      `${BASE}/iiif/abendmahlskelch/manifest.json`,
    ]);
    expect(collection.homepage?.map((link) => link.id)).toEqual([
      `${BASE}/touren/rund/`,
      `${BASE}/en/tours/around/`,
    ]);
  });

  it("gathers the tours and every manifest in the collection of everything", () => {
    const tourRef = collectionReference(tourCollection({ de: tour("de") }, [], context));
    const all = allObjectsCollection([manifestReference(kelch, context)], [tourRef], {
      ...context,
      siteName: { de: "Digitaler Showroom" },
    });
    expect(all.id).toBe(`${BASE}/iiif/collection.json`);
    expect(all.items.map((entry) => entry.type)).toEqual(["Collection", "Manifest"]);
    expect(all.label.de).toEqual(["Alle Objekte – Digitaler Showroom"]);
  });
});
