/**
 * Moving between the stops of one tour without reloading the page, so the one audio element keeps
 * playing (and stays allowed to play: iOS lets only an element the visitor started play on). The
 * next stop's page is fetched, and its title, head links, language switch and `<main>` take the
 * place of the current ones; the address changes with history.pushState. Anything unexpected falls back to an
 * ordinary page load.
 *
 * Other islands on stop pages: their module runs once, so they set themselves up again on the
 * `showroom:page-swapped` event of `document` (detail: the new `<main>`).
 */

export const PAGE_SWAPPED_EVENT = "showroom:page-swapped";

/** Whether a path is a stop page of the tour at `tourHref` ("/touren/t/" → "/touren/t/<stop>/"). */
export function isStopOfTour(pathname: string, tourHref: string): boolean {
  if (!pathname.startsWith(tourHref) || pathname === tourHref) return false;
  return /^[^/]+\/$/.test(pathname.slice(tourHref.length));
}

/** Head elements that describe the page and change with it. */
const HEAD_PARTS = [
  'link[rel="canonical"]',
  'link[rel="alternate"]',
  'meta[name="description"]',
  'meta[property^="og:"]',
  'script[type="application/ld+json"]',
].join(", ");

/** Scripts of the new page that this document has not loaded yet. */
function runNewScripts(root: ParentNode): void {
  const loaded = new Set([...document.scripts].map((script) => script.src).filter(Boolean));
  for (const script of root.querySelectorAll<HTMLScriptElement>("script[src]")) {
    if (loaded.has(script.src)) continue;
    const fresh = document.createElement("script");
    for (const attribute of script.attributes) fresh.setAttribute(attribute.name, attribute.value);
    script.replaceWith(fresh);
  }
}

/**
 * Fetches and parses a page; undefined when it cannot be shown in place (then the caller loads it).
 * `accept` decides whether the parsed page is one to swap in (e.g. it has an audio guide).
 */
export async function fetchPage(url: string): Promise<Document | undefined> {
  try {
    const response = await fetch(url, { headers: { accept: "text/html" }, credentials: "same-origin" });
    if (!response.ok || !response.headers.get("content-type")?.includes("text/html")) return undefined;
    return new DOMParser().parseFromString(await response.text(), "text/html");
  } catch {
    return undefined;
  }
}

/**
 * Puts the parsed page in place of the current one. `keep` runs on the new `<main>` before it is
 * inserted, so an element that must survive can be moved into it in the same task (a media element
 * moved that way does not pause).
 */
export function swapPage(
  next: Document,
  url: string,
  options: { push: boolean; keep: (main: HTMLElement) => void },
): void {
  const main = next.querySelector<HTMLElement>("main");
  const currentMain = document.querySelector("main");
  if (!main || !currentMain) throw new Error("page without <main>");
  const adopted = document.importNode(main, true);
  options.keep(adopted);
  document.title = next.title;
  for (const element of document.head.querySelectorAll(HEAD_PARTS)) element.remove();
  for (const element of next.head.querySelectorAll(HEAD_PARTS))
    document.head.append(document.importNode(element, true));
  // The header stays (its menu may have a script of its own); only the language switch changes.
  const languageSwitch = next.querySelector<HTMLAnchorElement>("[data-language-switch]");
  const currentSwitch = document.querySelector<HTMLAnchorElement>("[data-language-switch]");
  if (languageSwitch && currentSwitch)
    currentSwitch.href = languageSwitch.getAttribute("href") ?? currentSwitch.href;
  currentMain.replaceWith(adopted);
  if (options.push) history.pushState({ audioGuide: true }, "", url);
  runNewScripts(adopted);
  window.scrollTo(0, 0);
  // Keyboard and screen reader users continue at the new stop's heading.
  const heading = adopted.querySelector<HTMLElement>("h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
  document.dispatchEvent(new CustomEvent(PAGE_SWAPPED_EVENT, { detail: { main: adopted } }));
}
