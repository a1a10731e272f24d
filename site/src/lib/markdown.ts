/**
 * Markdown fields from the CMS (descriptions, legal pages) to HTML. Headings are renumbered so the
 * text's top heading gets the level the page needs (`topLevel`, default h2): a page keeps exactly
 * one h1 and no skipped levels. Raw HTML in the source is escaped: editors write Markdown, and a
 * pasted <script> must never reach visitors.
 *
 * Every rendered text then passes `sanitize-html` with an allow-list of the tags and attributes
 * the Markdown renderer produces. Links may lead only to http(s), mailto, tel or a relative URL
 * (a protocol-relative `//host/…` link counts as https). Images may come only from the site
 * itself: a public page makes no request to a third party, so an image on another server (or with
 * any scheme) becomes a plain link to it, labelled with its alt text, which the visitor may follow.
 */
import { escapeHtml } from "@showroom/content-types/escape-html";
import { Lexer, Marked, type Token } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

/** The URL schemes a rendered link may use; anything else (javascript:, data:, file:, …) is dropped. */
export const ALLOWED_LINK_SCHEMES = ["http", "https", "mailto", "tel"] as const;

// A base that no real URL shares: an image is the site's own exactly when it resolves to this origin.
const SAME_SITE_BASE = "https://same-site.invalid/";

/** Whether a browser would load `src` from the page's own origin (relative paths only). */
export function isSameSiteUrl(src: string): boolean {
  try {
    // The WHATWG URL parser is the browser's: it strips tabs and newlines, reads `/\host` as a
    // host, and lower-cases schemes, so no spelling of another origin gets past it.
    return new URL(src, SAME_SITE_BASE).origin === new URL(SAME_SITE_BASE).origin;
  } catch {
    return false;
  }
}

/** Whether a link may be rendered: http(s), mailto, tel, or relative (resolved as the browser would). */
export function isAllowedLink(href: string): boolean {
  try {
    const protocol = new URL(href, SAME_SITE_BASE).protocol.slice(0, -1);
    return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(protocol);
  } catch {
    return false;
  }
}

// Not in `allowedTags`: the sanitizer drops the tag and keeps its text.
const UNWRAP = "unwrapped-by-sanitizer";

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  // What marked renders (GFM included); anything else is removed with its tags, its text kept.
  allowedTags: [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "img",
    "strong",
    "em",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "input",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    input: ["type", "checked", "disabled"],
  },
  allowedClasses: { code: ["language-*"] },
  allowedSchemes: [...ALLOWED_LINK_SCHEMES],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: true,
  transformTags: {
    // A link that may not be followed becomes its plain text (not a dead `<a>` without href).
    // `allowedSchemes` above checks the same again, as a second line.
    a: (tagName, attribs): sanitizeHtml.Tag =>
      isAllowedLink(attribs.href ?? "") ? { tagName, attribs } : { tagName: UNWRAP, attribs: {} },
    img: (tagName, attribs): sanitizeHtml.Tag => {
      if (isSameSiteUrl(attribs.src ?? "")) return { tagName, attribs };
      const href = attribs.src ?? "";
      const text = attribs.alt || href;
      return isAllowedLink(href)
        ? { tagName: "a", attribs: { href }, text }
        : { tagName: UNWRAP, attribs: {}, text };
    },
  },
  // Task-list checkboxes are the only inputs marked writes; no other input may appear.
  exclusiveFilter: (frame) =>
    frame.tag === "input" && !(frame.attribs.type === "checkbox" && "disabled" in frame.attribs),
  disallowedTagsMode: "discard",
};

/** Cleans rendered HTML with the rich-text allow-list (see the module comment). */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

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
  return sanitizeRichText(marked.parser(tokens));
}
