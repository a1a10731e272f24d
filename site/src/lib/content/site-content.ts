/**
 * Typed access to every collection, grouped by language, read once per build (pages share it).
 * Relations in the snapshot carry only the related entry's own fields; pages look the full entry
 * up here by documentId in the same language.
 */
import { getCollection } from "astro:content";
import type {
  AccessibilityStatement,
  EasyLanguage,
  EventStream,
  HeritageItem,
  Imprint,
  Place,
  PrivacyPolicy,
  RetiredCode,
  Scan,
  SignLanguage,
  SiteSetting,
  Tour,
  TourStop,
} from "@showroom/content-types";
import { SITE_LOCALES, type SiteLocale } from "../i18n/locales.ts";

export interface LocaleContent {
  locale: SiteLocale;
  items: HeritageItem[];
  places: Place[];
  scans: Scan[];
  tours: Tour[];
  stops: TourStop[];
  events: EventStream[];
  settings: SiteSetting | null;
  imprint: Imprint | null;
  privacyPolicy: PrivacyPolicy | null;
  accessibilityStatement: AccessibilityStatement | null;
  easyLanguage: EasyLanguage | null;
  signLanguage: SignLanguage | null;
}

export interface SiteContent {
  byLocale: Record<SiteLocale, LocaleContent>;
  /** QR codes of deleted stops: they keep answering with a helpful page. */
  retiredCodes: RetiredCode[];
}

type CollectionName = keyof typeof import("../../content.config.ts").collections;

// The collections declare no Astro schema (the content-types validators run in the loader), so the
// generated entry types carry no data type; this is the one place that says which type each holds.
const readCollection = getCollection as unknown as (name: CollectionName) => Promise<{ data: unknown }[]>;

async function entriesOf<T>(collection: CollectionName, locale: SiteLocale | null): Promise<T[]> {
  const entries = await readCollection(collection);
  return entries
    .map((entry) => entry.data as unknown as T & { locale: string | null })
    .filter((data) => locale === null || data.locale === locale);
}

async function singleOf<T>(collection: CollectionName, locale: SiteLocale): Promise<T | null> {
  return (await entriesOf<T>(collection, locale))[0] ?? null;
}

async function loadLocale(locale: SiteLocale): Promise<LocaleContent> {
  const [items, places, scans, tours, stops, events] = await Promise.all([
    entriesOf<HeritageItem>("heritageItem", locale),
    entriesOf<Place>("place", locale),
    entriesOf<Scan>("scan", locale),
    entriesOf<Tour>("tour", locale),
    entriesOf<TourStop>("tourStop", locale),
    entriesOf<EventStream>("eventStream", locale),
  ]);
  const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title, locale);
  return {
    locale,
    items: items.sort(byTitle),
    places: places.sort((a, b) => a.name.localeCompare(b.name, locale)),
    scans: scans.sort(byTitle),
    tours: tours.sort(byTitle),
    stops,
    events: events.sort((a, b) => a.start.localeCompare(b.start)),
    settings: await singleOf<SiteSetting>("siteSetting", locale),
    imprint: await singleOf<Imprint>("imprint", locale),
    privacyPolicy: await singleOf<PrivacyPolicy>("privacyPolicy", locale),
    accessibilityStatement: await singleOf<AccessibilityStatement>("accessibilityStatement", locale),
    easyLanguage: await singleOf<EasyLanguage>("easyLanguage", locale),
    signLanguage: await singleOf<SignLanguage>("signLanguage", locale),
  };
}

let loading: Promise<SiteContent> | undefined;

/** All content of the build, loaded once. */
export function getSiteContent(): Promise<SiteContent> {
  loading ??= (async () => {
    const locales = await Promise.all(SITE_LOCALES.map((locale) => loadLocale(locale)));
    const byLocale = Object.fromEntries(locales.map((content) => [content.locale, content])) as Record<
      SiteLocale,
      LocaleContent
    >;
    return { byLocale, retiredCodes: await entriesOf<RetiredCode>("retiredCode", null) };
  })();
  return loading;
}

export async function getLocaleContent(locale: SiteLocale): Promise<LocaleContent> {
  return (await getSiteContent()).byLocale[locale];
}

export { byDocumentId } from "./lookup.ts";

/** The site's name as the settings give it, else the product's name in the content's language. */
export function siteNameOf(content: LocaleContent): string {
  return content.settings?.siteName ?? (content.locale === "de" ? "Digitaler Showroom" : "Digital Showroom");
}
