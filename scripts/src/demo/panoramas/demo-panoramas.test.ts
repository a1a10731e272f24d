import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { DEMO_TOUR_STOPS } from "../demo-content/index.ts";
import { demoHotspots, hasDemoPanorama, renderDemoPanorama } from "./demo-panoramas.ts";

describe("the demo panoramas", () => {
  it("renders a stop's panorama from the demo models as an equirectangular JPEG, not a blank image", async () => {
    const bytes = await renderDemoPanorama("W3", 512);
    const image = sharp(bytes);
    expect(await image.metadata()).toMatchObject({ width: 512, height: 256, format: "jpeg" });
    const { channels } = await image.stats();
    // Sky, rampart and grass: the rendering has colour variety.
    expect(Math.max(...channels.map((channel) => channel.stdev))).toBeGreaterThan(15);
  });

  it("wires every published stop of both tours to its neighbours, in order", () => {
    const published = DEMO_TOUR_STOPS.filter((stop) => !stop.draft);
    expect(published.every((stop) => hasDemoPanorama(stop.code))).toBe(true);
    for (const tour of new Set(published.map((stop) => stop.tour))) {
      const stops = published.filter((stop) => stop.tour === tour).sort((a, b) => a.position - b.position);
      for (const [index, stop] of stops.entries()) {
        const targets = demoHotspots(stop)
          .filter((hotspot) => hotspot.kind === "stop")
          .map((hotspot) => hotspot.stop);
        expect(targets).toEqual([stops[index + 1]?.code, stops[index - 1]?.code].filter(Boolean));
      }
    }
  });
});
