/**
 * The embedded search: Pagefind's index in `/pagefind/`, built with the site (see
 * pagefind-integration.ts). Loaded on first use with a dynamic import of `pagefind.js` from the
 * same origin; Pagefind then fetches only the index chunks a search needs.
 */
import { SEARCH_TYPES, type SearchType } from "@showroom/content-types/search-document";
import {
  emptyFacets,
  FACETS,
  type Facet,
  type Highlighted,
  highlightTerms,
  type SearchBackend,
  type SearchHit,
  type SearchQuery,
  type SearchResponse,
} from "./search-backend.ts";

/** The part of Pagefind's browser API this backend uses (pagefind.js ships no types for the browser). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{
    results: { id: string; data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
    unfilteredResultCount: number;
  } | null>;
}

/** Pagefind excerpts are HTML with `<mark>`; turn them into segments without ever inserting HTML. */
export function excerptSegments(html: string): Highlighted {
  const template = document.createElement("template");
  template.innerHTML = html;
  const segments: Highlighted = [];
  for (const node of template.content.childNodes) {
    const text = node.textContent ?? "";
    if (text) segments.push({ text, mark: node.nodeName === "MARK" });
  }
  return segments;
}

export class PagefindBackend implements SearchBackend {
  readonly name = "pagefind";
  private api: Promise<PagefindApi> | undefined;
  private readonly bundlePath: string;

  /** `bundlePath`: where the index lives, e.g. `/pagefind/` (with the site's base path). */
  constructor(bundlePath: string) {
    this.bundlePath = bundlePath.endsWith("/") ? bundlePath : `${bundlePath}/`;
  }

  private load(): Promise<PagefindApi> {
    this.api ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${this.bundlePath}pagefind.js`)) as PagefindApi;
      await api.options({ bundlePath: this.bundlePath, excerptLength: 24 });
      await api.init();
      // Loads the filter index; without it searches come back without facet counts.
      await api.filters();
      return api;
    })();
    return this.api;
  }

  preload(): void {
    this.load().catch(() => undefined); // the search reports the error when it runs
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    const api = await this.load();
    const filters: Record<string, { any: string[] }> = {};
    for (const facet of FACETS) {
      const values = query.filters[facet];
      if (values && values.length > 0) filters[facet] = { any: values };
    }
    const term = query.term.trim();
    if (!term && Object.keys(filters).length === 0) return { total: 0, hits: [], facets: emptyFacets() };
    const search = await api.search(term || null, { filters });
    if (!search) return { total: 0, hits: [], facets: emptyFacets() }; // a newer search replaced this one
    const data = await Promise.all(search.results.slice(0, query.limit).map((result) => result.data()));
    const hits: SearchHit[] = data.map((result, index) => {
      const type = (result.filters.type?.[0] ?? "item") as SearchType;
      const hit: SearchHit = {
        id: search.results[index]?.id ?? result.url,
        url: result.url,
        type: SEARCH_TYPES.includes(type) ? type : "item",
        title: highlightTerms(result.meta.title ?? result.url, term),
        excerpt: excerptSegments(result.excerpt),
        has3d: (result.filters.has3d ?? []).length > 0,
      };
      const place = result.filters.place?.[0];
      const epoch = result.filters.epoch?.[0];
      if (place) hit.place = place;
      if (epoch) hit.epoch = epoch;
      return hit;
    });
    const facets = emptyFacets();
    for (const facet of FACETS) facets[facet as Facet] = { ...(search.filters[facet] ?? {}) };
    return { total: search.results.length, hits, facets };
  }
}
