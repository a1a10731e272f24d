import { heritageItem, place, scan, tourStop } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import { differingFields } from "./differs.ts";

describe("differingFields", () => {
  it("treats a stored entry with the same values as unchanged, whatever the format", () => {
    const stored = {
      name: "Wall",
      openingHours: [{ id: 7, days: "Di–So", opens: "10:00:00.000", closes: "17:00:00.000", season: null }],
      geo: { id: 3, latitude: 54.2942, longitude: 10.885 },
      images: [{ id: 9, file: { id: 12, url: "/uploads/a.png" }, alt: "Alt", caption: null, credit: null }],
      description: null,
    };
    const desired = {
      name: "Wall",
      openingHours: [{ days: "Di–So", opens: "10:00:00.000", closes: "17:00:00.000" }],
      geo: { latitude: 54.2942, longitude: 10.885 },
      images: [{ file: 12, alt: "Alt", caption: null }],
      description: null,
    };
    expect(differingFields(desired, stored, place.fields)).toEqual([]);
  });

  it("names the fields whose values differ", () => {
    const stored = { title: "A", datingFrom: 1730, place: { documentId: "p1" }, images: [] };
    const desired = { title: "B", datingFrom: 1730, place: "p2", images: [] };
    expect(differingFields(desired, stored, heritageItem.fields)).toEqual(["title", "place"]);
  });

  it("compares to-many relations as sets and media by id", () => {
    const stored = { items: [{ documentId: "b" }, { documentId: "a" }], audio: { id: 4 } };
    expect(differingFields({ items: ["a", "b"], audio: 4 }, stored, tourStop.fields)).toEqual([]);
    expect(differingFields({ items: ["a"], audio: 5 }, stored, tourStop.fields)).toEqual(["items", "audio"]);
  });

  it("compares JSON vectors in components by value", () => {
    const stored = { defaultCamera: { id: 1, position: [0, 140, 200], target: [0, 0, 0], fov: 45 } };
    expect(
      differingFields(
        { defaultCamera: { position: [0, 140, 200], target: [0, 0, 0], fov: 45 } },
        stored,
        scan.fields,
      ),
    ).toEqual([]);
    expect(
      differingFields(
        { defaultCamera: { position: [0, 1, 2], target: [0, 0, 0], fov: 45 } },
        stored,
        scan.fields,
      ),
    ).toEqual(["defaultCamera"]);
  });

  it("skips fields the seed leaves alone and rejects fields the model lacks", () => {
    expect(differingFields({ poster: undefined }, { poster: { id: 1 } }, scan.fields)).toEqual([]);
    expect(() => differingFields({ nope: 1 }, {}, scan.fields)).toThrow(/no field "nope"/);
  });
});
