import { describe, expect, it } from "vitest";
import { jsonTwinPath, objectPath, sectionPath, stopPath } from "./routes.ts";

describe("routes", () => {
  it("puts German at the root and English under /en/ with translated section names", () => {
    expect(sectionPath("home", "de")).toBe("/");
    expect(sectionPath("home", "en")).toBe("/en/");
    expect(objectPath("de", "taufschale")).toBe("/objekte/taufschale/");
    expect(objectPath("en", "baptismal-bowl")).toBe("/en/objects/baptismal-bowl/");
    expect(stopPath("en", "rampart", "gate")).toBe("/en/tours/rampart/gate/");
    expect(sectionPath("accessibility", "de")).toBe("/barrierefreiheit/");
  });

  it("maps each detail page to its /json/ twin", () => {
    expect(jsonTwinPath("/objekte/taufschale/")).toBe("/json/objekte/taufschale.json");
    expect(jsonTwinPath("/en/tours/a/b/")).toBe("/json/en/tours/a/b.json");
  });
});
