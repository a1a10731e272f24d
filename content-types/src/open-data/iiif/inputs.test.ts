import type { HeritageItem, Tour, TourStop } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import { type IiifContext, IiifSource, iiifDocuments } from "./index.ts";

const context: IiifContext = { baseUrl: "https://showroom.example", operator: { de: "Digital Hub" } };
const image = {
  file: { id: 1, name: "a.png", mime: "image/png", size: 1, url: "media/a.png", width: 10, height: 10 },
  alt: "Bild",
};

function item(locale: "de" | "en", documentId: string, title: string, withImage = true): HeritageItem {
  return {
    documentId,
    locale,
    title,
    slug: `${title.toLowerCase()}-${locale}`,
    summary: title,
    inventoryNumber: documentId,
    datingText: "1900",
    licence: "cc0",
    images: withImage ? [image] : [],
  } as unknown as HeritageItem;
}

const tour = { documentId: "t", title: "Rundgang", slug: "rundgang", summary: "Ein Rundgang." } as Tour;
const stop = (position: number, items: string[]) =>
  ({
    documentId: `s${position}`,
    title: `Station ${position}`,
    position,
    tour: { id: 1, documentId: "t" },
    items: items.map((documentId) => ({ id: 1, documentId })),
  }) as unknown as TourStop;

const source = new IiifSource({
  de: {
    items: [item("de", "b", "Becher"), item("de", "a", "Axt"), item("de", "c", "Chronik", false)],
    scans: [],
    places: [],
    tours: [tour],
    stops: [stop(2, ["a", "b"]), stop(1, ["b", "c"])],
  },
  en: {
    items: [item("en", "a", "Axe"), item("en", "e", "Oar")],
    scans: [],
    places: [],
    tours: [],
    stops: [],
  },
});

describe("the IIIF source of published content", () => {
  it("pairs each item's languages by documentId, German titles first, and leaves out items with nothing to show", () => {
    expect(source.items().map((input) => [input.item.de?.title, input.item.en?.title])).toEqual([
      ["Axt", "Axe"],
      ["Becher", undefined],
      [undefined, "Oar"],
    ]);
  });

  it("lists a tour's objects in stop order, each once", () => {
    expect(source.tourItems({ de: tour }).map((input) => input.item.de?.documentId)).toEqual(["b", "a"]);
  });

  it("yields a manifest per item, a collection per tour and the collection of everything last", () => {
    const paths = [...iiifDocuments(source, context)].map((document) => document.path);
    expect(paths).toEqual([
      "/iiif/axt-de/manifest.json",
      "/iiif/becher-de/manifest.json",
      "/iiif/oar-en/manifest.json",
      "/iiif/tours/rundgang/collection.json",
      "/iiif/collection.json",
    ]);
  });
});
