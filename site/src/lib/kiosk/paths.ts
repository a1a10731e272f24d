/** Where the kiosk's files live (the pages' paths come from the URL scheme in content-types). */
import { kioskPath, SITE_LOCALES } from "@showroom/content-types/url-scheme";

/** The kiosk's service worker; registered only by kiosk pages, with the kiosk's scopes. */
export const KIOSK_SERVICE_WORKER = "/kiosk-sw.js";

/** What the kiosk's service worker precaches: every kiosk page and file they need (written by the build). */
export const KIOSK_CACHE_MANIFEST = "/kiosk/offline-cache.json";

/** Cache Storage names of the kiosk: `kiosk:<version>`. */
export const KIOSK_CACHE_PREFIX = "kiosk:";

/** The kiosk's page roots in every language (its pages link only below these). */
export const KIOSK_ROOTS: readonly string[] = SITE_LOCALES.map((locale) => kioskPath(locale));
