/** Language maps of IIIF Presentation 3 from the per-language entries of the content. */
import type { SiteLocale } from "../../contracts/url-scheme.ts";
import type { Bilingual } from "../../define.ts";
import type { LanguageMap } from "./presentation-3.ts";

/** One value per language the entry is published in; missing languages are left out. */
export type PerLocale<T> = Partial<Record<SiteLocale, T>>;

/** The languages of a per-language value, German first. */
export function localesOf<T>(values: PerLocale<T>): SiteLocale[] {
  return (["de", "en"] as const).filter((locale) => values[locale] !== undefined);
}

/** The German value, else the English one: for fields that are the same in every language. */
export function firstOf<T>(values: PerLocale<T>): T | undefined {
  return values.de ?? values.en;
}

/**
 * A language map of the non-empty strings `pick` finds in each language; undefined when there is
 * none. Values equal in every language still get one entry per language (viewers pick by language).
 */
export function languageMap<T>(
  values: PerLocale<T>,
  pick: (value: T) => string | null | undefined,
): LanguageMap | undefined {
  const map: LanguageMap = {};
  for (const locale of localesOf(values)) {
    const text = pick(values[locale] as T)?.trim();
    if (text) map[locale] = [text];
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

/** A fixed German/English text (an interface label) as a language map. */
export function bilingualMap(text: Bilingual): LanguageMap {
  return { de: [text.de], en: [text.en] };
}

/** A value without a language (an inventory number, a year). */
export function noLanguage(text: string): LanguageMap {
  return { none: [text] };
}
