/**
 * The one interface the search UI talks to; Pagefind (embedded, default) and Meilisearch (when
 * configured) implement it, so both backends get the same UI, facets and keyboard behaviour.
 */
import type { SearchType } from "@showroom/content-types/search-document";

/** The facets visitors can filter by; the same names are Pagefind filters and Meilisearch attributes. */
export const FACETS = ["type", "place", "epoch", "has3d"] as const;
export type Facet = (typeof FACETS)[number];

/** Selected values per facet: any value of a facet matches (OR), all facets must match (AND). */
export type FacetSelection = Partial<Record<Facet, string[]>>;

export interface SearchQuery {
  term: string;
  filters: FacetSelection;
  /** How many hits to load in full (the rest is counted only). */
  limit: number;
}

/** Text with the matched parts marked, as segments (never HTML strings: the UI builds DOM nodes). */
export type Highlighted = { text: string; mark: boolean }[];

export interface SearchHit {
  id: string;
  url: string;
  type: SearchType;
  title: Highlighted;
  excerpt: Highlighted;
  place?: string;
  epoch?: string;
  has3d: boolean;
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  /** Number of hits per facet value for the current term. */
  facets: Record<Facet, Record<string, number>>;
}

export interface SearchBackend {
  readonly name: "pagefind" | "meilisearch";
  search(query: SearchQuery): Promise<SearchResponse>;
  /** Starts loading what the first search needs, so typing gets results sooner. */
  preload(): void;
}

export function emptyFacets(): Record<Facet, Record<string, number>> {
  return { type: {}, place: {}, epoch: {}, has3d: {} };
}

/** Marks the words of `term` (and words starting with them) in `text`; used where a backend gives no highlight. */
export function highlightTerms(text: string, term: string): Highlighted {
  const words = (term.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1);
  if (words.length === 0 || !text) return [{ text, mark: false }];
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})[\\p{L}\\p{N}]*`, "giu");
  const segments: Highlighted = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), mark: false });
    segments.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}

/**
 * Splits text that contains start/end markers into segments. Markers are control characters the
 * content never contains, so user content is never interpreted as markup.
 */
export function splitMarked(text: string, start = "\u0002", end = "\u0003"): Highlighted {
  const segments: Highlighted = [];
  let rest = text;
  while (rest) {
    const open = rest.indexOf(start);
    if (open < 0) {
      segments.push({ text: rest, mark: false });
      break;
    }
    if (open > 0) segments.push({ text: rest.slice(0, open), mark: false });
    const close = rest.indexOf(end, open + start.length);
    const stop = close < 0 ? rest.length : close;
    segments.push({ text: rest.slice(open + start.length, stop), mark: true });
    rest = close < 0 ? "" : rest.slice(close + end.length);
  }
  return segments.filter((segment) => segment.text);
}
