/**
 * "Did you mean": the closest known word for a mistyped one, e.g. "Starigrad" → "Starigard".
 * Pagefind matches prefixes but forgives no typos, so the site ships a word list (titles, places,
 * summaries; see build-word-list.ts) and suggests from it when a search finds nothing.
 *
 * @example
 *   suggest("Starigrad", ["starigard", "stadtkirche"]) // "starigard"
 */

/** Lower case without diacritics, so "Müller" and "muller" compare equal. */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase("de").normalize("NFD").replace(/\p{M}/gu, "");
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of neighbours counts as one edit),
 * stopping early once every path exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    const prev = d[i - 1] as number[];
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** How many edits a word of this length may have: none below 4 letters, one up to 7, two from 8. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The closest word of `words` to `word` within the allowed edits, or undefined when `word` is
 * itself known (or a prefix of a known word, which Pagefind finds anyway) or nothing is close.
 * Ties go to the word listed first (the list is ordered by frequency).
 */
export function suggest(word: string, words: readonly string[]): string | undefined {
  const folded = foldWord(word);
  const max = allowedEdits(folded.length);
  if (max === 0) return undefined;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    const target = foldWord(candidate);
    if (target === folded || target.startsWith(folded)) return undefined;
    const distance = editDistance(folded, target, max);
    if (distance <= max && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** Splits a query into words the way the word list is built (letters and digits). */
export function queryWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The query with each unknown word replaced by its suggestion; undefined when nothing changed. */
export function correctQuery(query: string, words: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu, (word) => {
    const suggestion = suggest(word, words);
    if (!suggestion) return word;
    changed = true;
    return suggestion;
  });
  return changed ? corrected : undefined;
}

/**
 * Whether a result list really contains the typed words: every word of 4+ letters appears at the
 * start of some highlighted part. Pagefind answers a word it does not know with loose matches
 * ("Starigrad" marks "St."); those do not count, so the UI offers the correction instead.
 */
export function resultsMatchWords(term: string, markedParts: readonly string[]): boolean {
  const marks = markedParts.map((part) => foldWord(part));
  return queryWords(term)
    .filter((word) => word.length >= 4)
    .every((word) => {
      const folded = foldWord(word);
      const stem = folded.slice(0, Math.max(4, folded.length - 2));
      return marks.some((mark) => mark.includes(stem));
    });
}
