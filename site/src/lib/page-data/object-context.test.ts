import type { HeritageItem, Tour, TourStop } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import type { LocaleContent } from "../content/site-content.ts";
import { relatedObjects, toursShowing } from "./object-context.ts";

const item = (id: string, fields: Partial<HeritageItem>) =>
  ({
    documentId: id,
    title: id,
    datingFrom: 1900,
    datingTo: 1950,
    keywords: null,
    place: null,
    ...fields,
  }) as unknown as HeritageItem;

const content = (items: HeritageItem[], tours: Tour[] = [], stops: TourStop[] = []) =>
  ({ locale: "de", items, tours, stops }) as unknown as LocaleContent;

describe("related objects", () => {
  const bowl = item("bowl", {
    place: { documentId: "wall" },
    datingFrom: 700,
    datingTo: 800,
    keywords: "Slawen, Keramik",
  } as Partial<HeritageItem>);
  const samePlace = item("same-place", { place: { documentId: "wall" } } as Partial<HeritageItem>);
  const sameEpoch = item("same-epoch", { datingFrom: 650, datingTo: 750 });
  const keyword = item("keyword", { keywords: "keramik" });
  const stranger = item("stranger", { datingFrom: 1990, datingTo: 2000 });

  it("ranks the same place over the same epoch over a shared keyword, and leaves out the unrelated", () => {
    const related = relatedObjects(content([bowl, keyword, stranger, sameEpoch, samePlace]), bowl);
    expect(related.map((other) => other.documentId)).toEqual(["same-place", "same-epoch", "keyword"]);
  });

  it("never lists the object itself and stops at the limit", () => {
    const many = Array.from({ length: 9 }, (_, n) => item(`k${n}`, { keywords: "Slawen" }));
    const related = relatedObjects(content([bowl, ...many]), bowl, 4);
    expect(related).toHaveLength(4);
    expect(related).not.toContain(bowl);
  });
});

describe("tours showing an object", () => {
  it("names each tour once, with the number of the first stop that shows the object", () => {
    const bowl = item("bowl", {});
    const tour = { documentId: "t1", title: "Rund um den Wall" } as Tour;
    const stop = (id: string, position: number, items: string[]) =>
      ({
        documentId: id,
        position,
        title: id,
        tour: { documentId: "t1" },
        items: items.map((documentId) => ({ documentId })),
      }) as unknown as TourStop;
    const found = toursShowing(
      content([bowl], [tour], [stop("c", 3, ["bowl"]), stop("a", 1, []), stop("b", 2, ["bowl"])]),
      bowl,
    );
    expect(found.map((entry) => [entry.tour.documentId, entry.stop.documentId, entry.number])).toEqual([
      ["t1", "b", 2],
    ]);
  });
});
