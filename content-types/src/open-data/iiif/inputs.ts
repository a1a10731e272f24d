/**
 * The builders' input from published content in German and English: each heritage item paired
 * with its other-language entry, scan and place by documentId, and the tours' objects in stop
 * order. Pure; the site build passes its loaded content, the export CLI what it read from the CMS
 * or a snapshot.
 */
import type { SiteLocale } from "../../contracts/url-scheme.ts";
import type { HeritageItem, Place, Scan, Tour, TourStop } from "../../generated/zod.ts";
import { firstOf, type PerLocale } from "./language-map.ts";
import { hasIiifContent, type IiifItem } from "./manifest.ts";

/** The published entries of one language. */
export interface IiifSourceLocale {
  items: readonly HeritageItem[];
  scans: readonly Scan[];
  places: readonly Place[];
  tours: readonly Tour[];
  stops: readonly TourStop[];
}

const LOCALES: readonly SiteLocale[] = ["de", "en"];

function indexed<T extends { documentId: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.documentId, entry]));
}

/** Looks entries up by documentId in each language (one index per list, for 10,000 items). */
export class IiifSource {
  private readonly locales: PerLocale<{
    items: Map<string, HeritageItem>;
    scans: Map<string, Scan>;
    places: Map<string, Place>;
  }> = {};

  readonly content: PerLocale<IiifSourceLocale>;

  constructor(content: PerLocale<IiifSourceLocale>) {
    this.content = content;
    for (const locale of LOCALES) {
      const c = content[locale];
      if (c)
        this.locales[locale] = {
          items: indexed(c.items),
          scans: indexed(c.scans),
          places: indexed(c.places),
        };
    }
  }

  /** One item in every language it is published in, with its scan and place. */
  item(documentId: string): IiifItem {
    const item: PerLocale<HeritageItem> = {};
    const scan: PerLocale<Scan> = {};
    const placeName: PerLocale<string> = {};
    for (const locale of LOCALES) {
      const index = this.locales[locale];
      const entry = index?.items.get(documentId);
      if (!index || !entry) continue;
      item[locale] = entry;
      const scanEntry = entry.scan && index.scans.get(entry.scan.documentId);
      if (scanEntry) scan[locale] = scanEntry;
      const place = entry.place && index.places.get(entry.place.documentId);
      if (place) placeName[locale] = place.name;
    }
    return { item, scan, placeName };
  }

  /** Every item with something for a IIIF viewer, by German title (English-only items after). */
  items(): IiifItem[] {
    const result: IiifItem[] = [];
    const seen = new Set<string>();
    for (const locale of LOCALES) {
      const sorted = [...(this.content[locale]?.items ?? [])].sort((a, b) =>
        a.title.localeCompare(b.title, locale),
      );
      for (const entry of sorted) {
        if (seen.has(entry.documentId)) continue;
        seen.add(entry.documentId);
        const input = this.item(entry.documentId);
        if (hasIiifContent(input)) result.push(input);
      }
    }
    return result;
  }

  /** Every tour in each of its languages, by German title. */
  tours(): PerLocale<Tour>[] {
    const result: PerLocale<Tour>[] = [];
    const seen = new Set<string>();
    for (const locale of LOCALES) {
      const sorted = [...(this.content[locale]?.tours ?? [])].sort((a, b) =>
        a.title.localeCompare(b.title, locale),
      );
      for (const entry of sorted) {
        if (seen.has(entry.documentId)) continue;
        seen.add(entry.documentId);
        const tour: PerLocale<Tour> = {};
        for (const other of LOCALES) {
          const found = this.content[other]?.tours.find(
            (candidate) => candidate.documentId === entry.documentId,
          );
          if (found) tour[other] = found;
        }
        result.push(tour);
      }
    }
    return result;
  }

  /** A tour's objects in the order of its stops (each at its first stop) that have something to show. */
  tourItems(tour: PerLocale<Tour>): IiifItem[] {
    // The German tour's stop order; an English-only tour uses its own.
    const locale = LOCALES.find((candidate) => tour[candidate]);
    const entry = locale ? tour[locale] : undefined;
    if (!locale || !entry) return [];
    const stops = (this.content[locale]?.stops ?? [])
      .filter((stop) => stop.tour?.documentId === entry.documentId)
      .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title, locale));
    const result: IiifItem[] = [];
    const seen = new Set<string>();
    for (const stop of stops) {
      for (const related of stop.items ?? []) {
        if (seen.has(related.documentId)) continue;
        seen.add(related.documentId);
        const input = this.item(related.documentId);
        if (firstOf(input.item) && hasIiifContent(input)) result.push(input);
      }
    }
    return result;
  }
}
