/**
 * What the maps show from the content: places, and a tour's stops in order with their numbers.
 * A stop without its own coordinates stands at its place's.
 */
import type { Place, Tour, TourStop } from "@showroom/content-types";
import { byDocumentId } from "../content/lookup.ts";
import type { LocaleContent } from "../content/site-content.ts";
import { placePath, stopPath } from "../i18n/routes.ts";
import { stopsOf } from "../page-data/tours.ts";

export interface MapMarker {
  /** Unique on the page (documentId), used for ids and to pair map markers with list entries. */
  id: string;
  /** The stop's number in its tour (1-based); places have none. */
  number?: number;
  label: string;
  href: string;
  latitude: number;
  longitude: number;
}

export function placeMarker(locale: LocaleContent["locale"], place: Place): MapMarker {
  return {
    id: place.documentId,
    label: place.name,
    href: placePath(locale, place.slug),
    latitude: place.geo.latitude,
    longitude: place.geo.longitude,
  };
}

export function placeMarkers(content: LocaleContent): MapMarker[] {
  return content.places.map((place) => placeMarker(content.locale, place));
}

/** Where a stop is: its own coordinates, else its place's; undefined when neither is known. */
export function stopPosition(
  content: LocaleContent,
  stop: TourStop,
): { latitude: number; longitude: number } | undefined {
  if (stop.geo) return { latitude: stop.geo.latitude, longitude: stop.geo.longitude };
  const place = byDocumentId(content.places, stop.place?.documentId);
  return place ? { latitude: place.geo.latitude, longitude: place.geo.longitude } : undefined;
}

/** A tour's stops that have a position, numbered by their place in the whole tour. */
export function tourMarkers(content: LocaleContent, tour: Tour): MapMarker[] {
  return stopsOf(content, tour).flatMap((stop, index) => {
    const position = stopPosition(content, stop);
    if (!position) return [];
    return [
      {
        id: stop.documentId,
        number: index + 1,
        label: stop.title,
        href: stopPath(content.locale, tour.slug, stop.slug),
        ...position,
      },
    ];
  });
}
