import { readFileSync } from "node:fs";
import { parseBasemap } from "@showroom/site/map/basemap";
import { unproject } from "@showroom/site/map/projection";
import { describe, expect, it } from "vitest";
import { demoBasemap, demoBasemapText } from "./demo-basemap.ts";
import { SITE_BASEMAP_FILE } from "./write-demo-basemap.ts";

describe("the demo basemap", () => {
  it("is a valid basemap, marked as a demo", () => {
    const basemap = parseBasemap(JSON.parse(demoBasemapText()), "demo");
    expect(basemap.info.demo).toBe(true);
    expect(new Set(basemap.features.map((feature) => feature.kind))).toEqual(
      new Set(["water", "road", "rail", "town"]),
    );
  });

  it("covers the region: Oldenburg in Holstein, Malente and Lensahn on land, the Baltic Sea as water", () => {
    const towns = demoBasemap().features.filter((feature) => feature.properties.kind === "town");
    expect(towns.map((town) => town.properties.name)).toEqual(
      expect.arrayContaining(["Oldenburg in Holstein", "Malente", "Lensahn"]),
    );
    const sea = parseBasemap(demoBasemap(), "demo").features.find((feature) => feature.name === "Ostsee");
    const lats = (sea?.parts[0] ?? [])
      .filter((_, i) => i % 2 === 1)
      .map((y) => unproject({ x: 0, y }).latitude);
    expect(Math.max(...lats)).toBeGreaterThan(54.5);
  });

  it("is the file the site serves (run write-demo-basemap.ts after changing the generator)", () => {
    expect(readFileSync(SITE_BASEMAP_FILE, "utf8")).toBe(demoBasemapText());
  });
});
