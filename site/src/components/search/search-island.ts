/**
 * The search island: enhances the plain search form of SearchPage.astro (which works without
 * JavaScript as a GET form) with results as you type, grouped by type, facets, highlighting,
 * keyboard navigation and "did you mean". One UI for both backends (Pagefind, Meilisearch).
 *
 * Markup contract (rendered by SearchPage.astro):
 *   <showroom-search>
 *     <script type="application/json" data-search-config>{…SearchClientConfig}</script>
 *     <form data-search-form> <input name="q" data-search-input> </form>
 *     <p data-search-status role="status"></p>
 *     <div data-search-facets></div>
 *     <div data-search-results></div>
 *   </showroom-search>
 */
import { SEARCH_TYPE_LABELS, SEARCH_TYPES } from "@showroom/content-types/search-document";
import { correctQuery, resultsMatchWords } from "../../lib/search/did-you-mean.ts";
import { MeilisearchBackend } from "../../lib/search/meilisearch-backend.ts";
import { PagefindBackend } from "../../lib/search/pagefind-backend.ts";
import {
  FACETS,
  type Facet,
  type FacetSelection,
  type Highlighted,
  type SearchBackend,
  type SearchHit,
  type SearchResponse,
} from "../../lib/search/search-backend.ts";
import type { SearchClientConfig } from "../../lib/search/search-config.ts";
import { SEARCH_LABELS, type SearchLabels } from "../../lib/search/search-labels.ts";

/** Hits loaded in full per search (Pagefind fetches one fragment per hit); the total is counted anyway. */
const RESULT_LIMIT = 20;
const DEBOUNCE_MS = 150;

function createBackend(config: SearchClientConfig): SearchBackend {
  return config.backend === "meilisearch"
    ? new MeilisearchBackend({ host: config.host, searchKey: config.searchKey, indexUid: config.indexUid })
    : new PagefindBackend(config.bundlePath);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function highlighted(segments: Highlighted): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of segments) fragment.append(segment.mark ? el("mark", {}, segment.text) : segment.text);
  return fragment;
}

class ShowroomSearch extends HTMLElement {
  private config!: SearchClientConfig;
  private labels!: SearchLabels;
  private backend!: SearchBackend;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private facetsBox!: HTMLElement;
  private resultsBox!: HTMLElement;
  private selection: FacetSelection = {};
  private limit = RESULT_LIMIT;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private words: Promise<string[]> | undefined;

  connectedCallback(): void {
    const configNode = this.querySelector("[data-search-config]");
    this.config = JSON.parse(configNode?.textContent ?? "{}") as SearchClientConfig;
    this.labels = SEARCH_LABELS[this.config.locale];
    this.backend = createBackend(this.config);
    this.input = this.querySelector("[data-search-input]") as HTMLInputElement;
    this.status = this.querySelector("[data-search-status]") as HTMLElement;
    this.facetsBox = this.querySelector("[data-search-facets]") as HTMLElement;
    this.resultsBox = this.querySelector("[data-search-results]") as HTMLElement;
    const form = this.querySelector("[data-search-form]") as HTMLFormElement;

    // State from the URL: the no-JS form and shared links land here with ?q=…&type=…
    const params = new URLSearchParams(location.search);
    this.input.value = params.get("q") ?? "";
    for (const facet of FACETS) {
      const values = params.getAll(facet);
      if (values.length > 0) this.selection[facet] = values;
    }

    this.input.addEventListener("input", () => {
      this.limit = RESULT_LIMIT;
      this.schedule();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
    this.input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") {
        const first = this.resultLinks()[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    this.resultsBox.addEventListener("keydown", (event) => this.onResultsKey(event));
    this.setAttribute("data-ready", "");
    if (this.input.value || Object.keys(this.selection).length > 0) this.run();
    else {
      this.status.textContent = this.labels.prompt;
      // Visitors came here to search: fetch the index while they start typing.
      this.input.addEventListener("focus", () => this.backend.preload(), { once: true });
      if ("requestIdleCallback" in window) requestIdleCallback(() => this.backend.preload());
    }
  }

  private resultLinks(): HTMLAnchorElement[] {
    return [...this.resultsBox.querySelectorAll<HTMLAnchorElement>("a[data-result]")];
  }

  /** Arrow keys move through the results, Home/End jump, Escape returns to the search field. */
  private onResultsKey(event: KeyboardEvent): void {
    const links = this.resultLinks();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    let target: HTMLElement | undefined;
    if (event.key === "ArrowDown") target = links[Math.min(index + 1, links.length - 1)];
    else if (event.key === "ArrowUp") target = index === 0 ? this.input : links[index - 1];
    else if (event.key === "Home") target = links[0];
    else if (event.key === "End") target = links[links.length - 1];
    else if (event.key === "Escape") target = this.input;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  private updateUrl(term: string): void {
    const params = new URLSearchParams();
    if (term) params.set("q", term);
    for (const facet of FACETS) for (const value of this.selection[facet] ?? []) params.append(facet, value);
    const query = params.toString();
    history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}`);
  }

  private loadWords(): Promise<string[]> {
    this.words ??= fetch(this.config.wordsPath)
      .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
      .catch(() => []);
    return this.words;
  }

  async run(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const term = this.input.value.trim();
    this.updateUrl(term);
    this.setAttribute("aria-busy", "true");
    try {
      let response = await this.backend.search({ term, filters: this.selection, limit: this.limit });
      let correction: string | undefined;
      const originalTotal = response.total;
      const marked = response.hits.flatMap((hit) =>
        [...hit.title, ...hit.excerpt].filter((s) => s.mark).map((s) => s.text),
      );
      if (term && (response.total === 0 || !resultsMatchWords(term, marked))) {
        // A typo: Pagefind finds nothing or only loose matches; Meilisearch forgives most typos itself.
        const corrected = correctQuery(term, await this.loadWords());
        if (corrected) {
          const retry = await this.backend.search({
            term: corrected,
            filters: this.selection,
            limit: this.limit,
          });
          if (retry.total > 0) {
            response = retry;
            correction = corrected;
          }
        }
      }
      if (generation !== this.generation) return; // a newer search is on its way
      this.render(term, response, correction, originalTotal);
    } catch (error) {
      if (generation !== this.generation || (error as Error).name === "AbortError") return;
      console.warn("search failed", error);
      this.status.textContent = this.labels.error;
      this.resultsBox.replaceChildren();
    } finally {
      if (generation === this.generation) this.removeAttribute("aria-busy");
    }
  }

  private render(
    term: string,
    response: SearchResponse,
    correction: string | undefined,
    originalTotal: number,
  ): void {
    const t = this.labels;
    this.renderFacets(response);
    if (!term && Object.keys(this.selection).length === 0) {
      this.status.textContent = t.prompt;
      this.resultsBox.replaceChildren();
      return;
    }
    const notices: HTMLElement[] = [];
    if (correction) {
      const button = el(
        "button",
        { type: "button", class: "search-suggestion", "data-did-you-mean": correction },
        correction,
      );
      button.addEventListener("click", () => {
        this.input.value = correction;
        this.run();
      });
      const lead = originalTotal === 0 ? `${t.noResults(term)} ` : "";
      notices.push(el("p", { class: "search-correction" }, lead, t.didYouMean, " ", button, "?"));
      notices.push(el("p", {}, t.showingInstead(correction)));
    }
    this.status.textContent =
      response.total === 0
        ? t.noResults(term)
        : `${t.results(response.total)}${correction ? ` (${correction})` : ""}`;

    const groups = new Map<string, SearchHit[]>();
    for (const hit of response.hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
    const sections: HTMLElement[] = [];
    for (const type of SEARCH_TYPES) {
      const hits = groups.get(type);
      if (!hits) continue;
      const headingId = `search-group-${type}`;
      const list = el("ol", { class: "search-hits" });
      for (const hit of hits) list.append(this.renderHit(hit));
      sections.push(
        el(
          "section",
          { class: "search-group", "aria-labelledby": headingId, "data-group": type },
          // The count of the whole result, not only of the hits loaded so far.
          el(
            "h2",
            { id: headingId },
            `${SEARCH_TYPE_LABELS[this.config.locale][type]} (${response.facets.type[type] ?? hits.length})`,
          ),
          list,
        ),
      );
    }
    const hint = response.hits.length > 0 ? [el("p", { class: "search-hint" }, t.keyboardHint)] : [];
    const more: HTMLElement[] = [];
    if (response.total > response.hits.length) {
      const button = el("button", { type: "button", class: "search-more", "data-search-more": "" }, t.more);
      const loaded = response.hits.length;
      button.addEventListener("click", async () => {
        this.limit += RESULT_LIMIT;
        await this.run();
        // Continue where the visitor was: the first newly loaded hit.
        this.resultLinks()[loaded]?.focus();
      });
      more.push(button);
    }
    this.resultsBox.replaceChildren(...notices, ...hint, ...sections, ...more);
  }

  private renderHit(hit: SearchHit): HTMLElement {
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
              hit.has3d ? `${details ? " · " : ""}${this.labels.has3dValue}` : "",
            ),
          ]
        : []),
      ...(hit.excerpt.length > 0 ? [el("p", { class: "search-hit-excerpt" }, highlighted(hit.excerpt))] : []),
    );
  }

  private facetLabel(facet: Facet, value: string): string {
    if (facet === "type")
      return SEARCH_TYPE_LABELS[this.config.locale][value as (typeof SEARCH_TYPES)[number]] ?? value;
    if (facet === "has3d") return this.labels.has3dValue;
    return value;
  }

  private renderFacets(response: SearchResponse): void {
    const t = this.labels;
    const legends: Record<Facet, string> = {
      type: t.facetType,
      place: t.facetPlace,
      epoch: t.facetEpoch,
      has3d: t.facetHas3d,
    };
    const groups: HTMLElement[] = [];
    for (const facet of FACETS) {
      const counts = { ...response.facets[facet] };
      // Selected values stay visible (with 0) so they can be unchecked.
      for (const value of this.selection[facet] ?? []) counts[value] ??= 0;
      const values = Object.entries(counts).filter(
        ([value, count]) => count > 0 || this.selection[facet]?.includes(value),
      );
      if (values.length === 0) continue;
      values.sort(([a], [b]) =>
        facet === "type"
          ? SEARCH_TYPES.indexOf(a as never) - SEARCH_TYPES.indexOf(b as never)
          : a.localeCompare(b, this.config.locale),
      );
      const fieldset = el(
        "fieldset",
        { class: "search-facet", "data-facet": facet },
        el("legend", {}, legends[facet]),
      );
      for (const [value, count] of values) {
        const checkbox = el("input", { type: "checkbox", name: facet, value });
        checkbox.checked = this.selection[facet]?.includes(value) ?? false;
        checkbox.addEventListener("change", () => {
          const current = new Set(this.selection[facet] ?? []);
          if (checkbox.checked) current.add(value);
          else current.delete(value);
          if (current.size > 0) this.selection[facet] = [...current];
          else delete this.selection[facet];
          this.limit = RESULT_LIMIT;
          this.run();
        });
        fieldset.append(
          el(
            "label",
            {},
            checkbox,
            ` ${this.facetLabel(facet, value)} `,
            el("span", { class: "count" }, `(${count})`),
          ),
        );
      }
      groups.push(fieldset);
    }
    if (Object.keys(this.selection).length > 0) {
      const clear = el("button", { type: "button", class: "search-clear" }, t.clearFilters);
      clear.addEventListener("click", () => {
        this.selection = {};
        this.limit = RESULT_LIMIT;
        this.run();
      });
      groups.push(clear);
    }
    // Keep focus on a checkbox the visitor just used, across the re-render.
    const focused = document.activeElement as HTMLInputElement | null;
    const refocus =
      focused?.type === "checkbox" && this.facetsBox.contains(focused)
        ? `${focused.name}\u0000${focused.value}`
        : undefined;
    this.facetsBox.replaceChildren(
      ...(groups.length > 0 ? [el("h2", { class: "visually-hidden" }, t.filters), ...groups] : []),
    );
    if (refocus) {
      const [name, value] = refocus.split("\u0000");
      [...this.facetsBox.querySelectorAll<HTMLInputElement>("input[type=checkbox]")]
        .find((box) => box.name === name && box.value === value)
        ?.focus();
    }
  }
}

if (!customElements.get("showroom-search")) customElements.define("showroom-search", ShowroomSearch);
