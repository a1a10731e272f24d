import { SITE_LOCALES } from "@showroom/content-types";
import { describe, expect, it } from "vitest";
import { audioGuideStrings } from "../audio-guide/audio-guide-strings.ts";
import { eventMessages } from "../events/messages.ts";
import { searchLabels } from "../search/search-labels.ts";
import { stringTable } from "./string-table.ts";
import { ui } from "./ui.ts";

/** Every key path of a table ("player.play", "epochs.modern"), so two languages can be compared. */
function keyPaths(table: object, prefix = ""): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    value && typeof value === "object" ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("the interface texts", () => {
  const tables = { ui, eventMessages, searchLabels, audioGuideStrings };

  for (const [name, lookup] of Object.entries(tables)) {
    it(`${name} answers every site language with the same keys as German`, () => {
      const german = keyPaths(lookup("de")).sort();
      for (const locale of SITE_LOCALES) expect(keyPaths(lookup(locale)).sort()).toEqual(german);
    });
  }

  it("names the table and the language when a language has no texts", () => {
    const lookup = stringTable("player texts", { de: { play: "Abspielen" }, en: { play: "Play" } });
    expect(lookup("en").play).toBe("Play");
    expect(() => lookup("fr" as never)).toThrow('no player texts for the language "fr"');
  });
});
