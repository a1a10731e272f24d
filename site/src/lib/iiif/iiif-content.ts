/**
 * The site's content as input of the IIIF builders (content-types/src/open-data/iiif): each heritage
 * item with its German and English entry, scan and place, paired by documentId; the tours' objects
 * in stop order. Only items with something to show (an image or a scan poster) get a manifest.
 */
import type { HeritageItem, Media, Scan, Tour } from "@showroom/content-types";
import {
  hasIiifContent,
  type IiifContext,
  type IiifItem,
  type PerLocale,
} from "@showroom/content-types/open-data/iiif/index.ts";
import { byDocumentId } from "../content/lookup.ts";
import type { SiteContent } from "../content/site-content.ts";
import { SITE_LOCALES } from "../i18n/locales.ts";
import { stopsOf } from "../page-data/tours.ts";

/** The address IDs are minted under when Astro has no `site` (the demo's). */
const DEMO_SITE = "http://localhost:4321";

/** Astro's image pipeline already measured every image: its metadata sits on the media as `src`. */
function measured(media: Media): { width: number; height: number } | undefined {
  const src = (media as Media & { src?: { width?: number; height?: number } }).src;
  return src?.width && src.height ? { width: src.width, height: src.height } : undefined;
}

export function iiifContext(
  content: SiteContent,
  site: URL | undefined,
): IiifContext & {
  siteName: PerLocale<string>;
} {
  const operator: PerLocale<string> = {};
  const siteName: PerLocale<string> = {};
  for (const locale of SITE_LOCALES) {
    const settings = content.byLocale[locale].settings;
    if (settings?.operator) operator[locale] = settings.operator;
    if (settings?.siteName) siteName[locale] = settings.siteName;
  }
  return {
    baseUrl: site?.href ?? DEMO_SITE,
    operator,
    siteName,
    sizeOf: measured,
  };
}

function itemOf(content: SiteContent, documentId: string): IiifItem {
  const item: PerLocale<HeritageItem> = {};
  const scan: PerLocale<Scan> = {};
  const placeName: PerLocale<string> = {};
  for (const locale of SITE_LOCALES) {
    const c = content.byLocale[locale];
    const entry = byDocumentId(c.items, documentId);
    if (!entry) continue;
    item[locale] = entry;
    const scanEntry = byDocumentId(c.scans, entry.scan?.documentId);
    if (scanEntry) scan[locale] = scanEntry;
    const place = byDocumentId(c.places, entry.place?.documentId);
    if (place) placeName[locale] = place.name;
  }
  return { item, scan, placeName };
}

/** Every published item with an image or a scan poster, German title order (English-only items last). */
export function iiifItems(content: SiteContent): IiifItem[] {
  const seen = new Set<string>();
  const items: IiifItem[] = [];
  for (const locale of SITE_LOCALES) {
    for (const entry of content.byLocale[locale].items) {
      if (seen.has(entry.documentId)) continue;
      seen.add(entry.documentId);
      const input = itemOf(content, entry.documentId);
      if (hasIiifContent(input)) items.push(input);
    }
  }
  return items;
}

/** Every tour in each of its languages, German title order. */
export function iiifTours(content: SiteContent): PerLocale<Tour>[] {
  const seen = new Set<string>();
  const tours: PerLocale<Tour>[] = [];
  for (const locale of SITE_LOCALES) {
    for (const entry of content.byLocale[locale].tours) {
      if (seen.has(entry.documentId)) continue;
      seen.add(entry.documentId);
      const tour: PerLocale<Tour> = {};
      for (const other of SITE_LOCALES) {
        const found = byDocumentId(content.byLocale[other].tours, entry.documentId);
        if (found) tour[other] = found;
      }
      tours.push(tour);
    }
  }
  return tours;
}

/** The objects of a tour in the order of its stops (each once, at its first stop), that have a manifest. */
export function tourItems(content: SiteContent, tour: PerLocale<Tour>): IiifItem[] {
  // The stop order of the German tour; an English-only tour uses its own.
  const locale = SITE_LOCALES.find((candidate) => tour[candidate]);
  const entry = locale && tour[locale];
  if (!locale || !entry) return [];
  const seen = new Set<string>();
  const items: IiifItem[] = [];
  for (const stop of stopsOf(content.byLocale[locale], entry)) {
    for (const related of stop.items ?? []) {
      if (seen.has(related.documentId)) continue;
      seen.add(related.documentId);
      const input = itemOf(content, related.documentId);
      if (Object.keys(input.item).length > 0 && hasIiifContent(input)) items.push(input);
    }
  }
  return items;
}
