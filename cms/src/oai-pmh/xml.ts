/** Text or attribute value safe inside XML; characters XML 1.0 forbids (control codes) are dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** `name="value"` pairs; undefined values are left out. */
export function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join("");
}

/** One element with escaped text content. */
export function textElement(
  name: string,
  text: string,
  attrs: Record<string, string | number | undefined> = {},
): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}
