/**
 * The search island: enhances the plain search form of SearchPage.astro (which works without
 * JavaScript as a GET form) with results as you type, grouped by type, facets, highlighting,
 * keyboard navigation and "did you mean". One UI for both backends (Pagefind, Meilisearch).
 * Each feature is its own module; this element holds the state and runs a search.
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
import { MeilisearchBackend } from "../../lib/search/meilisearch-backend.ts";
import { PagefindBackend } from "../../lib/search/pagefind-backend.ts";
import type { FacetSelection, SearchBackend } from "../../lib/search/search-backend.ts";
import type { SearchClientConfig } from "../../lib/search/search-config.ts";
import { type SearchLabels, searchLabels } from "../../lib/search/search-labels.ts";
import { searchWithCorrection, wordListLoader } from "./corrected-search.ts";
import { resultLinks, wireResultKeys } from "./keyboard.ts";
import { renderFacets } from "./render-facets.ts";
import { renderResults } from "./render-results.ts";
import { readUrlState, writeUrlState } from "./url-state.ts";

/** Hits loaded in full per search (Pagefind fetches one fragment per hit); the total is counted anyway. */
const RESULT_LIMIT = 20;
const DEBOUNCE_MS = 150;

function createBackend(config: SearchClientConfig): SearchBackend {
  return config.backend === "meilisearch"
    ? new MeilisearchBackend({ host: config.host, searchKey: config.searchKey, indexUid: config.indexUid })
    : new PagefindBackend(config.bundlePath);
}

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<showroom-search> needs a ${selector} element (see SearchPage.astro)`);
  return found;
}

class ShowroomSearch extends HTMLElement {
  private config!: SearchClientConfig;
  private labels!: SearchLabels;
  private backend!: SearchBackend;
  private loadWords!: () => Promise<string[]>;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private facetsBox!: HTMLElement;
  private resultsBox!: HTMLElement;
  private selection: FacetSelection = {};
  private limit = RESULT_LIMIT;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  connectedCallback(): void {
    this.config = JSON.parse(
      this.querySelector("[data-search-config]")?.textContent ?? "{}",
    ) as SearchClientConfig;
    this.labels = searchLabels(this.config.locale);
    this.backend = createBackend(this.config);
    this.loadWords = wordListLoader(this.config.wordsPath);
    this.input = part<HTMLInputElement>(this, "[data-search-input]");
    this.status = part<HTMLElement>(this, "[data-search-status]");
    this.facetsBox = part<HTMLElement>(this, "[data-search-facets]");
    this.resultsBox = part<HTMLElement>(this, "[data-search-results]");

    const state = readUrlState(location.search);
    this.input.value = state.term;
    this.selection = state.selection;

    this.input.addEventListener("input", () => {
      this.limit = RESULT_LIMIT;
      this.schedule();
    });
    part<HTMLFormElement>(this, "[data-search-form]").addEventListener("submit", (event) => {
      event.preventDefault();
      this.run();
    });
    wireResultKeys(this.input, this.resultsBox);
    this.setAttribute("data-ready", "");
    if (this.input.value || Object.keys(this.selection).length > 0) this.run();
    else {
      this.status.textContent = this.labels.prompt;
      // Visitors came here to search: fetch the index while they start typing.
      this.input.addEventListener("focus", () => this.backend.preload(), { once: true });
      if ("requestIdleCallback" in window) requestIdleCallback(() => this.backend.preload());
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  async run(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const term = this.input.value.trim();
    writeUrlState({ term, selection: this.selection });
    this.setAttribute("aria-busy", "true");
    try {
      const result = await searchWithCorrection(
        this.backend,
        { term, filters: this.selection, limit: this.limit },
        this.loadWords,
      );
      if (generation !== this.generation) return; // a newer search is on its way
      renderFacets(
        this.facetsBox,
        result.response,
        this.selection,
        this.labels,
        this.config.locale,
        (selection) => {
          this.selection = selection;
          this.limit = RESULT_LIMIT;
          this.run();
        },
      );
      if (!term && Object.keys(this.selection).length === 0) {
        this.status.textContent = this.labels.prompt;
        this.resultsBox.replaceChildren();
        return;
      }
      const view = renderResults(term, result, this.labels, this.config.locale, {
        searchFor: (corrected) => {
          this.input.value = corrected;
          this.run();
        },
        loadMore: async (loaded) => {
          this.limit += RESULT_LIMIT;
          await this.run();
          // Continue where the visitor was: the first newly loaded hit.
          resultLinks(this.resultsBox)[loaded]?.focus();
        },
      });
      this.status.textContent = view.status;
      this.resultsBox.replaceChildren(...view.children);
    } catch (error) {
      if (generation !== this.generation || (error as Error).name === "AbortError") return;
      console.warn("search failed", error);
      this.status.textContent = this.labels.error;
      this.resultsBox.replaceChildren();
    } finally {
      if (generation === this.generation) this.removeAttribute("aria-busy");
    }
  }
}

if (!customElements.get("showroom-search")) customElements.define("showroom-search", ShowroomSearch);
