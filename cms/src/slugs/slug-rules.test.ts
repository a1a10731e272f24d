import { describe, expect, it } from "vitest";
import { followsTitle, isPlaceholder, reservedSlugs, type SlugState, uniqueSlug } from "./slug-rules";
import { slugify } from "./slugify";

const state = (changes: Partial<SlugState>): SlugState => ({
  slug: "",
  title: "Taufengel",
  otherLocaleSlugs: [],
  placeholder: "heritage-item",
  published: false,
  ...changes,
});

describe("slugify", () => {
  it.each([
    ["Türklopfer „Löwe“", "tuerklopfer-loewe"],
    ["Große Öllampe", "grosse-oellampe"],
    ["St.-Johannis-Kirche", "st-johannis-kirche"],
    ["Café & Bäckerei", "cafe-und-baeckerei"],
    ["  ", ""],
  ])("makes %s into %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe("followsTitle", () => {
  it("follows the title while the address is empty, the placeholder or made from the previous title", () => {
    expect(followsTitle(state({ slug: "" }))).toBe(true);
    expect(followsTitle(state({ slug: "heritage-item-3" }))).toBe(true);
    expect(followsTitle(state({ slug: "engel-2", previousTitle: "Engel" }))).toBe(true);
  });

  it("keeps an address the editor typed, and any published address", () => {
    expect(followsTitle(state({ slug: "engel-aus-holz", previousTitle: "Engel" }))).toBe(false);
    expect(followsTitle(state({ slug: "heritage-item", published: true }))).toBe(false);
  });

  it("replaces an address copied from another locale into a new one", () => {
    expect(
      followsTitle(state({ slug: "taufengel", title: "Baptismal angel", otherLocaleSlugs: ["taufengel"] })),
    ).toBe(true);
  });

  it("cannot follow an empty title", () => {
    expect(followsTitle(state({ slug: "heritage-item", title: "" }))).toBe(false);
  });
});

describe("isPlaceholder and uniqueSlug", () => {
  it("knows the placeholder and its numbered variants, not words that start like it", () => {
    expect(isPlaceholder("heritage-item-12", "heritage-item")).toBe(true);
    expect(isPlaceholder("heritage-item-kiste", "heritage-item")).toBe(false);
  });

  it("numbers a taken address from 2", () => {
    expect(uniqueSlug("glocke", new Set(["glocke", "glocke-2"]))).toBe("glocke-3");
    expect(uniqueSlug("glocke", new Set())).toBe("glocke");
  });
});

describe("reservedSlugs", () => {
  it("keeps the virtual visit's words free for tour stops only", () => {
    expect(reservedSlugs("api::tour-stop.tour-stop")).toEqual(["virtuell", "virtual"]);
    expect(reservedSlugs("api::heritage-item.heritage-item")).toEqual([]);
  });
});
