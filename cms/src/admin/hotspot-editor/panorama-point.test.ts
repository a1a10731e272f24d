import { describe, expect, it } from "vitest";
import { directionAt, pointOf, readDirection, stepDirection } from "./panorama-point";

describe("directions in a panorama drawn flat", () => {
  it("maps the image's corners and centre to yaw −180…180 and pitch 90…−90", () => {
    expect(directionAt(0, 0)).toEqual({ yaw: -180, pitch: 90 });
    expect(directionAt(0.5, 0.5)).toEqual({ yaw: 0, pitch: 0 });
    expect(directionAt(1, 1)).toEqual({ yaw: 180, pitch: -90 });
    expect(directionAt(0.75, 0.25)).toEqual({ yaw: 90, pitch: 45 });
  });

  it("puts a direction back where it was clicked, wrapping yaws beyond 180°", () => {
    expect(pointOf({ yaw: 90, pitch: 45 })).toEqual({ x: 0.75, y: 0.25 });
    expect(pointOf({ yaw: 270, pitch: 0 })).toEqual({ x: 0.25, y: 0.5 });
  });

  it("steps by arrow keys, wrapping round in yaw and stopping at the poles", () => {
    expect(stepDirection({ yaw: 178, pitch: 0 }, 1, 0)).toEqual({ yaw: -177, pitch: 0 });
    expect(stepDirection({ yaw: 0, pitch: 88 }, 0, 1)).toEqual({ yaw: 0, pitch: 90 });
  });

  it("reads decimals the form keeps as strings, and nothing from empty fields", () => {
    expect(readDirection({ yaw: "12.5", pitch: -3 })).toEqual({ yaw: 12.5, pitch: -3 });
    expect(readDirection({ yaw: null, pitch: 0 })).toBeUndefined();
    expect(readDirection(undefined)).toBeUndefined();
  });
});

describe("the hotspot editor's words", () => {
  it("speaks German to German-speaking staff and English otherwise", async () => {
    const { hotspotEditorLabels } = await import("./hotspot-editor-labels");
    expect(hotspotEditorLabels("de").panorama).toBe("Panorama zum Setzen der Hotspots");
    expect(hotspotEditorLabels("en").panorama).toBe("Panorama to place hotspots");
    expect(hotspotEditorLabels("en").hotspot(2, "Gate")).toBe("Hotspot 2 “Gate”");
  });
});
