// Generated from content-types/src/contracts/search-index-settings.ts by `npm run generate -w content-types` — do not edit.
/**
 * Meilisearch index settings per locale: what is searched, filtered and sorted, which words are
 * ignored, and which names mean the same place.
 *
 * Used by the CMS indexer (a generated copy in `cms/src/generated/`) and the reindex CLI. Imports
 * only the search document, whose fields these lists name.
 *
 * @example
 *   await index.updateSettings(indexSettings("de"));
 */
import type { SearchLocale } from "./search-document";

/** Short, frequent words that carry no meaning for a search. Kept small: Meilisearch ranks well without. */
export const STOP_WORDS = {
  de: [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "und",
    "oder",
    "aber",
    "im",
    "in",
    "am",
    "an",
    "auf",
    "aus",
    "bei",
    "mit",
    "nach",
    "von",
    "vom",
    "zu",
    "zum",
    "zur",
    "für",
    "über",
    "unter",
    "vor",
    "ist",
    "sind",
    "war",
    "wurde",
    "wird",
    "als",
    "auch",
    "es",
    "sich",
    "nicht",
    "noch",
    "wie",
    "so",
    "dass",
  ],
  en: [
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "into",
    "than",
    "then",
    "there",
    "not",
  ],
} as const;

/**
 * Names visitors use for the same thing. Meilisearch applies a synonym list both ways when each
 * word lists the others. Groups are per locale because the names differ ("Wall" vs "rampart").
 */
export const SYNONYM_GROUPS = {
  de: [
    ["wall", "burgwall", "starigard", "oldenburger wall", "ringwall"],
    ["kirche", "st.-johannis-kirche", "johanniskirche"],
    ["museum", "wallmuseum"],
    ["livestream", "übertragung", "stream"],
    ["stadtvertretung", "ratssitzung", "sitzung"],
  ],
  en: [
    ["rampart", "wall", "starigard", "oldenburg wall", "ring fort", "hillfort"],
    ["church", "st john's church", "st. john's church"],
    ["livestream", "stream", "broadcast"],
    ["council", "council meeting", "town council"],
  ],
} as const;

/** Expands synonym groups into Meilisearch's map form: every word lists the others of its group. */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) {
      const others = group.filter((other) => other !== word);
      map[word] = [...new Set([...(map[word] ?? []), ...others])];
    }
  }
  return map;
}

export interface MeilisearchIndexSettings {
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  displayedAttributes: string[];
  stopWords: string[];
  synonyms: Record<string, string[]>;
  rankingRules: string[];
  typoTolerance: { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
}

/** The settings of the index of `locale`. The field lists match search-document.ts. */
export function indexSettings(locale: SearchLocale): MeilisearchIndexSettings {
  return {
    // Order is ranking: a hit in the title beats one in the text.
    searchableAttributes: ["title", "summary", "place", "text"],
    filterableAttributes: ["type", "place", "epoch", "has3d", "locale", "documentId"],
    sortableAttributes: ["title", "year", "date"],
    displayedAttributes: ["*"],
    stopWords: [...STOP_WORDS[locale]],
    synonyms: synonymMap(SYNONYM_GROUPS[locale]),
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    // Meilisearch's defaults (5/9) would not forgive "Starigrad" (9 letters, two edits): allow two from 8.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  };
}
