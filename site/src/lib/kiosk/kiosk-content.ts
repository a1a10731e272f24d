/**
 * What the kiosk shows in one language: the configured tours and objects (config.ts), as entries of
 * that language, in the operator's order. An entry without a translation is left out there.
 */
import type { HeritageItem, Tour } from "@showroom/content-types";
import { kioskPath } from "@showroom/content-types/url-scheme";
import { getLocaleContent, type LocaleContent } from "../content/site-content.ts";
import { SITE_LOCALES, type SiteLocale } from "../i18n/locales.ts";
import { KIOSK_DEFAULT_OBJECT_COUNT, type KioskConfig, kioskConfigFromEnv, pickEntries } from "./config.ts";

export function kioskConfig(): KioskConfig {
  return kioskConfigFromEnv(process.env);
}

export function kioskHasLanguage(locale: SiteLocale): boolean {
  return kioskConfig().languages.includes(locale);
}

export interface KioskSelection {
  tours: Tour[];
  objects: HeritageItem[];
}

function inOrder<T extends { documentId: string }>(ids: readonly string[], entries: readonly T[]): T[] {
  return ids.flatMap((id) => entries.filter((entry) => entry.documentId === id).slice(0, 1));
}

export async function kioskSelection(locale: SiteLocale): Promise<KioskSelection> {
  const config = kioskConfig();
  if (!config.languages.includes(locale)) return { tours: [], objects: [] };
  const all = await Promise.all(SITE_LOCALES.map((language) => getLocaleContent(language)));
  const own = all[SITE_LOCALES.indexOf(locale)] ?? (await getLocaleContent(locale));
  const tourIds = pickEntries(
    "KIOSK_TOURS",
    config.tours,
    all.map((content) => content.tours),
    () => own.tours.map((tour) => tour.documentId),
  );
  const objectIds = pickEntries(
    "KIOSK_OBJECTS",
    config.objects,
    all.map((content) => content.items),
    () =>
      [...own.items]
        .sort((a, b) => Number(Boolean(b.scan)) - Number(Boolean(a.scan)))
        .slice(0, KIOSK_DEFAULT_OBJECT_COUNT)
        .map((item) => item.documentId),
  );
  return { tours: inOrder(tourIds, own.tours), objects: inOrder(objectIds, own.items) };
}

/**
 * Where the kiosk's language button leads from an entry's page: the same entry in the kiosk's other
 * language (`pathThere` finds it in that language's content), else that language's start screen;
 * undefined when the kiosk is locked to one language.
 */
export async function kioskOtherLanguageHref(
  locale: SiteLocale,
  pathThere: (content: LocaleContent, other: SiteLocale) => string | undefined,
): Promise<string | undefined> {
  const other = kioskConfig().languages.find((language) => language !== locale);
  if (!other) return undefined;
  return pathThere(await getLocaleContent(other), other) ?? kioskPath(other);
}
