/**
 * The word list for "did you mean", per language, from the pages Pagefind indexes: words of titles,
 * filters (places, epochs) and summaries first (these are what visitors type), then the most
 * frequent words of the page text, up to a cap so the list stays small for large collections.
 *
 * @example
 *   const lists = collectWords([{ html, path }]); // { de: ["Starigard", …], en: […] }
 */
import { ELEMENT_NODE, type Node, parse, TEXT_NODE, walkSync } from "ultrahtml";
import { foldWord } from "./did-you-mean.ts";

export interface WordListOptions {
  /** Most words per language (the list is fetched only when a search finds nothing). */
  maxWords?: number;
  /** Shortest word worth suggesting. */
  minLength?: number;
}

export const WORD_LIST_DEFAULTS: Required<WordListOptions> = { maxWords: 8000, minLength: 4 };

const WORD = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;

/** "de-DE" → "de": one list per language, like the search pages ask for. */
export function languageOf(lang: string | undefined): string {
  return (lang ?? "unknown").toLowerCase().split("-")[0] || "unknown";
}

interface Tally {
  /** Preferred spelling (first seen) and counts, keyed by the folded word. */
  spelling: Map<string, string>;
  key: Map<string, number>;
  text: Map<string, number>;
}

function count(map: Map<string, number>, tally: Tally, text: string, minLength: number): void {
  for (const word of text.match(WORD) ?? []) {
    if (word.length < minLength) continue;
    const folded = foldWord(word);
    if (!tally.spelling.has(folded)) tally.spelling.set(folded, word);
    map.set(folded, (map.get(folded) ?? 0) + 1);
  }
}

/** Elements whose text visitors do not read (code, styles, parts Pagefind is told to skip). */
const SKIP = new Set(["script", "style", "template", "noscript", "svg"]);

function textOf(node: Node): string {
  if (node.type === TEXT_NODE) return ` ${node.value}`;
  if (node.type === ELEMENT_NODE) {
    const attributes = node.attributes as Record<string, string>;
    if (SKIP.has(node.name) || "data-pagefind-ignore" in attributes) return "";
  }
  return ((node as { children?: Node[] }).children ?? []).map(textOf).join("");
}

/** Word lists per language of the given pages (only pages marked `data-pagefind-body`). */
export function collectWords(
  pages: Iterable<string>,
  options: WordListOptions = {},
): Record<string, string[]> {
  const { maxWords, minLength } = { ...WORD_LIST_DEFAULTS, ...options };
  const tallies = new Map<string, Tally>();
  for (const html of pages) {
    if (!html.includes("data-pagefind-body")) continue;
    const root = parse(html) as Node;
    let lang: string | undefined;
    const keyTexts: string[] = [];
    const bodies: Node[] = [];
    walkSync(root, (node: Node) => {
      if (node.type !== ELEMENT_NODE) return;
      const attributes = node.attributes as Record<string, string>;
      if (node.name === "html") lang = attributes.lang;
      if ("data-pagefind-body" in attributes) bodies.push(node);
      if (node.name === "h1") keyTexts.push(textOf(node));
      const filter = attributes["data-pagefind-filter"] ?? attributes["data-pagefind-meta"];
      if (filter && !filter.startsWith("type") && !filter.startsWith("has3d") && attributes["data-value"]) {
        keyTexts.push(attributes["data-value"]);
      }
    });
    const language = languageOf(lang);
    let tally = tallies.get(language);
    if (!tally) {
      tally = { spelling: new Map(), key: new Map(), text: new Map() };
      tallies.set(language, tally);
    }
    for (const text of keyTexts) count(tally.key, tally, text, minLength);
    for (const body of bodies) count(tally.text, tally, textOf(body), minLength);
  }
  const lists: Record<string, string[]> = {};
  for (const [language, tally] of tallies) {
    const byCount = (map: Map<string, number>) =>
      [...map.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
    const ordered = [...new Set([...byCount(tally.key), ...byCount(tally.text)])].slice(0, maxWords);
    lists[language] = ordered.map((folded) => tally.spelling.get(folded) ?? folded);
  }
  return lists;
}
