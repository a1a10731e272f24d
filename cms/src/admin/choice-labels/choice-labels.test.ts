import { describe, expect, it } from "vitest";
import { choiceTranslations } from "./choice-labels";

describe("choiceTranslations", () => {
  it("gives every choice of the content model its German and English words", () => {
    const { de, en } = choiceTranslations();
    expect(de).toMatchObject({
      cc_by_4: "CC BY 4.0 (Namensnennung)",
      concert: "Konzert",
      amt_lensahn: "Amt Lensahn",
    });
    expect(en).toMatchObject({
      cc_by_4: "CC BY 4.0 (Attribution)",
      concert: "Concert",
      amt_lensahn: "Amt Lensahn",
    });
  });

  it("refuses a code that means different words in two fields", () => {
    const field = (de: string) => ({
      kind: "enumeration",
      values: ["other"],
      valueLabels: { other: { de, en: "Other" } },
    });
    expect(() =>
      choiceTranslations([
        { name: "place", fields: { kind: field("Anderes") } },
        { name: "scan", fields: { method: field("Sonstiges") } },
      ]),
    ).toThrow(/"other" reads "Anderes" in place.kind but "Sonstiges" in scan.method/);
  });

  it("refuses a choice without words", () => {
    expect(() =>
      choiceTranslations([{ name: "place", fields: { kind: { kind: "enumeration", values: ["museum"] } } }]),
    ).toThrow(/place.kind has no label for the choice "museum"/);
  });
});
