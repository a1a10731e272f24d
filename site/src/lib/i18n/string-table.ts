/**
 * The one way interface texts are looked up: each area (site, events, search) keeps its own table,
 * so an island bundles only its own texts, and every table is read with the function made here:
 * `const t = ui(locale); t.skipLink`.
 */
import type { SiteLocale } from "./locales.ts";

export function stringTable<T>(name: string, tables: Record<SiteLocale, T>): (locale: SiteLocale) => T {
  return (locale) => {
    const table = tables[locale];
    // Islands read the language from the page's data; a wrong value must not render "undefined".
    if (!table)
      throw new Error(
        `no ${name} for the language "${locale}" (expected one of: ${Object.keys(tables).join(", ")})`,
      );
    return table;
  };
}
