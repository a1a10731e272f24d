import { describe, expect, it } from "vitest";
import { displayUrl, stopUrl } from "./stop-url.ts";

describe("stopUrl", () => {
  it.each([
    ["https://showroom.example", "WALL1", "https://showroom.example/q/WALL1"],
    ["https://showroom.example/", "WALL1", "https://showroom.example/q/WALL1"],
    ["https://example.org/showroom/", "K2", "https://example.org/showroom/q/K2"],
  ])("builds the permanent URL from %s and %s", (base, code, expected) => {
    expect(stopUrl(base, code)).toBe(expected);
  });

  it("refuses a base that is not a web address, saying what to pass", () => {
    expect(() => stopUrl("showroom.example", "A1")).toThrow(/--base-url https:\/\//);
    expect(() => stopUrl("ftp://showroom.example", "A1")).toThrow(/must start with https:\/\//);
  });

  it("shows the URL without the scheme for people to type", () => {
    expect(displayUrl("https://showroom.example/q/WALL1")).toBe("showroom.example/q/WALL1");
  });
});
