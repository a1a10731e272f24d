// Generated from content-types/src/open-data/lido/xml.ts by `npm run generate -w content-types` — do not edit.
/**
 * The few XML helpers the LIDO builder needs: escaping, dropping characters XML 1.0 forbids, and
 * writing an element only when it has content. Strings, not a DOM: 10,000 records are written in
 * well under a second and can be streamed.
 *
 * Imports nothing (the CMS compiles a generated copy; see `content-types/src/contract-copies.ts`).
 */

/** Whether a UTF-16 code unit at `index` is a character XML 1.0 allows (tab, LF, CR, U+0020–U+FFFD, pairs). */
function isXmlChar(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = value.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = value.charCodeAt(index - 1);
    return previous >= 0xd800 && previous <= 0xdbff;
  }
  return code !== 0xfffe && code !== 0xffff;
}

/** Anything outside the ranges that are always allowed: a control, a surrogate, U+FFFE/U+FFFF. */
const SUSPECT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

/**
 * The text without the characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates,
 * U+FFFE/U+FFFF): one of them would make the whole export unreadable for a harvester.
 */
export function xmlCharsOnly(value: string): string {
  if (!SUSPECT.test(value)) return value;
  for (let index = 0; index < value.length; index++) {
    if (isXmlChar(value, index)) continue;
    let out = value.slice(0, index);
    for (let rest = index + 1; rest < value.length; rest++) if (isXmlChar(value, rest)) out += value[rest];
    return out;
  }
  return value;
}

const MARKUP = /[&<>"]/;
const MARKUP_ALL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text content or an attribute value: escaped, with characters XML cannot carry removed. */
export function escapeXml(value: string): string {
  const clean = xmlCharsOnly(value);
  return MARKUP.test(clean) ? clean.replace(MARKUP_ALL, (char) => ENTITIES[char] ?? char) : clean;
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

function attributes(attrs: XmlAttributes | undefined): string {
  if (!attrs) return "";
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === "") continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** `<name attrs>text</name>`, or "" when the text is empty (LIDO forbids nothing empty, but says nothing either). */
export function textElement(
  name: string,
  text: string | number | null | undefined,
  attrs?: XmlAttributes,
): string {
  if (text === null || text === undefined) return "";
  const value = String(text).trim();
  if (value === "") return "";
  return `<${name}${attributes(attrs)}>${escapeXml(value)}</${name}>`;
}

/**
 * `<name attrs>children</name>`, or "" when every child is empty: a wrapper without content would
 * break the schema where its children are required.
 */
export function element(
  name: string,
  attrs: XmlAttributes | undefined,
  ...children: (string | string[])[]
): string {
  // A loop, not flat().join(): 10,000 records make millions of these calls.
  let inner = "";
  for (const child of children) {
    if (typeof child === "string") inner += child;
    else for (const part of child) inner += part;
  }
  if (inner === "") return "";
  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/**
 * Plain text from the Markdown the editors write (LIDO notes are plain text): links keep their
 * text, emphasis and heading marks go, paragraphs stay apart by a blank line.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_](\S(?:.*?\S)?)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
