import { describe, expect, it } from "vitest";
import { netlifyRedirects, pickQrTarget, type QrTarget } from "./qr.ts";

const target: QrTarget = {
  code: "WALL1",
  de: "/touren/wall/eingang/",
  en: "/en/tours/rampart/entrance/",
  title: "Eingang",
  tourTitle: "Wall",
};

describe("QR landings", () => {
  it("picks the first of the browser's languages the stop exists in, German by default", () => {
    expect(pickQrTarget(target, ["en-GB", "de"])).toBe(target.en);
    expect(pickQrTarget(target, ["fr", "de-AT", "en"])).toBe(target.de);
    expect(pickQrTarget(target, ["fr", "pl"])).toBe(target.de);
    expect(pickQrTarget({ ...target, en: undefined }, ["en"])).toBe(target.de);
  });

  it("writes language-conditioned permanent redirects with German as the fallback", () => {
    const rules = netlifyRedirects([target]).split("\n");
    const en = rules.indexOf("/q/WALL1  /en/tours/rampart/entrance/  301  Language=en");
    const de = rules.indexOf("/q/WALL1  /touren/wall/eingang/  301");
    expect(en).toBeGreaterThan(-1);
    expect(de).toBeGreaterThan(en);
  });
});
