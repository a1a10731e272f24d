import { describe, expect, it } from "vitest";
import { LICENCE_INFO, LICENCES } from "../../licences.ts";
import { ALL_COMPONENTS } from "../../model/index.ts";
import { place } from "../../model/place.ts";
import {
  CAPTURE_METHOD_LABELS,
  IN_SITU_PLACE_KINDS,
  LICENCE_RIGHTS,
  MUNICIPALITY_BODIES,
  MUNICIPALITY_NAMES,
  PLACE_KIND_LABELS,
} from "./vocabulary.ts";

function enumeration(fields: Record<string, unknown>, name: string) {
  const field = fields[name] as {
    values: readonly string[];
    valueLabels: Record<string, { de: string; en: string }>;
  };
  return field;
}

describe("the LIDO vocabulary agrees with the content model", () => {
  it("gives every licence of the model the same URI the model gives it", () => {
    for (const licence of LICENCES) {
      expect(LICENCE_RIGHTS[licence], licence).toBeDefined();
      expect(LICENCE_RIGHTS[licence]?.uri, licence).toBe(LICENCE_INFO[licence].url);
    }
  });

  it("names every municipality of the place model, as a place and as a legal body", () => {
    const municipality = enumeration(place.fields, "municipality");
    for (const value of municipality.values) {
      expect(MUNICIPALITY_NAMES[value], value).toEqual(municipality.valueLabels[value]);
      expect(MUNICIPALITY_BODIES[value]?.de, value).toContain(municipality.valueLabels[value]?.de);
    }
  });

  it("labels every kind of place as the place model does", () => {
    const kind = enumeration(place.fields, "kind");
    for (const value of kind.values) expect(PLACE_KIND_LABELS[value], value).toEqual(kind.valueLabels[value]);
    for (const value of IN_SITU_PLACE_KINDS) expect(kind.values).toContain(value);
  });

  it("labels every capture method as the scan paradata component does", () => {
    const paradata = ALL_COMPONENTS.find((c) => c.category === "scan" && c.name === "paradata");
    const method = enumeration(paradata?.fields ?? {}, "method");
    for (const value of method.values)
      expect(CAPTURE_METHOD_LABELS[value], value).toEqual(method.valueLabels[value]);
  });
});
