import { describe, expect, it } from "vitest";
import { distanceMetres, formatDistance, sortByDistance } from "./distance.ts";

describe("distances for near me", () => {
  it("measures the distance between two points on the earth", () => {
    // Oldenburg in Holstein to Malente: about 25 km as the crow flies.
    const metres = distanceMetres(
      { latitude: 54.293, longitude: 10.886 },
      { latitude: 54.17, longitude: 10.56 },
    );
    expect(metres).toBeGreaterThan(24_500);
    expect(metres).toBeLessThan(26_000);
  });

  it("writes metres below a kilometre and kilometres with the language's decimal mark", () => {
    expect(formatDistance(347, "de")).toBe("350 m");
    expect(formatDistance(1234, "de")).toBe("1,2 km");
    expect(formatDistance(1234, "en")).toBe("1.2 km");
  });

  it("sorts nearest first and keeps the order of equal distances", () => {
    const here = { latitude: 54.29, longitude: 10.886 };
    const entries = [
      { name: "far", latitude: 54.4, longitude: 10.886 },
      { name: "a", latitude: 54.291, longitude: 10.886 },
      { name: "b", latitude: 54.291, longitude: 10.886 },
    ];
    expect(sortByDistance(entries, here).map(({ entry }) => entry.name)).toEqual(["a", "b", "far"]);
  });
});
