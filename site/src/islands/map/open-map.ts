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
    let opened = false;
    try {
      const { openMap } = await import("./map-view.ts");
      opened = await openMap(root, locale, status);
    } catch (error) {
      // Offline or a stale page whose map chunk is gone: say so, keep the button for another try.
      status.textContent = root.dataset.mapLoadFailed ?? "";
      console.warn(error);
    }
    if (opened) button.remove();
    else button.disabled = false;
  });
}

for (const root of document.querySelectorAll<HTMLElement>("[data-map-interactive]")) setUp(root);
