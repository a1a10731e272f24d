/**
 * The only map script a page loads up front (a few hundred bytes): it shows the "use the map"
 * button over the build-time map and, when pressed, loads the map island (map-view.ts) and the
 * site's own basemap. Pages without an interactive map do not load even this.
 */
import type { SiteLocale } from "../../lib/i18n/locales.ts";

function setUp(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>("[data-map-open]");
  const status = root.querySelector<HTMLElement>("[data-map-status]");
  if (!button || !status) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    const locale: SiteLocale = root.dataset.locale === "en" ? "en" : "de";
    const { openMap } = await import("./map-view.ts");
    await openMap(root, locale, status);
    button.remove();
  });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-map-interactive]")) setUp(root);
