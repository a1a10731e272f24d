/**
 * Search against Meilisearch, when the site is built with PUBLIC_MEILISEARCH_HOST and a
 * search-only key. The host is the operator's own service (a configured first party, not a third
 * party); the key can only search the showroom indexes, never write.
 */
import { SEARCH_TYPES, type SearchType } from "@showroom/content-types/search-document";
import {
  emptyFacets,
  FACETS,
  type SearchBackend,
  type SearchHit,
  type SearchQuery,
  type SearchResponse,
  splitMarked,
} from "./search-backend.ts";

export interface MeilisearchBackendOptions {
  host: string;
  searchKey: string;
  indexUid: string;
}

/** Meilisearch filter syntax: values in double quotes, quotes and backslashes escaped. */
export function filterExpression(filters: SearchQuery["filters"]): string[][] {
  const groups: string[][] = [];
  for (const facet of FACETS) {
    const values = filters[facet];
    if (!values || values.length === 0) continue;
    groups.push(
      values.map((value) =>
        facet === "has3d"
          ? "has3d = true"
          : `${facet} = "${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`,
      ),
    );
  }
  return groups;
}

interface MeiliHit {
  id: string;
  url: string;
  type: string;
  place?: string;
  epoch?: string;
  has3d?: boolean;
  _formatted?: { title?: string; summary?: string; text?: string };
}

export class MeilisearchBackend implements SearchBackend {
  readonly name = "meilisearch";
  private readonly options: MeilisearchBackendOptions;
  private controller: AbortController | undefined;

  constructor(options: MeilisearchBackendOptions) {
    this.options = { ...options, host: options.host.replace(/\/+$/, "") };
  }

  preload(): void {
    // Nothing to load: each search is one request.
  }

  async search(query: SearchQuery): Promise<SearchResponse> {
    const filter = filterExpression(query.filters);
    if (!query.term.trim() && filter.length === 0) return { total: 0, hits: [], facets: emptyFacets() };
    // Only the newest search matters while typing.
    this.controller?.abort();
    this.controller = new AbortController();
    const response = await fetch(`${this.options.host}/indexes/${this.options.indexUid}/search`, {
      method: "POST",
      signal: this.controller.signal,
      headers: { authorization: `Bearer ${this.options.searchKey}`, "content-type": "application/json" },
      body: JSON.stringify({
        q: query.term,
        filter,
        facets: [...FACETS],
        limit: query.limit,
        attributesToHighlight: ["title", "summary"],
        attributesToCrop: ["text"],
        cropLength: 24,
        highlightPreTag: "\u0002",
        highlightPostTag: "\u0003",
      }),
    });
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
    const body = (await response.json()) as {
      hits: MeiliHit[];
      estimatedTotalHits?: number;
      totalHits?: number;
      facetDistribution?: Record<string, Record<string, number>>;
    };
    const hits: SearchHit[] = body.hits.map((raw) => {
      const formatted = raw._formatted ?? {};
      const excerptSource = formatted.text?.includes("\u0002")
        ? formatted.text
        : formatted.summary || formatted.text || "";
      const hit: SearchHit = {
        id: raw.id,
        url: raw.url,
        type: (SEARCH_TYPES.includes(raw.type as SearchType) ? raw.type : "item") as SearchType,
        title: splitMarked(formatted.title ?? raw.url),
        excerpt: splitMarked(excerptSource),
        has3d: raw.has3d === true,
      };
      if (raw.place) hit.place = raw.place;
      if (raw.epoch) hit.epoch = raw.epoch;
      return hit;
    });
    const facets = emptyFacets();
    for (const facet of FACETS) facets[facet] = { ...(body.facetDistribution?.[facet] ?? {}) };
    // Pagefind names the 3D facet value "yes"; Meilisearch stores a boolean. Show one name.
    facets.has3d = facets.has3d.true ? { yes: facets.has3d.true } : {};
    return { total: body.totalHits ?? body.estimatedTotalHits ?? hits.length, hits, facets };
  }
}
