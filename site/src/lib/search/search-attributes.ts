/**
 * What a detail page tells the embedded search (Pagefind) about itself: its type, place, epoch and
 * whether it has a 3D model. Values come from the same functions the Meilisearch indexer uses, so
 * both backends show the same facet values.
 *
 * Detail pages put `{...SEARCH_BODY}` on the element holding their content (Pagefind indexes only
 * such pages) and render <SearchMeta …/> inside it.
 */
import { epochOf, HAS_3D_VALUE, type SearchType } from "@showroom/content-types/search-document";

/** Spread onto the element that holds a detail page's indexable content (e.g. its <article>). */
export const SEARCH_BODY = { "data-pagefind-body": "" } as const;

export interface SearchMetaInput {
  locale: "de" | "en";
  type: SearchType;
  /** Place name (a place page: its own name). */
  place?: string | null | undefined;
  /** Earliest dating year (heritage items), for the epoch facet and sorting. */
  year?: number | null | undefined;
  has3d?: boolean | undefined;
}

export interface SearchMarker {
  /** `data-pagefind-filter`, `data-pagefind-meta` or `data-pagefind-sort` with the value read from `data-value`. */
  attribute: "data-pagefind-filter" | "data-pagefind-meta" | "data-pagefind-sort";
  key: string;
  value: string;
}

/**
 * The markers of a page. Values go into `data-value` (Pagefind's `key[attr]` form), so a comma or
 * colon in a place name cannot be misread as a second filter.
 */
export function searchMarkers(input: SearchMetaInput): SearchMarker[] {
  const markers: SearchMarker[] = [{ attribute: "data-pagefind-filter", key: "type", value: input.type }];
  if (input.place) markers.push({ attribute: "data-pagefind-filter", key: "place", value: input.place });
  const epoch = epochOf(input.year, input.locale);
  if (epoch) markers.push({ attribute: "data-pagefind-filter", key: "epoch", value: epoch });
  if (input.has3d) markers.push({ attribute: "data-pagefind-filter", key: "has3d", value: HAS_3D_VALUE });
  if (typeof input.year === "number") {
    markers.push({ attribute: "data-pagefind-sort", key: "year", value: String(input.year) });
  }
  return markers;
}
