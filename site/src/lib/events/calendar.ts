/** The calendar files of the site (feed and per event), built from the content of one language. */
import type { EventStream } from "@showroom/content-types";
import { byDocumentId, getLocaleContent, type LocaleContent } from "../content/site-content.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { absoluteUrl, eventPath } from "../i18n/routes.ts";
import { slugStaticPaths } from "../page-data/paths.ts";
import { locationText } from "./event-view.ts";
import { type CalendarEvent, calendarFile } from "./ics.ts";
import { eventMessages } from "./messages.ts";

function calendarEvent(content: LocaleContent, event: EventStream, site: URL | undefined): CalendarEvent {
  const place = byDocumentId(content.places, event.place?.documentId);
  return {
    id: event.documentId,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    statusOverride: event.statusOverride ?? null,
    postponedTo: event.postponedTo ?? null,
    location: locationText(event, place) ?? null,
    geo: place ? { lat: place.geo.latitude, lon: place.geo.longitude } : null,
    url: absoluteUrl(eventPath(content.locale, event.slug), site ?? "http://localhost/"),
    updatedAt: event.updatedAt,
  };
}

function options(locale: SiteLocale, site: URL | undefined, calendarName?: string) {
  const m = eventMessages(locale);
  return {
    uidDomain: site?.hostname || "localhost",
    cancelledPrefix: m.cancelledPrefix,
    postponedNote: m.postponedNote,
    ...(calendarName ? { calendarName } : {}),
  };
}

const headers = { "content-type": "text/calendar; charset=utf-8" };

export async function calendarFeedResponse(locale: SiteLocale, site: URL | undefined): Promise<Response> {
  const content = await getLocaleContent(locale);
  const name = `${content.settings?.siteName ?? "Digital Showroom"} – ${eventMessages(locale).calendarName}`;
  const events = content.events.map((event) => calendarEvent(content, event, site));
  return new Response(calendarFile(events, options(locale, site, name)), { headers });
}

export async function eventCalendarResponse(
  locale: SiteLocale,
  documentId: string,
  site: URL | undefined,
): Promise<Response> {
  const content = await getLocaleContent(locale);
  const event = byDocumentId(content.events, documentId);
  if (!event) throw new Error(`calendar: no event ${documentId} in ${locale}`);
  return new Response(calendarFile([calendarEvent(content, event, site)], options(locale, site)), {
    headers,
  });
}

export async function eventStaticPaths(locale: SiteLocale) {
  return slugStaticPaths((await getLocaleContent(locale)).events);
}
