/** URLs of the event calendar files, next to the event pages (`routes.ts` holds the page URLs). */
import type { SiteLocale } from "../i18n/locales.ts";
import { eventPath, sectionPath } from "../i18n/routes.ts";

const CALENDAR_FILE: Record<SiteLocale, string> = { de: "kalender.ics", en: "calendar.ics" };

/** The feed of all events: `/veranstaltungen/kalender.ics`, `/en/events/calendar.ics`. */
export function calendarFeedPath(locale: SiteLocale): string {
  return `${sectionPath("events", locale)}${CALENDAR_FILE[locale]}`;
}

/** One event as a calendar file: `/veranstaltungen/<slug>/kalender.ics`. */
export function eventCalendarPath(locale: SiteLocale, slug: string): string {
  return `${eventPath(locale, slug)}${CALENDAR_FILE[locale]}`;
}
