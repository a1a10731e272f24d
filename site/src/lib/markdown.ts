/**
 * Markdown fields from the CMS (descriptions, legal pages) to HTML. Headings are renumbered so the
 * text's top heading gets the level the page needs (`topLevel`, default h2): a page keeps exactly
 * one h1 and no skipped levels. Raw HTML in the source is escaped: editors write Markdown, and a
 * pasted <script> must never reach visitors.
 */
import { escapeHtml } from "@showroom/viewer/render-viewer-html.ts";
import { Lexer, Marked, type Token } from "marked";

// One escaping function for all server-rendered HTML: the viewer's renderer uses it too.
export { escapeHtml };

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

export interface RenderMarkdownOptions {
  /** The level the text's highest heading becomes (2–6). */
  topLevel?: number;
}

export function renderMarkdown(
  source: string | null | undefined,
  options: RenderMarkdownOptions = {},
): string {
  if (!source?.trim()) return "";
  const topLevel = options.topLevel ?? 2;
  const tokens = Lexer.lex(source, { gfm: true });
  const headings: (Token & { depth: number })[] = [];
  marked.walkTokens(tokens, (token) => {
    if (token.type === "heading") headings.push(token as Token & { depth: number });
  });
  const highest = Math.min(...headings.map((heading) => heading.depth));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth - highest + topLevel);
  return marked.parser(tokens);
}
