/** The site's languages (from the URL scheme). German is the default and lives at `/`, English at `/en/`. */
import { SITE_LOCALES, type SiteLocale } from "@showroom/content-types/url-scheme";

export { SITE_LOCALES, type SiteLocale };
export const DEFAULT_SITE_LOCALE: SiteLocale = "de";

/** BCP 47 tags for `lang`, `hreflang` and `Intl` formatting. */
export const LANGUAGE_TAGS: Record<SiteLocale, string> = { de: "de-DE", en: "en" };

export function otherLocale(locale: SiteLocale): SiteLocale {
  return locale === "de" ? "en" : "de";
}

export function isSiteLocale(value: unknown): value is SiteLocale {
  return typeof value === "string" && (SITE_LOCALES as readonly string[]).includes(value);
}
