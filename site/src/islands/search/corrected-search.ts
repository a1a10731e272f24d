/**
 * "Did you mean": when a search finds nothing, or only loose matches, the term is corrected
 * against the site's word list and searched again; the correction is kept only if it finds
 * something. Pagefind needs this; Meilisearch forgives most typos itself.
 */
import { correctQuery, resultsMatchWords } from "../../lib/search/did-you-mean.ts";
import type { FacetSelection, SearchBackend, SearchResponse } from "../../lib/search/search-backend.ts";

export interface CorrectedSearch {
  response: SearchResponse;
  /** The corrected term whose results are shown, when the visitor's term was replaced. */
  correction?: string;
  /** How many results the visitor's own term found. */
  originalTotal: number;
}

export async function searchWithCorrection(
  backend: SearchBackend,
  query: { term: string; filters: FacetSelection; limit: number },
  loadWords: () => Promise<string[]>,
): Promise<CorrectedSearch> {
  const response = await backend.search(query);
  const originalTotal = response.total;
  const marked = response.hits.flatMap((hit) =>
    [...hit.title, ...hit.excerpt].filter((s) => s.mark).map((s) => s.text),
  );
  if (!query.term || (response.total > 0 && resultsMatchWords(query.term, marked))) {
    return { response, originalTotal };
  }
  const corrected = correctQuery(query.term, await loadWords());
  if (!corrected) return { response, originalTotal };
  const retry = await backend.search({ ...query, term: corrected });
  return retry.total > 0
    ? { response: retry, correction: corrected, originalTotal }
    : { response, originalTotal };
}

/** The site's word list (built with the index), fetched once; an empty list when it is missing. */
export function wordListLoader(wordsPath: string): () => Promise<string[]> {
  let words: Promise<string[]> | undefined;
  return () => {
    words ??= fetch(wordsPath)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    return words;
  };
}
