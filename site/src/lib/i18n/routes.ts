/**
 * Every URL of the site is built here, so pages, navigation, the sitemap, the QR redirects and the
 * other helpers' pages (events, search) agree. German pages live at `/`, English ones at `/en/`;
 * section names are translated, entry slugs come from the CMS and may differ per language.
 */
import type { SiteLocale } from "./locales.ts";

export type Section =
  | "home"
  | "objects"
  | "places"
  | "tours"
  | "events"
  | "search"
  | "imprint"
  | "privacy"
  | "accessibility"
  | "easyLanguage"
  | "signLanguage";

/** Path segments of each section per locale (no slashes). "" is the locale's home. */
export const SECTION_SEGMENTS: Record<Section, Record<SiteLocale, string>> = {
  home: { de: "", en: "" },
  objects: { de: "objekte", en: "objects" },
  places: { de: "orte", en: "places" },
  tours: { de: "touren", en: "tours" },
  events: { de: "veranstaltungen", en: "events" },
  search: { de: "suche", en: "search" },
  imprint: { de: "impressum", en: "imprint" },
  privacy: { de: "datenschutz", en: "privacy" },
  accessibility: { de: "barrierefreiheit", en: "accessibility" },
  easyLanguage: { de: "leichte-sprache", en: "easy-language" },
  signLanguage: { de: "gebaerdensprache", en: "sign-language" },
};

/** "" for German, "/en" for English. */
export function localePrefix(locale: SiteLocale): string {
  return locale === "de" ? "" : `/${locale}`;
}

/** The list or landing page of a section, with a trailing slash: `/objekte/`, `/en/objects/`, `/en/`. */
export function sectionPath(section: Section, locale: SiteLocale): string {
  const segment = SECTION_SEGMENTS[section][locale];
  return `${localePrefix(locale)}/${segment ? `${segment}/` : ""}`;
}

export function homePath(locale: SiteLocale): string {
  return sectionPath("home", locale);
}

export function objectPath(locale: SiteLocale, slug: string): string {
  return `${sectionPath("objects", locale)}${slug}/`;
}

/** Page `page` (1-based) of the object list: `/objekte/`, `/objekte/seite/2/`, `/en/objects/page/2/`. */
export function objectListPath(locale: SiteLocale, page = 1): string {
  if (page <= 1) return sectionPath("objects", locale);
  return `${sectionPath("objects", locale)}${locale === "de" ? "seite" : "page"}/${page}/`;
}

export function placePath(locale: SiteLocale, slug: string): string {
  return `${sectionPath("places", locale)}${slug}/`;
}

export function tourPath(locale: SiteLocale, tourSlug: string): string {
  return `${sectionPath("tours", locale)}${tourSlug}/`;
}

export function stopPath(locale: SiteLocale, tourSlug: string, stopSlug: string): string {
  return `${tourPath(locale, tourSlug)}${stopSlug}/`;
}

export function eventPath(locale: SiteLocale, slug: string): string {
  return `${sectionPath("events", locale)}${slug}/`;
}

/** QR landings are language-neutral: the printed sign carries one URL. */
export function qrPath(code: string): string {
  return `/q/${code}/`;
}

/** The printed form of a QR URL (no trailing slash; the static host adds it or redirects). */
export function qrShortPath(code: string): string {
  return `/q/${code}`;
}

/** The stand-alone 3D viewer for embedding (iframe) on other sites. */
export function embedPath(scanSlug: string): string {
  return `/embed/${scanSlug}/`;
}

/**
 * The machine-readable twin of a detail page: `/objekte/kelch/` → `/json/objekte/kelch.json`,
 * `/en/tours/a/b/` → `/json/en/tours/a/b.json`. It holds the page's schema.org JSON-LD.
 */
export function jsonTwinPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, "");
  return `/json/${trimmed}.json`;
}

/** Joins a site-relative path onto the public origin, for canonical, hreflang and JSON-LD URLs. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
