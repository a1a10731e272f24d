import { describe, expect, it } from "vitest";
import { parseBasemap } from "./basemap.ts";

const info = { version: 1, name: "Test", demo: false, attribution: "© OpenStreetMap contributors" };
const collection = (features: unknown[]) => ({ type: "FeatureCollection", showroomBasemap: info, features });
const road = {
  type: "Feature",
  properties: { kind: "road", class: "major", name: "A 1" },
  geometry: {
    type: "LineString",
    coordinates: [
      [10.8, 54.2],
      [10.9, 54.3],
    ],
  },
};

describe("parseBasemap", () => {
  it("projects every feature to world coordinates and keeps kind, name and road class", () => {
    const basemap = parseBasemap(collection([road]), "test.geojson");
    expect(basemap.info).toEqual(info);
    const [feature] = basemap.features;
    expect(feature).toMatchObject({ kind: "road", name: "A 1", major: true });
    expect(feature?.parts[0]).toHaveLength(4);
    expect(feature?.parts[0]?.[0]).toBeCloseTo((10.8 + 180) / 360, 10);
  });

  it("flattens multipolygons into rings", () => {
    const ring = [
      [10, 54],
      [10.1, 54],
      [10.1, 54.1],
      [10, 54],
    ];
    const water = {
      type: "Feature",
      properties: { kind: "water" },
      geometry: { type: "MultiPolygon", coordinates: [[ring], [ring, ring]] },
    };
    expect(parseBasemap(collection([water]), "x").features[0]?.parts).toHaveLength(3);
  });

  it("names the file, the feature and what to do when a kind is unknown", () => {
    const bad = { ...road, properties: { kind: "motorway", name: "A 1" } };
    expect(() => parseBasemap(collection([road, bad]), "public/map/basemap.geojson")).toThrow(
      'basemap public/map/basemap.geojson: feature 1 "A 1": properties.kind is "motorway"; expected one of water, road, rail, town',
    );
  });

  it("refuses a geometry that does not fit the kind", () => {
    const bad = { ...road, properties: { kind: "water" } };
    expect(() => parseBasemap(collection([bad]), "x")).toThrow(
      'feature 0 (kind "water"): geometry must be Polygon or MultiPolygon, not "LineString"',
    );
  });

  it("refuses coordinates that are not longitude, latitude pairs", () => {
    const bad = { ...road, geometry: { type: "LineString", coordinates: [[54.2, 190]] } };
    expect(() => parseBasemap(collection([bad]), "x")).toThrow(
      "expected a list of [longitude, latitude] pairs",
    );
  });

  it("asks for the showroomBasemap header when a plain GeoJSON file is given", () => {
    expect(() => parseBasemap({ type: "FeatureCollection", features: [road] }, "x")).toThrow(
      /missing "showroomBasemap"/,
    );
    expect(() => parseBasemap({ type: "Feature" }, "x")).toThrow(/expected a GeoJSON FeatureCollection/);
  });
});
