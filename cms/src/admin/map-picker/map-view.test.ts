import { describe, expect, it } from "vitest";
import { boundsOf, fromPixel, readPoint, step, toPixel, viewOfBounds, zoomAround } from "./map-view";

const OLDENBURG = { latitude: 54.2942, longitude: 10.885 };
const view = viewOfBounds([10.3, 53.95, 11.35, 54.55]);

describe("the map picker's view", () => {
  it("turns a picture position back into the coordinate drawn there", () => {
    const pixel = toPixel(view, 300, 300, OLDENBURG);
    const back = fromPixel(view, 300, 300, pixel.x, pixel.y);
    expect(back.latitude).toBeCloseTo(OLDENBURG.latitude, 6);
    expect(back.longitude).toBeCloseTo(OLDENBURG.longitude, 6);
  });

  it("shows the whole bounding box of the basemap", () => {
    for (const corner of [
      { longitude: 10.3, latitude: 53.95 },
      { longitude: 11.35, latitude: 54.55 },
    ]) {
      const { x, y } = toPixel(view, 300, 300, corner);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(300);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(300);
    }
  });

  it("keeps the point it zooms around in the same place of the picture", () => {
    const before = toPixel(view, 300, 300, OLDENBURG);
    const after = toPixel(zoomAround(view, 4, OLDENBURG), 300, 300, OLDENBURG);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
  });

  it("moves the pin east with the right arrow and north with the up arrow, rounded to five decimals", () => {
    const east = step(view, OLDENBURG, 1, 0);
    expect(east.longitude).toBeGreaterThan(OLDENBURG.longitude);
    expect(east.latitude).toBeCloseTo(OLDENBURG.latitude, 5);
    const north = step(view, OLDENBURG, 0, -1);
    expect(north.latitude).toBeGreaterThan(OLDENBURG.latitude);
    expect(String(north.latitude).split(".")[1]?.length ?? 0).toBeLessThanOrEqual(5);
  });

  it("reads the form's coordinates, typed with a decimal comma too, and refuses what is no coordinate", () => {
    expect(readPoint({ latitude: "54,29", longitude: 10.88 })).toEqual({ latitude: 54.29, longitude: 10.88 });
    expect(readPoint({ latitude: 54.29 })).toBeUndefined();
    expect(readPoint({ latitude: 95, longitude: 10 })).toBeUndefined();
    expect(readPoint(null)).toBeUndefined();
  });

  it("finds the bounding box of nested GeoJSON coordinates", () => {
    expect(
      boundsOf({
        features: [
          { geometry: { coordinates: [10.5, 54.1] } },
          {
            geometry: {
              coordinates: [
                [
                  [10.3, 54.0],
                  [11.0, 54.4],
                ],
              ],
            },
          },
        ],
      }),
    ).toEqual([10.3, 54.0, 11.0, 54.4]);
  });
});
