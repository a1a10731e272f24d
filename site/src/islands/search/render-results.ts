/**
 * The results area: the "did you mean" notice, the keyboard hint, hits grouped by type (in the
 * order of SEARCH_TYPES, each heading with the count of the whole result) and "more results".
 */
import { SEARCH_TYPE_LABELS, SEARCH_TYPES } from "@showroom/content-types/search-document";
import type { SearchHit } from "../../lib/search/search-backend.ts";
import type { SearchLabels } from "../../lib/search/search-labels.ts";
import type { CorrectedSearch } from "./corrected-search.ts";
import { el, highlighted } from "./dom.ts";

export interface ResultsView {
  /** The line read out by screen readers (role=status). */
  status: string;
  children: HTMLElement[];
}

export interface ResultActions {
  /** The visitor chose the suggested correction. */
  searchFor(term: string): void;
  /** The visitor asked for more results; `loaded` hits are shown already. */
  loadMore(loaded: number): void;
}

export function renderResults(
  term: string,
  { response, correction, originalTotal }: CorrectedSearch,
  labels: SearchLabels,
  locale: "de" | "en",
  actions: ResultActions,
): ResultsView {
  const notices: HTMLElement[] = [];
  if (correction) {
    const button = el(
      "button",
      { type: "button", class: "search-suggestion", "data-did-you-mean": correction },
      correction,
    );
    button.addEventListener("click", () => actions.searchFor(correction));
    const lead = originalTotal === 0 ? `${labels.noResults(term)} ` : "";
    notices.push(el("p", { class: "search-correction" }, lead, labels.didYouMean, " ", button, "?"));
    notices.push(el("p", {}, labels.showingInstead(correction)));
  }
  const status =
    response.total === 0
      ? labels.noResults(term)
      : `${labels.results(response.total)}${correction ? ` (${correction})` : ""}`;

  const groups = new Map<string, SearchHit[]>();
  for (const hit of response.hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  const sections: HTMLElement[] = [];
  for (const type of SEARCH_TYPES) {
    const hits = groups.get(type);
    if (!hits) continue;
    const headingId = `search-group-${type}`;
    const list = el("ol", { class: "search-hits" });
    for (const hit of hits) list.append(renderHit(hit, labels));
    sections.push(
      el(
        "section",
        { class: "search-group", "aria-labelledby": headingId, "data-group": type },
        // The count of the whole result, not only of the hits loaded so far.
        el(
          "h2",
          { id: headingId },
          `${SEARCH_TYPE_LABELS[locale][type]} (${response.facets.type[type] ?? hits.length})`,
        ),
        list,
      ),
    );
  }
  const hint = response.hits.length > 0 ? [el("p", { class: "search-hint" }, labels.keyboardHint)] : [];
  const more: HTMLElement[] = [];
  if (response.total > response.hits.length) {
    const button = el(
      "button",
      { type: "button", class: "search-more", "data-search-more": "" },
      labels.more,
    );
    const loaded = response.hits.length;
    button.addEventListener("click", () => actions.loadMore(loaded));
    more.push(button);
  }
  return { status, children: [...notices, ...hint, ...sections, ...more] };
}

function renderHit(hit: SearchHit, labels: SearchLabels): HTMLElement {
  const details = [hit.place, hit.epoch].filter(Boolean).join(" · ");
  return el(
    "li",
    { class: "search-hit" },
    el("a", { href: hit.url, "data-result": "", "data-type": hit.type }, highlighted(hit.title)),
    ...(details || hit.has3d
      ? [
          el(
            "p",
            { class: "search-hit-meta" },
            details,
            hit.has3d ? `${details ? " · " : ""}${labels.has3dValue}` : "",
          ),
        ]
      : []),
    ...(hit.excerpt.length > 0 ? [el("p", { class: "search-hit-excerpt" }, highlighted(hit.excerpt))] : []),
  );
}
