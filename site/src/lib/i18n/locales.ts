/** The site's languages. German is the default and lives at `/`, English at `/en/`. */
export const SITE_LOCALES = ["de", "en"] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];
export const DEFAULT_SITE_LOCALE: SiteLocale = "de";

/** BCP 47 tags for `lang`, `hreflang` and `Intl` formatting. */
export const LANGUAGE_TAGS: Record<SiteLocale, string> = { de: "de-DE", en: "en" };

export function otherLocale(locale: SiteLocale): SiteLocale {
  return locale === "de" ? "en" : "de";
}

export function isSiteLocale(value: unknown): value is SiteLocale {
  return typeof value === "string" && (SITE_LOCALES as readonly string[]).includes(value);
}
