import { describe, expect, it } from "vitest";
import { editDistance, nearest } from "./edit-distance.ts";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["Walmuseum", "Wallmuseum", 1],
    ["Kulturstäte", "Kulturstätte", 1],
    ["kitten", "sitting", 3],
  ])("counts %s → %s as %i edits", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("nearest", () => {
  const places = [
    { slug: "wallmuseum", name: "Oldenburger Wallmuseum" },
    { slug: "st-johannis", name: "St.-Johannis-Kirche" },
  ];
  const names = (place: (typeof places)[number]) => [place.slug, place.name];

  it("finds a misspelt name, ignoring case, spaces and hyphens", () => {
    expect(nearest("oldenburger walmuseum", places, names)?.slug).toBe("wallmuseum");
    expect(nearest("wall-museum", places, names)?.slug).toBe("wallmuseum");
    expect(nearest("St Johanis Kirche", places, names)?.slug).toBe("st-johannis");
  });

  it("guesses nothing when no candidate is close", () => {
    expect(nearest("Rathaus", places, names)).toBeUndefined();
  });
});
