import { describe, expect, it } from "vitest";
import {
  calendarFeedPath,
  eventCalendarPath,
  jsonTwinPath,
  notFoundPath,
  objectListPath,
  pagePathOf,
  publicUrl,
  qrIndexPath,
  qrPath,
  qrShortPath,
  SITE_LOCALES,
  sectionPath,
} from "../src/contracts/url-scheme.ts";
import { ALL_CONTENT_TYPES } from "../src/model/index.ts";

/** Every page type with its entry and the expected path per locale: the scheme as a table. */
const PAGES = [
  ["heritage-item", { slug: "kelch" }, "/objekte/kelch/", "/en/objects/kelch/"],
  ["place", { slug: "wall" }, "/orte/wall/", "/en/places/wall/"],
  ["tour", { slug: "rund" }, "/touren/rund/", "/en/tours/rund/"],
  ["tour-stop", { slug: "tor", tour: { slug: "rund" } }, "/touren/rund/tor/", "/en/tours/rund/tor/"],
  ["event-stream", { slug: "rat" }, "/veranstaltungen/rat/", "/en/events/rat/"],
  ["site-setting", {}, "/", "/en/"],
  ["imprint", {}, "/impressum/", "/en/imprint/"],
  ["privacy-policy", {}, "/datenschutz/", "/en/privacy/"],
  ["accessibility-statement", {}, "/barrierefreiheit/", "/en/accessibility/"],
  ["easy-language", {}, "/leichte-sprache/", "/en/easy-language/"],
  ["sign-language", {}, "/gebaerdensprache/", "/en/sign-language/"],
] as const;

describe("the public URL scheme", () => {
  it.each(PAGES)("gives a %s entry its page in German and English", (type, entry, de, en) => {
    expect(pagePathOf(type, entry, "de")).toBe(de);
    expect(pagePathOf(type, entry, "en")).toBe(en);
  });

  it("has a page rule for every content type except those without pages", () => {
    const withoutPages = ALL_CONTENT_TYPES.map((type) => type.name).filter(
      (name) => pagePathOf(name, { slug: "x", tour: { slug: "t" } }, "de") === undefined,
    );
    expect(withoutPages).toEqual(["scan", "retired-code"]);
  });

  it("gives no page to an entry without slug, or a stop without its tour", () => {
    expect(pagePathOf("heritage-item", {}, "de")).toBeUndefined();
    expect(pagePathOf("tour-stop", { slug: "tor" }, "de")).toBeUndefined();
    expect(pagePathOf("tour-stop", { slug: "tor", tour: { slug: "" } }, "en")).toBeUndefined();
    expect(pagePathOf("tour-stop", { slug: "tor", tour: [{ slug: "rund" }] }, "en")).toBeUndefined();
  });

  it("numbers the pages of the object list in each language", () => {
    expect(objectListPath("de")).toBe("/objekte/");
    expect(objectListPath("de", 2)).toBe("/objekte/seite/2/");
    expect(objectListPath("en", 3)).toBe("/en/objects/page/3/");
  });

  it("lists every section in every locale under the locale's prefix", () => {
    for (const locale of SITE_LOCALES) {
      expect(sectionPath("search", locale)).toBe(locale === "de" ? "/suche/" : "/en/search/");
    }
  });

  it("puts calendar files next to the event pages", () => {
    expect(calendarFeedPath("de")).toBe("/veranstaltungen/kalender.ics");
    expect(eventCalendarPath("en", "rat")).toBe("/en/events/rat/calendar.ics");
  });

  it("names the not-found page of each locale", () => {
    expect(notFoundPath("de")).toBe("/404.html");
    expect(notFoundPath("en")).toBe("/en/404.html");
  });

  it("gives QR landings one language-neutral path", () => {
    expect(qrPath("WALL1")).toBe("/q/WALL1/");
    expect(qrIndexPath()).toBe("/q/");
    expect(qrShortPath("WALL1")).toBe("/q/WALL1");
  });

  it("maps a detail page to its /json/ twin", () => {
    expect(jsonTwinPath("/en/tours/a/b/")).toBe("/json/en/tours/a/b.json");
  });

  it("puts a path below the public address, keeping its base path", () => {
    expect(publicUrl("https://example.org/showroom/", "/q/K2")).toBe("https://example.org/showroom/q/K2");
    expect(() => publicUrl("example.org", "/q/K2")).toThrow(/PUBLIC_SITE_URL=https:\/\//);
    expect(() => publicUrl("example.org", "/q/K2", "--base-url https://x.example")).toThrow(/--base-url/);
  });
});
