/**
 * What an object page links to beyond itself, computed at build time: related objects (same place,
 * same epoch, shared keywords) and the tours whose stops show the object.
 */
import type { HeritageItem, Tour, TourStop } from "@showroom/content-types";
import type { LocaleContent } from "../content/site-content.ts";
import { epochOf } from "./objects.ts";
import { stopsOf } from "./tours.ts";

/** Keywords as the editor wrote them ("Slawen, Archäologie"), compared case-insensitively. */
export function keywordsOf(item: Pick<HeritageItem, "keywords">): Set<string> {
  return new Set(
    (item.keywords ?? "")
      .split(/[,;]/)
      .map((keyword) => keyword.trim().toLocaleLowerCase())
      .filter(Boolean),
  );
}

/**
 * Up to `limit` other objects, most related first: the same place counts 3, the same epoch 2,
 * each shared keyword 1. Objects with nothing in common are left out; ties go by title.
 */
export function relatedObjects(content: LocaleContent, item: HeritageItem, limit = 4): HeritageItem[] {
  const epoch = epochOf(item.datingFrom, item.datingTo);
  const keywords = keywordsOf(item);
  const place = item.place?.documentId;
  return content.items
    .filter((other) => other.documentId !== item.documentId)
    .map((other) => {
      let score = 0;
      if (place && other.place?.documentId === place) score += 3;
      if (epochOf(other.datingFrom, other.datingTo) === epoch) score += 2;
      for (const keyword of keywordsOf(other)) if (keywords.has(keyword)) score += 1;
      return { other, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.title.localeCompare(b.other.title, content.locale))
    .slice(0, limit)
    .map(({ other }) => other);
}

export interface TourAppearance {
  tour: Tour;
  stop: TourStop;
  /** The stop's number in the tour, from 1. */
  number: number;
}

/** Each tour with a stop that shows the object, with its first such stop, in the tours' order. */
export function toursShowing(content: LocaleContent, item: HeritageItem): TourAppearance[] {
  const found: TourAppearance[] = [];
  for (const tour of content.tours) {
    const stops = stopsOf(content, tour);
    const index = stops.findIndex((stop) =>
      (stop.items ?? []).some((relation) => relation.documentId === item.documentId),
    );
    const stop = stops[index];
    if (stop) found.push({ tour, stop, number: index + 1 });
  }
  return found;
}
