/**
 * The facet checkboxes (type, place, epoch, 3D) with their counts, and "clear filters". Selected
 * values stay visible (with 0) so they can be unchecked; focus stays on the checkbox just used.
 */
import { SEARCH_TYPE_LABELS, SEARCH_TYPES } from "@showroom/content-types/search-document";
import {
  FACETS,
  type Facet,
  type FacetSelection,
  type SearchResponse,
} from "../../lib/search/search-backend.ts";
import type { SearchLabels } from "../../lib/search/search-labels.ts";
import { el } from "./dom.ts";

export function renderFacets(
  box: HTMLElement,
  response: SearchResponse,
  selection: FacetSelection,
  labels: SearchLabels,
  locale: "de" | "en",
  /** Called with the new selection when the visitor checks, unchecks or clears. */
  onChange: (selection: FacetSelection) => void,
): void {
  const legends: Record<Facet, string> = {
    type: labels.facetType,
    place: labels.facetPlace,
    epoch: labels.facetEpoch,
    has3d: labels.facetHas3d,
  };
  const valueLabel = (facet: Facet, value: string): string => {
    if (facet === "type") return SEARCH_TYPE_LABELS[locale][value as (typeof SEARCH_TYPES)[number]] ?? value;
    if (facet === "has3d") return labels.has3dValue;
    return value;
  };
  const groups: HTMLElement[] = [];
  for (const facet of FACETS) {
    const counts = { ...response.facets[facet] };
    for (const value of selection[facet] ?? []) counts[value] ??= 0;
    const values = Object.entries(counts).filter(
      ([value, count]) => count > 0 || selection[facet]?.includes(value),
    );
    if (values.length === 0) continue;
    values.sort(([a], [b]) =>
      facet === "type"
        ? SEARCH_TYPES.indexOf(a as never) - SEARCH_TYPES.indexOf(b as never)
        : a.localeCompare(b, locale),
    );
    const fieldset = el(
      "fieldset",
      { class: "search-facet", "data-facet": facet },
      el("legend", {}, legends[facet]),
    );
    for (const [value, count] of values) {
      const checkbox = el("input", { type: "checkbox", name: facet, value });
      checkbox.checked = selection[facet]?.includes(value) ?? false;
      checkbox.addEventListener("change", () => {
        const current = new Set(selection[facet] ?? []);
        if (checkbox.checked) current.add(value);
        else current.delete(value);
        const next = { ...selection };
        if (current.size > 0) next[facet] = [...current];
        else delete next[facet];
        onChange(next);
      });
      fieldset.append(
        el(
          "label",
          {},
          checkbox,
          ` ${valueLabel(facet, value)} `,
          el("span", { class: "count" }, `(${count})`),
        ),
      );
    }
    groups.push(fieldset);
  }
  if (Object.keys(selection).length > 0) {
    const clear = el("button", { type: "button", class: "search-clear" }, labels.clearFilters);
    clear.addEventListener("click", () => onChange({}));
    groups.push(clear);
  }
  // Keep focus on a checkbox the visitor just used, across the re-render.
  const focused = document.activeElement as HTMLInputElement | null;
  const refocus =
    focused?.type === "checkbox" && box.contains(focused)
      ? { name: focused.name, value: focused.value }
      : undefined;
  box.replaceChildren(
    ...(groups.length > 0 ? [el("h2", { class: "visually-hidden" }, labels.filters), ...groups] : []),
  );
  countSelected(box, selection);
  if (refocus) {
    [...box.querySelectorAll<HTMLInputElement>("input[type=checkbox]")]
      .find((checkbox) => checkbox.name === refocus.name && checkbox.value === refocus.value)
      ?.focus();
  }
}

/** "Filter (2)" on the button the facets fold behind on phones: how many values are checked. */
function countSelected(box: HTMLElement, selection: FacetSelection): void {
  const summary = box.closest("details")?.querySelector<HTMLElement>("[data-filter-summary]");
  if (!summary) return;
  const count = Object.values(selection).reduce((sum, values) => sum + (values?.length ?? 0), 0);
  summary.textContent = count
    ? (summary.dataset.labelSome ?? "{n}").replace("{n}", String(count))
    : (summary.dataset.labelNone ?? "");
}
