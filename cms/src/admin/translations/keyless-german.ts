/**
 * German for the few words Strapi 5.54 and its design system write into the admin without a
 * translation key (so no translation table can reach them): a table header of the bulk publish
 * dialog, the status badges' labels, date and time pickers, the dialog close button, the
 * notifications region, the loading text and the "(default)" locale mark. Each is replaced where it
 * appears as a whole text or label, only while the admin speaks German.
 */
/** As a whole text or a whole label (the design system uses them as both). */
const PHRASES: Record<string, string> = {
  "Publication status": "Veröffentlichungsstatus",
  "Loading content.": "Inhalt wird geladen.",
  "Notifications alt+T": "Benachrichtigungen Alt+T",
  "Choose date": "Datum wählen",
  "Choose time": "Uhrzeit wählen",
  "Zurücksetzen date": "Datum zurücksetzen",
  "Zurücksetzen time": "Uhrzeit zurücksetzen",
  "Close modal": "Dialog schließen",
};
/** Only as a whole text: the users' content type in the content manager's menu. */
const TEXTS: Record<string, string> = { ...PHRASES, User: "Benutzer" };
/** Only as a label: the status badges name the raw status. */
const LABELS: Record<string, string> = {
  ...PHRASES,
  draft: "Entwurf",
  published: "Veröffentlicht",
  modified: "Geändert",
};
/** Part of a longer text: the locale switcher's "Deutsch (de) (default)". */
const DEFAULT_MARK = /\s\(default\)$/;

// Strapi's admin key for the interface language (as in app.tsx).
const speaksGerman = () => window.localStorage.getItem("strapi-admin-language") === "de";

function translateText(node: Text): void {
  const value = node.nodeValue ?? "";
  const whole = TEXTS[value.trim()];
  if (whole) node.nodeValue = value.replace(value.trim(), whole);
  else if (DEFAULT_MARK.test(value)) node.nodeValue = value.replace(DEFAULT_MARK, " (Standard)");
}

function translateLabel(element: Element): void {
  const label = element.getAttribute("aria-label");
  const german = label ? LABELS[label] : undefined;
  if (german) element.setAttribute("aria-label", german);
}

function translateTree(root: Node): void {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root as Text);
    return;
  }
  if (!(root instanceof Element)) return;
  translateLabel(root);
  for (const element of root.querySelectorAll("[aria-label]")) translateLabel(element);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) translateText(node as Text);
}

/** Translates what is on the page now and everything the admin draws later. */
export function translateKeylessStrings(): void {
  if (typeof window === "undefined" || typeof MutationObserver === "undefined") return;
  const observer = new MutationObserver((records) => {
    if (!speaksGerman()) return;
    for (const record of records) {
      if (record.type === "childList") record.addedNodes.forEach(translateTree);
      else if (record.type === "characterData") translateText(record.target as Text);
      else if (record.target instanceof Element) translateLabel(record.target);
    }
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ["aria-label"],
  });
  if (speaksGerman()) translateTree(document.body);
}
