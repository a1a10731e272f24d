/** Tours and their ordered stops. */
import type { Tour, TourStop } from "@showroom/content-types";
import { byDocumentId } from "../content/lookup.ts";
import type { LocaleContent } from "../content/site-content.ts";

/** The stops of a tour, in the order of their position. */
export function stopsOf(content: LocaleContent, tour: Tour): TourStop[] {
  return content.stops
    .filter((stop) => stop.tour?.documentId === tour.documentId)
    .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title));
}

export function tourOf(content: LocaleContent, stop: TourStop): Tour | undefined {
  return byDocumentId(content.tours, stop.tour?.documentId);
}

/** Tours with at least one stop at this place. */
export function toursAtPlace(content: LocaleContent, placeDocumentId: string): Tour[] {
  const tourIds = new Set(
    content.stops
      .filter((stop) => stop.place?.documentId === placeDocumentId)
      .map((stop) => stop.tour?.documentId),
  );
  return content.tours.filter((tour) => tourIds.has(tour.documentId));
}
