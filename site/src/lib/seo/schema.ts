/**
 * schema.org JSON-LD of each page type, typed with schema-dts. The same objects are written into
 * the page head and into the page's `/json/` twin.
 */
import type { EventStream, HeritageItem, Media, Place, Scan, Tour, TourStop } from "@showroom/content-types";
import { LICENCE_INFO } from "@showroom/content-types";
import type {
  CreativeWork,
  Event,
  EventStatusType,
  Place as SchemaPlace,
  TouristAttraction,
  TouristTrip,
  WebSite,
  WithContext,
} from "schema-dts";
import { byDocumentId } from "../content/lookup.ts";
import type { LocaleContent } from "../content/site-content.ts";
import { LANGUAGE_TAGS } from "../i18n/locales.ts";
import {
  absoluteUrl,
  eventPath,
  homePath,
  objectPath,
  placePath,
  stopPath,
  tourPath,
} from "../i18n/routes.ts";

type Site = URL | string | undefined;

function imageUrl(media: Media | undefined, site: Site): string | undefined {
  return media ? absoluteUrl(media.url, site) : undefined;
}

function placeRef(place: Place | undefined, content: LocaleContent, site: Site): SchemaPlace | undefined {
  if (!place) return undefined;
  return {
    "@type": "Place",
    name: place.name,
    url: absoluteUrl(placePath(content.locale, place.slug), site),
    geo: { "@type": "GeoCoordinates", latitude: place.geo.latitude, longitude: place.geo.longitude },
    ...(place.address && {
      address: {
        "@type": "PostalAddress",
        streetAddress: place.address.street ?? undefined,
        postalCode: place.address.postalCode ?? undefined,
        addressLocality: place.address.locality,
        addressCountry: "DE",
      },
    }),
  };
}

export function homeJsonLd(content: LocaleContent, site: Site): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: content.settings?.siteName ?? "Digital Showroom",
    url: absoluteUrl(homePath(content.locale), site),
    inLanguage: LANGUAGE_TAGS[content.locale],
    ...(content.settings && { publisher: { "@type": "Organization", name: content.settings.operator } }),
  };
}

export function itemJsonLd(
  content: LocaleContent,
  item: HeritageItem,
  site: Site,
): WithContext<CreativeWork> {
  const place = byDocumentId(content.places, item.place?.documentId);
  const scan = byDocumentId(content.scans, item.scan?.documentId);
  const licence = LICENCE_INFO[item.licence];
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: item.title,
    description: item.summary,
    url: absoluteUrl(objectPath(content.locale, item.slug), site),
    inLanguage: LANGUAGE_TAGS[content.locale],
    identifier: item.inventoryNumber,
    temporalCoverage: `${item.datingFrom}/${item.datingTo}`,
    dateCreated: item.datingText,
    ...(item.material && { material: item.material }),
    ...(item.keywords && { keywords: item.keywords }),
    ...(licence.url && { license: licence.url }),
    ...(item.attribution && {
      creditText: item.attribution,
      copyrightHolder: { "@type": "Organization", name: item.attribution },
    }),
    ...(place && {
      locationCreated: placeRef(place, content, site),
      contentLocation: placeRef(place, content, site),
    }),
    image: item.images.map((image) => ({
      "@type": "ImageObject",
      contentUrl: imageUrl(image.file, site),
      caption: image.alt,
      ...(image.credit && { creditText: image.credit }),
    })),
    ...(scan && {
      associatedMedia: {
        "@type": "3DModel",
        name: scan.title,
        description: scan.description,
        encodingFormat: scan.model.mime,
        ...(scan.downloadAllowed && { contentUrl: absoluteUrl(scan.model.url, site) }),
        ...(LICENCE_INFO[scan.licence].url && { license: LICENCE_INFO[scan.licence].url }),
      },
    }),
  };
}

export function placeJsonLd(
  content: LocaleContent,
  place: Place,
  site: Site,
): WithContext<TouristAttraction> {
  const ref = placeRef(place, content, site) as unknown as Record<string, unknown>;
  return {
    "@context": "https://schema.org",
    ...(ref as object),
    "@type": "TouristAttraction",
    description: place.summary,
    isAccessibleForFree: undefined,
    image: place.images.map((image) => imageUrl(image.file, site) as string),
    ...(place.website && { sameAs: place.website }),
    ...(place.openingHours.length > 0 && {
      openingHours: place.openingHours.map((hours) =>
        [hours.days, hours.opens && hours.closes ? `${hours.opens}-${hours.closes}` : "", hours.season ?? ""]
          .filter(Boolean)
          .join(" "),
      ),
    }),
  } as WithContext<TouristAttraction>;
}

export function tourJsonLd(
  content: LocaleContent,
  tour: Tour,
  stops: TourStop[],
  site: Site,
): WithContext<TouristTrip> {
  return {
    "@context": "https://schema.org",
    "@type": "TouristTrip",
    name: tour.title,
    description: tour.summary,
    url: absoluteUrl(tourPath(content.locale, tour.slug), site),
    ...(tour.cover && { image: imageUrl(tour.cover.file, site) }),
    itinerary: {
      "@type": "ItemList",
      numberOfItems: stops.length,
      itemListElement: stops.map((stop, index) => ({
        "@type": "ListItem",
        position: index + 1,
        item: {
          "@type": "TouristAttraction",
          name: stop.title,
          url: absoluteUrl(stopPath(content.locale, tour.slug, stop.slug), site),
          ...(stop.geo && {
            geo: { "@type": "GeoCoordinates", latitude: stop.geo.latitude, longitude: stop.geo.longitude },
          }),
        },
      })),
    },
  };
}

export function stopJsonLd(
  content: LocaleContent,
  tour: Tour,
  stop: TourStop,
  site: Site,
): WithContext<TouristAttraction> {
  const place = byDocumentId(content.places, stop.place?.documentId);
  return {
    "@context": "https://schema.org",
    "@type": "TouristAttraction",
    name: stop.title,
    description: stop.text.slice(0, 300),
    url: absoluteUrl(stopPath(content.locale, tour.slug, stop.slug), site),
    identifier: stop.code,
    ...(stop.geo && {
      geo: { "@type": "GeoCoordinates", latitude: stop.geo.latitude, longitude: stop.geo.longitude },
    }),
    image: stop.images.map((image) => imageUrl(image.file, site) as string),
    ...(place && { containedInPlace: placeRef(place, content, site) }),
  };
}

const EVENT_STATUS: Record<string, EventStatusType> = {
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
};

/** For event pages: schema.org Event with its status and the stream as virtual location. */
export function eventJsonLd(content: LocaleContent, event: EventStream, site: Site): WithContext<Event> {
  const place = byDocumentId(content.places, event.place?.documentId);
  const url = absoluteUrl(eventPath(content.locale, event.slug), site);
  const physical =
    placeRef(place, content, site) ??
    (event.venue ? { "@type": "Place" as const, name: event.venue } : undefined);
  const virtual =
    event.hlsUrl || event.recordingUrl ? { "@type": "VirtualLocation" as const, url } : undefined;
  const location = [physical, virtual].filter((value) => value !== undefined);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.summary,
    url,
    inLanguage: LANGUAGE_TAGS[content.locale],
    startDate: event.start,
    endDate: event.end,
    eventStatus: EVENT_STATUS[event.statusOverride ?? ""] ?? "https://schema.org/EventScheduled",
    eventAttendanceMode:
      physical && virtual
        ? "https://schema.org/MixedEventAttendanceMode"
        : virtual
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
    ...(location.length > 0 && { location: location as SchemaPlace[] }),
    ...(event.postponedTo && { previousStartDate: event.start, startDate: event.postponedTo }),
    ...(event.poster && { image: imageUrl(event.poster.file, site) }),
    ...(content.settings && { organizer: { "@type": "Organization", name: content.settings.operator } }),
  };
}

/** Scan as 3D model, for the embed page. */
export function scanJsonLd(scan: Scan, pageUrl: string, site: Site): WithContext<CreativeWork> {
  return {
    "@context": "https://schema.org",
    "@type": "3DModel",
    name: scan.title,
    description: scan.description,
    url: pageUrl,
    encodingFormat: scan.model.mime,
    ...(scan.downloadAllowed && { contentUrl: absoluteUrl(scan.model.url, site) }),
    ...(LICENCE_INFO[scan.licence].url && { license: LICENCE_INFO[scan.licence].url }),
    ...(scan.attribution && { creditText: scan.attribution }),
  } as WithContext<CreativeWork>;
}
