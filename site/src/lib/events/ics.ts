/**
 * iCalendar (RFC 5545) files for events: one per event ("add to calendar") and a feed of all events.
 * Built on the `ics` package, which does the escaping and line folding; this module only decides
 * what an event means in a calendar (status, moved dates, a stable UID).
 */
import { createEvents, type EventAttributes } from "ics";

/** What a calendar entry needs from an event, already localised by the caller. */
export interface CalendarEvent {
  /** Stable across edits and locales (the CMS documentId), so calendars update instead of duplicating. */
  id: string;
  title: string;
  summary?: string | null;
  start: string;
  end: string;
  statusOverride?: "cancelled" | "postponed" | null;
  postponedTo?: string | null;
  /** Free-text location (place name and address, or the venue text). */
  location?: string | null;
  geo?: { lat: number; lon: number } | null;
  /** Absolute URL of the event page. */
  url: string;
  /** ISO 8601; drives SEQUENCE so a changed event replaces the old copy in subscribed calendars. */
  updatedAt?: string | null;
}

export interface CalendarOptions {
  /** Calendar name shown by clients for a feed (X-WR-CALNAME). */
  calendarName?: string;
  /** Domain part of the UIDs, e.g. the site's host name. */
  uidDomain: string;
  /** Line shown in the description for postponed events without a new date. */
  postponedNote?: string;
  /** Prefix for the title of cancelled events, e.g. "Abgesagt: ". */
  cancelledPrefix?: string;
}

const PRODUCT_ID = "digital-showroom/events";

function toAttributes(event: CalendarEvent, options: CalendarOptions): EventAttributes {
  let start = Date.parse(event.start);
  let end = Date.parse(event.end);
  if (Number.isNaN(start) || Number.isNaN(end)) {
    throw new Error(`ics: event "${event.id}" (${event.title}) has an unreadable start or end date`);
  }
  // A postponed event with a known new date moves in the calendar, keeping its planned length.
  if (event.statusOverride === "postponed" && event.postponedTo) {
    const moved = Date.parse(event.postponedTo);
    if (!Number.isNaN(moved)) {
      end = moved + (end - start);
      start = moved;
    }
  }
  const lines = [event.summary ?? ""];
  if (event.statusOverride === "postponed" && !event.postponedTo && options.postponedNote) {
    lines.push(options.postponedNote);
  }
  lines.push(event.url);
  const updated = event.updatedAt ? Date.parse(event.updatedAt) : Number.NaN;
  const cancelled = event.statusOverride === "cancelled";
  return {
    uid: `${event.id}@${options.uidDomain}`,
    productId: PRODUCT_ID,
    title: cancelled && options.cancelledPrefix ? `${options.cancelledPrefix}${event.title}` : event.title,
    description: lines.filter(Boolean).join("\n\n"),
    start,
    end,
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    url: event.url,
    ...(event.location ? { location: event.location } : {}),
    ...(event.geo ? { geo: event.geo } : {}),
    status: cancelled
      ? "CANCELLED"
      : event.statusOverride === "postponed" && !event.postponedTo
        ? "TENTATIVE"
        : "CONFIRMED",
    // SEQUENCE must grow with every change; the edit time in seconds does without stored counters.
    ...(Number.isNaN(updated) ? {} : { sequence: Math.floor(updated / 1000), lastModified: updated }),
  };
}

/** An iCalendar text with one VEVENT per event (an empty VCALENDAR when there are none). */
export function calendarFile(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, options)),
    options.calendarName
      ? { calName: options.calendarName, productId: PRODUCT_ID }
      : { productId: PRODUCT_ID },
  );
  if (error || typeof value !== "string") {
    throw new Error(`ics: could not write the calendar: ${error?.message ?? "no output"}`);
  }
  return refold(value);
}

/**
 * RFC 5545 §3.1: content lines are folded at 75 *octets*. The `ics` package folds at 75 characters,
 * which lets German text with umlauts or dashes run over; unfold its output and fold again by bytes,
 * never inside a multi-byte character.
 */
export function refold(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, "");
  const encoder = new TextEncoder();
  const out: string[] = [];
  for (const line of unfolded.split("\r\n")) {
    let current = "";
    let bytes = 0;
    let limit = 75;
    for (const char of line) {
      const size = encoder.encode(char).length;
      if (bytes + size > limit) {
        out.push(current);
        current = " ";
        bytes = 1;
        limit = 75;
      }
      current += char;
      bytes += size;
    }
    out.push(current);
  }
  return out.join("\r\n");
}
