/**
 * The public URL scheme of the site: the path of every page type in every locale, the QR landing
 * `/q/<code>` and the absolute address printed on a sign. The site's routes, the search documents
 * (CMS indexer, reindex, Pagefind markup), the preview server and the QR sign sheets all take their
 * URLs from here, so a page is never linked under two addresses.
 *
 * German pages live at `/`, English ones at `/en/`; section names are translated, entry slugs come
 * from the CMS and may differ per language.
 *
 * Imports nothing (the CMS gets a generated copy; see `content-types/src/contract-copies.ts`).
 *
 * @example
 *   stopPath("en", "rampart", "gate"); // "/en/tours/rampart/gate/"
 *   pagePathOf("heritage-item", { slug: "kelch" }, "de"); // "/objekte/kelch/"
 *   publicUrl("https://showroom.example", qrShortPath("WALL1")); // "https://showroom.example/q/WALL1"
 */

/** The site's languages. German is the default and lives at `/`, English at `/en/`. */
export const SITE_LOCALES = ["de", "en"] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

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
  | "signLanguage"
  | "map";

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
  map: { de: "karte", en: "map" },
};

/** The word before the page number of a list: `/objekte/seite/2/`, `/en/objects/page/2/`. */
const PAGE_SEGMENT: Record<SiteLocale, string> = { de: "seite", en: "page" };

/** Calendar files next to the event pages. */
const CALENDAR_FILE: Record<SiteLocale, string> = { de: "kalender.ics", en: "calendar.ics" };

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
  return `${sectionPath("objects", locale)}${PAGE_SEGMENT[locale]}/${page}/`;
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

/**
 * The word of a tour's virtual visit. A stop may not take it as its slug: the virtual visit's page
 * sits where that stop's page would be.
 */
export const VIRTUAL_TOUR_SEGMENT: Record<SiteLocale, string> = { de: "virtuell", en: "virtual" };

/**
 * The virtual visit of a tour (360° panoramas, poster first, also a list without JavaScript):
 * `/touren/<tour>/virtuell/`, `/en/tours/<tour>/virtual/`. A stop and view direction go in the
 * hash: `#stop=3&yaw=120&pitch=-5`.
 */
export function virtualTourPath(locale: SiteLocale, tourSlug: string): string {
  return `${tourPath(locale, tourSlug)}${VIRTUAL_TOUR_SEGMENT[locale]}/`;
}

const CAPTIONS_FILE: Record<SiteLocale, string> = { de: "untertitel.vtt", en: "captions.vtt" };

/** The caption track of a stop's audio guide, cut from its transcript: `/touren/<tour>/<stop>/untertitel.vtt`. */
export function stopCaptionsPath(locale: SiteLocale, tourSlug: string, stopSlug: string): string {
  return `${stopPath(locale, tourSlug, stopSlug)}${CAPTIONS_FILE[locale]}`;
}

export function eventPath(locale: SiteLocale, slug: string): string {
  return `${sectionPath("events", locale)}${slug}/`;
}

/** The feed of all events: `/veranstaltungen/kalender.ics`, `/en/events/calendar.ics`. */
export function calendarFeedPath(locale: SiteLocale): string {
  return `${sectionPath("events", locale)}${CALENDAR_FILE[locale]}`;
}

/** One event as a calendar file: `/veranstaltungen/<slug>/kalender.ics`. */
export function eventCalendarPath(locale: SiteLocale, slug: string): string {
  return `${eventPath(locale, slug)}${CALENDAR_FILE[locale]}`;
}

/** The page a static host serves for a missing path below a locale's home: `/404.html`, `/en/404.html`. */
export function notFoundPath(locale: SiteLocale): string {
  return `${localePrefix(locale)}/404.html`;
}

/** Where visitors type the stop number printed on a sign (a GET form sends `?code=` here). */
export function qrIndexPath(): string {
  return "/q/";
}

/** QR landings are language-neutral: the printed sign carries one URL. */
export function qrPath(code: string): string {
  return `/q/${encodeURIComponent(code)}/`;
}

/** The printed form of a QR URL (no trailing slash; the static host adds it or redirects). */
export function qrShortPath(code: string): string {
  return `/q/${encodeURIComponent(code)}`;
}

/** The folder of the embed pages: the only pages other sites may frame, and kept out of search engines. */
export const EMBED_ROOT = "/embed/";

/** The stand-alone 3D viewer for embedding (iframe) on other sites. */
export function embedPath(scanSlug: string): string {
  return `${EMBED_ROOT}${scanSlug}/`;
}

/**
 * The machine-readable twin of a detail page: `/objekte/kelch/` → `/json/objekte/kelch.json`,
 * `/en/tours/a/b/` → `/json/en/tours/a/b.json`. It holds the page's schema.org JSON-LD.
 */
export function jsonTwinPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, "");
  return `/json/${trimmed}.json`;
}

/**
 * The folder of the IIIF resources (Presentation 3 manifests and collections, Image API level-0
 * services): IIIF viewers on other sites fetch below it, so the site answers it with CORS.
 */
export const IIIF_ROOT = "/iiif/";

/** The IIIF manifest of a heritage item, by its German slug: `/iiif/kelch/manifest.json`. */
export function iiifManifestPath(slug: string): string {
  return `${IIIF_ROOT}${slug}/manifest.json`;
}

/** The IIIF collection of every published heritage item: `/iiif/collection.json`. */
export function iiifCollectionPath(): string {
  return `${IIIF_ROOT}collection.json`;
}

/** The IIIF collection of a tour's objects in stop order, by the tour's German slug: `/iiif/tours/rund/collection.json`. */
export function iiifTourCollectionPath(tourSlug: string): string {
  return `${IIIF_ROOT}tours/${tourSlug}/collection.json`;
}

/**
 * The IIIF Image API service of one image (its `id`, no trailing slash): `/iiif/images/wall_1a2b`.
 * Its `info.json` and static tiles lie below it; `imageId` is the media file's name without extension.
 */
export function iiifImageServicePath(imageId: string): string {
  return `${IIIF_ROOT}images/${encodeURIComponent(imageId)}`;
}

/** The file name of the LIDO wrap of every heritage item; an item with this slug gets no single file. */
export const LIDO_WRAP_NAME = "alle";

/**
 * One heritage item as a LIDO 1.1 record with both languages, by its German slug (the English one
 * when it has no German version): `/lido/kelch.xml`. For museum portals (Deutsche Digitale
 * Bibliothek, Europeana, museum-digital).
 */
export function lidoRecordPath(slug: string): string {
  return `/lido/${slug}.xml`;
}

/** Every published heritage item in one `lido:lidoWrap`: `/lido/alle.xml`. */
export function lidoWrapPath(): string {
  return `/lido/${LIDO_WRAP_NAME}.xml`;
}

/** The page of each single type (legal pages; site settings shape the home page). */
const SINGLE_TYPE_SECTIONS: Record<string, Section> = {
  "site-setting": "home",
  imprint: "imprint",
  "privacy-policy": "privacy",
  "accessibility-statement": "accessibility",
  "easy-language": "easyLanguage",
  "sign-language": "signLanguage",
};

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function slugOfRelation(value: unknown): string {
  return value && typeof value === "object" && !Array.isArray(value)
    ? text((value as Record<string, unknown>).slug)
    : "";
}

/**
 * The page that shows an entry of content type `type` (code name, e.g. `heritage-item`) in
 * `locale`, or undefined when the entry has no page: no slug, a stop without its tour, or a type
 * without pages (scans, retired codes). A stop needs `tour.slug` populated.
 */
export function pagePathOf(
  type: string,
  entry: Record<string, unknown>,
  locale: SiteLocale,
): string | undefined {
  const single = SINGLE_TYPE_SECTIONS[type];
  if (single) return sectionPath(single, locale);
  const slug = text(entry.slug);
  if (!slug) return undefined;
  switch (type) {
    case "heritage-item":
      return objectPath(locale, slug);
    case "place":
      return placePath(locale, slug);
    case "tour":
      return tourPath(locale, slug);
    case "tour-stop": {
      const tourSlug = slugOfRelation(entry.tour);
      return tourSlug ? stopPath(locale, tourSlug, slug) : undefined;
    }
    case "event-stream":
      return eventPath(locale, slug);
    default:
      return undefined;
  }
}

/** Joins a site-relative path onto the public origin, for canonical, hreflang and JSON-LD URLs. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/**
 * The absolute address of `path` below the site's public address, keeping a base path
 * (`https://example.org/showroom/` + `/q/K2` → `https://example.org/showroom/q/K2`). For printed
 * URLs (QR signs). `howToPass` tells people where the address comes from, e.g.
 * `"--base-url https://showroom.example"`.
 */
export function publicUrl(
  baseUrl: string,
  path: string,
  howToPass = "PUBLIC_SITE_URL=https://showroom.example",
): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`The site URL "${baseUrl}" is not a URL. Pass the public address, e.g. ${howToPass}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`The site URL "${baseUrl}" must start with https:// (or http:// for tests).`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}${path}`;
}

/**
 * The page the site answers for a QR code it does not know, in the visitor's language:
 * `/q/unknown-de/`, `/q/unknown-en/`. A code never holds a "-", so no code can take these paths.
 */
export function qrUnknownCodePath(locale: SiteLocale): string {
  return qrPath(`unknown-${locale}`);
}

/** The page a saved tour's service worker shows for a page that was not saved: `/offline/`, `/en/offline/`. */
export function offlinePath(locale: SiteLocale): string {
  return `${localePrefix(locale)}/offline/`;
}

/** The offline manifest of a tour (files, sizes, content hash), by the tour's document id. */
export function offlineTourManifestPath(tourDocumentId: string): string {
  return `/offline/tour-${encodeURIComponent(tourDocumentId)}.json`;
}

/**
 * The kiosk of the hub's screens (full screen, touch, offline, reset after idle), kept out of
 * search engines: `/kiosk/`, `/en/kiosk/`. Its pages link only to each other.
 */
export function kioskPath(locale: SiteLocale): string {
  return `${localePrefix(locale)}/kiosk/`;
}

/** A tour in the kiosk, all stops on one page: `/kiosk/touren/<tour>/`, `/en/kiosk/tours/<tour>/`. */
export function kioskTourPath(locale: SiteLocale, tourSlug: string): string {
  return `${kioskPath(locale)}${SECTION_SEGMENTS.tours[locale]}/${tourSlug}/`;
}

/** An object in the kiosk: `/kiosk/objekte/<slug>/`, `/en/kiosk/objects/<slug>/`. */
export function kioskObjectPath(locale: SiteLocale, slug: string): string {
  return `${kioskPath(locale)}${SECTION_SEGMENTS.objects[locale]}/${slug}/`;
}
