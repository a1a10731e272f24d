// The admin in German: Strapi's own German packs, the strings they miss, the staff home page's
// and staff tools' words, and whole numbers (years) without thousands separators.
import { staffHomeStrings } from "../staff-home/strings";
import { staffToolsStrings } from "../staff-tools/strings";
import { germanStrapiGaps } from "./de-strapi-gaps";

export { registerWholeNumbers } from "./whole-numbers";

type Tables = Record<string, Record<string, string>>;

/** Adds the German gap strings and the staff pages' strings to tables built elsewhere (those win). */
export function withAdminStrings<T extends Tables>(translations: T): T {
  return {
    ...translations,
    de: { ...germanStrapiGaps, ...staffHomeStrings.de, ...staffToolsStrings.de, ...translations.de },
    en: { ...staffHomeStrings.en, ...staffToolsStrings.en, ...translations.en },
  };
}
