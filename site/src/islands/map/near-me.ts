/**
 * "Near me" (components/map/NearMe.astro): after the visitor's click, asks the browser for the
 * position once and sorts every `[data-near-list]` of the page nearest first, with the distance in
 * each entry. The position stays in this function: nothing is sent or stored.
 */

import type { SiteLocale } from "../../lib/i18n/locales.ts";
import { distanceMetres, formatDistance } from "../../lib/map/distance.ts";
import type { LonLat } from "../../lib/map/projection.ts";
import type { NearMeMessages } from "./near-me-messages.ts";

function sortLists(from: LonLat, locale: SiteLocale, t: NearMeMessages): number {
  let count = 0;
  for (const list of document.querySelectorAll<HTMLElement>("[data-near-list]")) {
    const entries = [...list.querySelectorAll<HTMLElement>(":scope > li[data-lat][data-lon]")].map(
      (item, index) => ({
        item,
        index,
        metres: distanceMetres(from, {
          latitude: Number(item.dataset.lat),
          longitude: Number(item.dataset.lon),
        }),
      }),
    );
    entries.sort((a, b) => a.metres - b.metres || a.index - b.index);
    for (const { item, metres } of entries) {
      const label = item.querySelector<HTMLElement>("[data-distance]");
      if (label)
        label.textContent = ` · ${t.distanceAway.replace("{distance}", formatDistance(metres, locale))}`;
      item.dataset.metres = String(Math.round(metres));
      list.append(item);
    }
    count += entries.length;
  }
  return count;
}

function setUp(section: HTMLElement): void {
  const locale = (section.dataset.locale === "en" ? "en" : "de") satisfies SiteLocale;
  const t = JSON.parse(section.dataset.messages ?? "{}") as NearMeMessages;
  const button = section.querySelector<HTMLButtonElement>("[data-near-me-button]");
  const status = section.querySelector<HTMLElement>("[data-near-me-status]");
  if (!button || !status) return;
  if (!("geolocation" in navigator)) {
    status.textContent = t.unsupported;
    return;
  }
  button.disabled = false;
  button.addEventListener("click", () => {
    status.textContent = t.locating;
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const count = sortLists({ latitude: coords.latitude, longitude: coords.longitude }, locale, t);
        status.textContent = t.sorted.replace("{count}", String(count));
        button.disabled = false;
      },
      (error) => {
        status.textContent = error.code === error.PERMISSION_DENIED ? t.denied : t.unavailable;
        button.disabled = false;
      },
      { enableHighAccuracy: false, timeout: 20_000, maximumAge: 60_000 },
    );
  });
}

for (const section of document.querySelectorAll<HTMLElement>("[data-near-me]")) setUp(section);
