/**
 * What the search knows about a published entry: one search document per entry and locale.
 *
 * The single source of the search document's shape, used by the CMS indexer (a generated copy in
 * `cms/src/generated/`), the reindex CLI (`scripts/src/staff/search/`) and the site's Pagefind markup and
 * search island (`site/src/lib/search/`), so Meilisearch and Pagefind show the same types, places,
 * epochs and URLs.
 *
 * Imports only the URL scheme (the CMS gets generated copies of both; see `content-types/src/contract-copies.ts`).
 *
 * @example
 *   const doc = toSearchDocument("item", entryFromStrapi, "de");
 *   // { id: "item-abc123-de", type: "item", title: "…", url: "/objekte/oldenburger-wall/", … }
 */
import { pagePathOf, SITE_LOCALES, type SiteLocale } from "./url-scheme.ts";

/** Every site locale has its own search index. */
export const SEARCH_LOCALES = SITE_LOCALES;
export type SearchLocale = SiteLocale;

/** Stable keys of what can be found; the UI shows labels for them. */
export const SEARCH_TYPES = ["item", "place", "tour", "stop", "event"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Strapi content type UID of each searchable type. */
export const SEARCH_TYPE_UIDS: Record<SearchType, string> = {
  item: "api::heritage-item.heritage-item",
  place: "api::place.place",
  tour: "api::tour.tour",
  stop: "api::tour-stop.tour-stop",
  event: "api::event-stream.event-stream",
};

/** Content type name (as in content-types and the snapshot) of each searchable type. */
export const SEARCH_TYPE_NAMES: Record<SearchType, string> = {
  item: "heritage-item",
  place: "place",
  tour: "tour",
  stop: "tour-stop",
  event: "event-stream",
};

export function searchTypeOfUid(uid: string): SearchType | undefined {
  return SEARCH_TYPES.find((type) => SEARCH_TYPE_UIDS[type] === uid);
}

export const SEARCH_TYPE_LABELS: Record<SearchLocale, Record<SearchType, string>> = {
  de: { item: "Objekte", place: "Orte", tour: "Touren", stop: "Tour-Stationen", event: "Veranstaltungen" },
  en: { item: "Objects", place: "Places", tour: "Tours", stop: "Tour stops", event: "Events" },
};

/**
 * Epochs for the facet, from the earliest dating year. Coarse on purpose: visitors filter by
 * "Middle Ages", not by decade. Labels are the facet values, so both backends show the same words.
 */
const EPOCHS: { until: number; de: string; en: string }[] = [
  { until: 499, de: "Ur- und Frühgeschichte", en: "Prehistory and antiquity" },
  { until: 1049, de: "Frühmittelalter", en: "Early Middle Ages" },
  { until: 1249, de: "Hochmittelalter", en: "High Middle Ages" },
  { until: 1499, de: "Spätmittelalter", en: "Late Middle Ages" },
  { until: 1799, de: "Frühe Neuzeit", en: "Early modern period" },
  { until: 1899, de: "19. Jahrhundert", en: "19th century" },
  { until: Number.POSITIVE_INFINITY, de: "20. und 21. Jahrhundert", en: "20th and 21st centuries" },
];

/** The epoch label of a year, e.g. 968 → "Frühmittelalter" / "Early Middle Ages". */
export function epochOf(year: number | null | undefined, locale: SearchLocale): string | undefined {
  if (typeof year !== "number" || !Number.isFinite(year)) return undefined;
  const epoch = EPOCHS.find((e) => year <= e.until);
  return epoch?.[locale];
}

/** The facet values "has 3D" takes: only entries with a scan carry it, so the facet reads "with 3D". */
export const HAS_3D_VALUE = "yes";

export interface SearchDocument {
  /** `<type>-<documentId>-<locale>`: unique across types and locales. */
  id: string;
  documentId: string;
  locale: SearchLocale;
  type: SearchType;
  title: string;
  summary: string;
  /** Plain text of the long fields (description, stop text, transcript), markdown removed. */
  text: string;
  /** Name of the place the entry belongs to (a place's own name for places). */
  place?: string;
  epoch?: string;
  has3d: boolean;
  /** Site URL path in the entry's locale, e.g. `/en/tours/wall-walk/gate/`. */
  url: string;
  /** Earliest dating year of items, for sorting. */
  year?: number;
  /** Start of events as epoch seconds, for sorting. */
  date?: number;
}

/** Index names are `<prefix>-<locale>`; the prefix lets several showrooms (or tests) share a server. */
export const DEFAULT_SEARCH_INDEX_PREFIX = "showroom";

/** One index per locale: stop words and ranking differ per language, and it mirrors Pagefind. */
export function searchIndexUid(locale: SearchLocale, prefix = DEFAULT_SEARCH_INDEX_PREFIX): string {
  return `${prefix}-${locale}`;
}

export function searchDocumentId(type: SearchType, documentId: string, locale: SearchLocale): string {
  return `${type}-${documentId}-${locale}`;
}

/** A loosely typed Strapi entry (document service or REST), as populated by `searchPopulate`. */
export type SearchSourceEntry = Record<string, unknown>;

/** What to populate when reading an entry for the search (document service and REST alike). */
export function searchPopulate(type: SearchType): Record<string, unknown> {
  switch (type) {
    case "item":
      return { place: { fields: ["name"] }, scan: { fields: ["title"] } };
    case "stop":
      return {
        tour: { fields: ["slug", "title"] },
        place: { fields: ["name"] },
        scans: { fields: ["title"] },
      };
    case "event":
      return { place: { fields: ["name"] } };
    default:
      return {};
  }
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function relation(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Markdown to plain text: enough for a search index, not a renderer. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The site URL of an entry (the URL scheme's page path); undefined when its slug (or a stop's tour) is missing. */
export function searchUrl(
  type: SearchType,
  entry: SearchSourceEntry,
  locale: SearchLocale,
): string | undefined {
  return pagePathOf(SEARCH_TYPE_NAMES[type], entry, locale);
}

/**
 * The search document of a published entry, or undefined when the entry cannot have a page
 * (no slug, a stop without a tour): such entries are not findable on the site either.
 */
export function toSearchDocument(
  type: SearchType,
  entry: SearchSourceEntry,
  locale: SearchLocale,
): SearchDocument | undefined {
  const documentId = str(entry.documentId);
  const url = searchUrl(type, entry, locale);
  if (!documentId || !url) return undefined;
  const title = str(type === "place" ? entry.name : entry.title);
  const longFields: Record<SearchType, string[]> = {
    item: ["description", "keywords", "material", "technique", "datingText", "inventoryNumber"],
    place: ["description", "openingHoursNote", "accessibility"],
    tour: ["introduction", "surface", "accessibilityNotes"],
    stop: ["text", "transcript"],
    event: ["description", "venue", "transcript"],
  };
  const text = longFields[type]
    .map((field) => markdownToText(str(entry[field])))
    .filter(Boolean)
    .join(" ");
  const placeName = type === "place" ? title : str(relation(entry.place)?.name);
  const scans = entry.scans;
  const has3d =
    type === "item"
      ? Boolean(relation(entry.scan))
      : type === "stop"
        ? Array.isArray(scans) && scans.length > 0
        : false;
  const document: SearchDocument = {
    id: searchDocumentId(type, documentId, locale),
    documentId,
    locale,
    type,
    title,
    summary: str(entry.summary),
    text,
    has3d,
    url,
  };
  if (placeName) document.place = placeName;
  if (type === "item" && typeof entry.datingFrom === "number") {
    document.year = entry.datingFrom;
    const epoch = epochOf(entry.datingFrom, locale);
    if (epoch) document.epoch = epoch;
  }
  if (type === "event" && typeof entry.start === "string") {
    const start = Date.parse(entry.start);
    if (Number.isFinite(start)) document.date = Math.floor(start / 1000);
  }
  return document;
}
