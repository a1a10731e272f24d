import { describe, expect, it } from "vitest";
import { levelForView, planPanoramaLevels, tileAt, tileBounds } from "./levels.ts";
import { directionOf, formatTourHash, parseTourHash, yawPitchOf } from "./view-state.ts";

describe("the tile pyramid of a panorama", () => {
  it("cuts a 16k panorama into levels from 2048 px to the full 16384 px, 32 × 16 tiles at the top", () => {
    const levels = planPanoramaLevels(16384, 8192);
    expect(levels.map((level) => level.width)).toEqual([2048, 4096, 8192, 16384]);
    expect(levels.at(-1)).toMatchObject({ cols: 32, rows: 16 });
  });

  it("has no tiled level for a panorama no wider than the smallest level's half", () => {
    expect(planPanoramaLevels(1024, 512)).toEqual([]);
  });

  it("gives a phone a middle level, not the full image", () => {
    const levels = planPanoramaLevels(16384, 8192);
    expect(levelForView(levels, 740, 75, 3)?.width).toBe(4096);
  });

  it("finds the tile of a direction and the directions a tile covers", () => {
    const [level] = planPanoramaLevels(4096, 2048);
    if (!level) throw new Error("no level");
    expect(tileAt(level, -180, 90)).toEqual([0, 0]);
    expect(tileAt(level, 179.9, -89.9)).toEqual([3, 1]);
    expect(tileBounds(level, 1, 1)).toEqual({ yawStart: -90, yawLength: 90, pitchTop: 0, pitchLength: 90 });
  });
});

describe("the deep link of a virtual tour", () => {
  it("reads stop and direction and writes them back", () => {
    const view = parseTourHash("#stop=3&yaw=120&pitch=-5", 4);
    expect(view).toEqual({ stop: 3, yaw: 120, pitch: -5 });
    expect(view && formatTourHash(view)).toBe("#stop=3&yaw=120&pitch=-5");
  });

  it("brings a stop beyond the tour and a pitch past the pole into range", () => {
    expect(parseTourHash("#stop=9&yaw=540&pitch=120", 4)).toEqual({ stop: 4, yaw: -180, pitch: 85 });
    expect(parseTourHash("#liste", 4)).toBeUndefined();
  });

  it("turns directions into yaw and pitch and back", () => {
    const [x, y, z] = directionOf(120, -5);
    const [yaw, pitch] = yawPitchOf(x, y, z);
    expect(yaw).toBeCloseTo(120);
    expect(pitch).toBeCloseTo(-5);
  });
});
