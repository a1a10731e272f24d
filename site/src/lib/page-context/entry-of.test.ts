import { describe, expect, it } from "vitest";
import type { LocaleContent } from "../content/site-content.ts";
import { entryOf } from "./entry-of.ts";

const content = {
  locale: "en",
  items: [{ documentId: "item-1", slug: "bowl" }],
  places: [],
  scans: [],
  tours: [{ documentId: "tour-1", slug: "walk" }],
  stops: [],
  events: [],
} as unknown as LocaleContent;

describe("the entry a page shows", () => {
  it("is found in the list of its kind by documentId", () => {
    expect(entryOf(content, "heritage-item", "item-1").slug).toBe("bowl");
    expect(entryOf(content, "tour", "tour-1").slug).toBe("walk");
  });

  it("stops the build naming kind, documentId and language when the content lacks it", () => {
    expect(() => entryOf(content, "place", "place-9")).toThrow(
      'place "place-9" (en) has a page but is not in the content of that language',
    );
  });
});
