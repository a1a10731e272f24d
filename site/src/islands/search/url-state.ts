/**
 * The search in the address bar (`?q=…&type=…`): the no-JS form and shared links land with it, and
 * every search writes it back, so a link always reopens what the visitor saw.
 */
import { FACETS, type FacetSelection } from "../../lib/search/search-backend.ts";

export interface SearchState {
  term: string;
  selection: FacetSelection;
}

export function readUrlState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection: FacetSelection = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet);
    if (values.length > 0) selection[facet] = values;
  }
  return { term: params.get("q") ?? "", selection };
}

export function writeUrlState({ term, selection }: SearchState): void {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const facet of FACETS) for (const value of selection[facet] ?? []) params.append(facet, value);
  const query = params.toString();
  history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}`);
}
