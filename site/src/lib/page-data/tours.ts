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

/** The tour a stop's page belongs to; a stop page is only generated for a stop of a published tour. */
export function tourOfStop(content: LocaleContent, stop: TourStop): Tour {
  const tour = tourOf(content, stop);
  if (!tour) {
    throw new Error(
      `tour-stop "${stop.documentId}" (${content.locale}) has a page but its tour is not published in that language`,
    );
  }
  return tour;
}
