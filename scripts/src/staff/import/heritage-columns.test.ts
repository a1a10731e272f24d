import { describe, expect, it } from "vitest";
import { nearestColumn, parseWholeNumber } from "./heritage-columns.ts";

describe("parseWholeNumber", () => {
  it.each([
    ["1732", 1732],
    ["-500", -500],
    ["1732,0", 1732],
    ["1732.00", 1732],
    ["1.732", 1732],
    ["1,732", 1732],
    ["10.000", 10000],
    [" 1 732 ", 1732],
  ])("reads %s as %i", (text, value) => {
    expect(parseWholeNumber(text)).toBe(value);
  });

  it.each(["1732,5", "achtzehnhundert", "17.32", "", "1.7320"])("refuses %s", (text) => {
    expect(parseWholeNumber(text)).toBeUndefined();
  });
});

describe("nearestColumn", () => {
  it("names the field a misspelt header means, in German, English or code", () => {
    expect(nearestColumn("Kulturstäte")).toBe("place");
    expect(nearestColumn("Schlagworter")).toBe("keywords");
    expect(nearestColumn("Inventory numbr")).toBe("inventoryNumber");
    expect(nearestColumn("Bemerkungen")).toBeUndefined();
  });
});
