/**
 * Kiosk pages link only to kiosk pages: a visitor at the hub's screen must not leave for another
 * site, a download or a page without the kiosk's reset. The build passes every kiosk page through
 * here, so links that shared components render (a licence, a credit, an embed code, a download)
 * become plain text, whatever component they come from.
 */

/** Kiosk-internal: a path below one of `roots` (no other origin, no download), or a same-page anchor. */
export function isKioskLink(href: string, roots: readonly string[]): boolean {
  if (href.startsWith("#")) return true;
  if (!href.startsWith("/") || href.startsWith("//")) return false;
  return roots.some((root) => href.startsWith(root));
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(
    attributes,
  );
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? match[3] ?? "").replace(/&amp;/g, "&");
}

/** The page's HTML with every link that leaves the kiosk (or downloads a file) turned into its text. */
export function unlinkOutbound(html: string, roots: readonly string[]): { html: string; removed: string[] } {
  const removed: string[] = [];
  const result = html.replace(ANCHOR, (whole, attributes: string, content: string) => {
    const href = attribute(attributes, "href");
    const download = attribute(attributes, "download") !== undefined;
    if (href !== undefined && !download && isKioskLink(href, roots)) return whole;
    removed.push(href ?? "");
    return `<span class="kiosk-unlinked">${content}</span>`;
  });
  return { html: result, removed };
}
