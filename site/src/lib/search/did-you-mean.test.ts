import { describe, expect, it } from "vitest";
import { correctQuery, editDistance, resultsMatchWords, suggest } from "./did-you-mean.ts";

const WORDS = ["Starigard", "Oldenburger", "Wallmuseum", "Taufengel", "Kirche", "Stadtvertretung"];

describe("did you mean", () => {
  it.each([
    ["starigard", "starigard", 0],
    ["starigrad", "starigard", 1], // a swap of neighbours is one edit
    ["stargard", "starigard", 1],
    ["kirche", "kriche", 1],
    ["abc", "xyz", 3],
  ])("measures %s → %s as %i edits", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it("suggests Starigard for Starigrad", () => {
    expect(suggest("Starigrad", WORDS)).toBe("Starigard");
  });

  it("suggests nothing for a known word or a prefix of one", () => {
    expect(suggest("Starigard", WORDS)).toBeUndefined();
    expect(suggest("wallmus", WORDS)).toBeUndefined();
  });

  it("forgives nothing in short words and at most two edits in long ones", () => {
    expect(suggest("Kir", WORDS)).toBeUndefined();
    expect(suggest("Taufengle", WORDS)).toBe("Taufengel");
    expect(suggest("Stodtverwaltung", WORDS)).toBeUndefined();
  });

  it("ignores case and diacritics", () => {
    expect(suggest("oldenbürgre", WORDS)).toBe("Oldenburger");
  });

  it("corrects each unknown word of a query and leaves the rest", () => {
    expect(correctQuery("Kriche am Starigrad", WORDS)).toBe("Kirche am Starigard");
    expect(correctQuery("Kirche", WORDS)).toBeUndefined();
  });
});

describe("loose matches", () => {
  it("counts results as matching when a marked part contains the typed word or its stem", () => {
    expect(resultsMatchWords("Kirchen", ["St.-Johannis-Kirche"])).toBe(true);
    expect(resultsMatchWords("wall", ["Wallmuseum"])).toBe(true);
  });
  it("does not count Pagefind's loose matches for an unknown word", () => {
    expect(resultsMatchWords("Starigrad", ["St.", "UhrOrtSt.-Johannis-Kirche,"])).toBe(false);
    expect(resultsMatchWords("Starigrad", [])).toBe(false);
  });
});
