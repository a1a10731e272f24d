import { describe, expect, it } from "vitest";
import { project, unproject } from "./projection.ts";
import { fitView, MAX_FIT_SCALE, pathData, spreadMarkers, toPixel, toWorld, zoomAt } from "./view.ts";

describe("Web Mercator projection", () => {
  it("maps longitude and latitude to world coordinates and back", () => {
    expect(project({ longitude: 0, latitude: 0 })).toEqual({ x: 0.5, y: 0.5 });
    const back = unproject(project({ longitude: 10.886, latitude: 54.293 }));
    expect(back.longitude).toBeCloseTo(10.886, 9);
    expect(back.latitude).toBeCloseTo(54.293, 9);
    expect(project({ longitude: 0, latitude: 60 }).y).toBeLessThan(project({ longitude: 0, latitude: 50 }).y);
  });
});

describe("map views", () => {
  const oldenburg = project({ longitude: 10.886, latitude: 54.293 });
  const malente = project({ longitude: 10.56, latitude: 54.17 });

  it("fits every point inside the padding", () => {
    const view = fitView([oldenburg, malente], 640, 400, { padding: 40 });
    for (const point of [oldenburg, malente]) {
      const [x, y] = toPixel(view, point.x, point.y);
      expect(x).toBeGreaterThanOrEqual(39.9);
      expect(x).toBeLessThanOrEqual(600.1);
      expect(y).toBeGreaterThanOrEqual(39.9);
      expect(y).toBeLessThanOrEqual(360.1);
    }
  });

  it("does not zoom closer than street level for a single point", () => {
    expect(fitView([oldenburg], 640, 400).scale).toBe(MAX_FIT_SCALE);
  });

  it("keeps the point under the cursor in place when zooming", () => {
    const view = fitView([oldenburg, malente], 640, 400);
    const before = toWorld(view, 100, 80);
    const zoomed = zoomAt(view, 2, 100, 80);
    const after = toWorld(zoomed, 100, 80);
    expect(after.x).toBeCloseTo(before.x, 12);
    expect(after.y).toBeCloseTo(before.y, 12);
    expect(zoomed.scale).toBeCloseTo(view.scale * 2);
  });

  it("draws a path no larger than its pixels: points closer than a pixel are dropped", () => {
    const view = fitView([oldenburg, malente], 640, 400);
    const dense: number[] = [];
    for (let i = 0; i <= 10_000; i++)
      dense.push(
        malente.x + ((oldenburg.x - malente.x) * i) / 10_000,
        malente.y + ((oldenburg.y - malente.y) * i) / 10_000,
      );
    const d = pathData(view, [dense], false);
    expect(d.split("L").length).toBeLessThan(800);
    expect(d.startsWith("M")).toBe(true);
  });

  it("leaves out lines far outside the view and clamps polygons to it", () => {
    const view = fitView([oldenburg], 640, 400);
    const far = project({ longitude: 12, latitude: 55 });
    expect(pathData(view, [[far.x, far.y, far.x + 0.001, far.y]], false)).toBe("");
    const polygon = pathData(
      view,
      [[malente.x, malente.y, far.x, malente.y, far.x, far.y, malente.x, malente.y]],
      true,
    );
    for (const number of polygon.match(/-?\d+(\.\d+)?/g) ?? [])
      expect(Math.abs(Number(number))).toBeLessThanOrEqual(656);
  });

  it("moves markers at the same spot apart", () => {
    const spread = spreadMarkers(
      [
        [100, 100],
        [100, 100],
        [100, 100],
      ],
      26,
    );
    for (let i = 0; i < spread.length; i++)
      for (let j = i + 1; j < spread.length; j++) {
        const [a, b] = [spread[i] as [number, number], spread[j] as [number, number]];
        expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThanOrEqual(25.9);
      }
  });
});
