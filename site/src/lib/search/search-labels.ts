/** Interface texts of the search, in both languages (content texts come from the index). */
import { stringTable } from "../i18n/string-table.ts";

const de = {
  heading: "Suche",
  label: "Suchbegriff",
  placeholder: "z. B. Starigard, Taufengel, Konzert",
  submit: "Suchen",
  filters: "Filter",
  facetType: "Art",
  facetPlace: "Ort",
  facetEpoch: "Epoche",
  facetHas3d: "3D-Modell",
  has3dValue: "mit 3D-Modell",
  clearFilters: "Filter zurücksetzen",
  more: "Weitere Treffer laden",
  results: (count: number) => (count === 1 ? "1 Treffer" : `${count} Treffer`),
  noResults: (term: string) => `Keine Treffer für „${term}“.`,
  didYouMean: "Meinten Sie",
  showingInstead: (term: string) => `Ergebnisse für „${term}“:`,
  prompt: "Geben Sie einen Suchbegriff ein oder wählen Sie einen Filter.",
  noScript:
    "Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Inhalte über die Übersichten: Objekte, Orte, Touren und Veranstaltungen.",
  error: "Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.",
  keyboardHint: "Mit den Pfeiltasten durch die Treffer, mit Escape zurück ins Suchfeld.",
};

export type SearchLabels = typeof de;

const en: SearchLabels = {
  heading: "Search",
  label: "Search term",
  placeholder: "e.g. Starigard, baptismal angel, concert",
  submit: "Search",
  filters: "Filters",
  facetType: "Type",
  facetPlace: "Place",
  facetEpoch: "Epoch",
  facetHas3d: "3D model",
  has3dValue: "with 3D model",
  clearFilters: "Clear filters",
  more: "Load more results",
  results: (count: number) => (count === 1 ? "1 result" : `${count} results`),
  noResults: (term: string) => `No results for “${term}”.`,
  didYouMean: "Did you mean",
  showingInstead: (term: string) => `Results for “${term}”:`,
  prompt: "Enter a search term or choose a filter.",
  noScript:
    "Search needs JavaScript. Without it, you find all content through the overviews: objects, places, tours and events.",
  error: "Search is not available right now. Please try again later.",
  keyboardHint: "Use the arrow keys to move through the results, Escape to return to the search field.",
};

/** The search texts of one language (the search island bundles only these). */
export const searchLabels = stringTable("search texts", { de, en });
