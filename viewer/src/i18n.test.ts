import { describe, expect, it } from "vitest";
import { formatDistance, formatFileSize, viewerStrings } from "./i18n.ts";

describe("i18n", () => {
  it("formats file sizes the way German and English readers expect", () => {
    expect(formatFileSize(2_300_000, "de")).toBe("2,3 MB");
    expect(formatFileSize(2_300_000, "en")).toBe("2.3 MB");
    expect(formatFileSize(640_000, "de")).toBe("640 kB");
  });

  it("formats measured distances in mm, cm or m", () => {
    expect(formatDistance(0.0042, "de")).toBe("4,2 mm");
    expect(formatDistance(0.235, "de")).toBe("23,5 cm");
    expect(formatDistance(18.5, "en")).toBe("18.5 m");
  });

  it("has every interface text in both languages", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, item]) =>
        typeof item === "object" ? keys(item).map((k) => `${key}.${k}`) : [key],
      );
    expect(keys(viewerStrings("en"))).toEqual(keys(viewerStrings("de")));
    expect(viewerStrings("en").errors.webgl).not.toBe(viewerStrings("de").errors.webgl);
  });
});
