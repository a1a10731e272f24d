/**
 * The names the offline tour shares between the build (offline manifests), the tour page island
 * and the service worker (public/offline-sw.js gets them as query parameters of its URL, so the URL
 * scheme stays their one source).
 */
import { offlinePath, offlineTourManifestPath, SITE_LOCALES } from "@showroom/content-types/url-scheme";

/** The service worker script; its folder (the site root) is its scope, so it can answer any page offline. */
export const OFFLINE_SERVICE_WORKER = "/offline-sw.js";

/** Every cache of a saved tour is named this plus the tour's manifest path. */
export const OFFLINE_CACHE_PREFIX = "offline-tour:";

/** Downloads of a tour carry this query parameter, so the service worker lets them reach the network. */
export const OFFLINE_FETCH_PARAM = "offline-fetch";

/** Start of every offline manifest's path; the service worker asks the network for these first. */
export const OFFLINE_MANIFEST_PREFIX = offlineTourManifestPath("").replace(/\.json$/, "");

/** The web app manifest of a tour in one language, next to its offline manifest. */
export function tourWebManifestPath(manifestPath: string, locale: string): string {
  return manifestPath.replace(/\.json$/, `.${locale}.webmanifest`);
}

/** The URL the tour page registers the service worker with: its configuration travels in the query. */
export function serviceWorkerUrl(): string {
  const query = new URLSearchParams({ manifests: OFFLINE_MANIFEST_PREFIX, skip: OFFLINE_FETCH_PARAM });
  for (const locale of SITE_LOCALES) query.set(locale, offlinePath(locale));
  return `${OFFLINE_SERVICE_WORKER}?${query}`;
}
