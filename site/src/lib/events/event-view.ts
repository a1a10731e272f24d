/**
 * Shapes an EventStream for its page and lists: location text, caption tracks with labels, the
 * transcript read from the caption files, chapters, and the timing the browser re-evaluates.
 * Pages stay markup only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EventStream, Place } from "@showroom/content-types";
import { resolvedSnapshotDir } from "../content/config.ts";
import { byDocumentId, type LocaleContent } from "../content/site-content.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { eventPath, placePath } from "../i18n/routes.ts";
import { type EventState, type EventTiming, eventState } from "./event-state.ts";

export { type EventGroup, eventGroup } from "./event-state.ts";

import { parseWebVtt, type TranscriptCue } from "./webvtt.ts";

const LANGUAGE_NAMES: Record<string, { de: string; en: string }> = {
  de: { de: "Deutsch", en: "German" },
  en: { de: "Englisch", en: "English" },
  da: { de: "Dänisch", en: "Danish" },
  nds: { de: "Plattdeutsch", en: "Low German" },
};

export interface CaptionTrackView {
  language: string;
  label: string;
  url: string;
}

export interface ChapterView {
  offsetSeconds: number;
  title: string;
  agendaItem?: string | null | undefined;
}

export interface EventView {
  event: EventStream;
  href: string;
  timing: EventTiming;
  /** State when the page was built (the browser recomputes it). */
  builtState: EventState;
  place?: Place | undefined;
  placeHref?: string | undefined;
  /** Place name and address, or the venue text. */
  locationText?: string | undefined;
  captions: CaptionTrackView[];
  chapters: ChapterView[];
  /** Cues of the caption file in the page's language (else the first one), for the HTML transcript. */
  transcript?: { language: string; label: string; cues: TranscriptCue[] } | undefined;
}

export function eventTiming(event: EventStream): EventTiming {
  return {
    start: event.start,
    end: event.end,
    statusOverride: event.statusOverride ?? null,
    postponedTo: event.postponedTo ?? null,
    hlsUrl: event.hlsUrl ?? null,
    recordingUrl: event.recordingUrl ?? null,
  };
}

export function locationText(event: EventStream, place: Place | undefined): string | undefined {
  if (place) {
    const address = place.address
      ? [place.address.street, [place.address.postalCode, place.address.locality].filter(Boolean).join(" ")]
          .filter(Boolean)
          .join(", ")
      : "";
    return [place.name, event.venue, address].filter(Boolean).join(", ");
  }
  return event.venue ?? undefined;
}

function readCaptionFile(url: string, where: string): string | undefined {
  // Caption media are served from /media/<file>; at build time the file is in the snapshot.
  const file = join(resolvedSnapshotDir(), url.replace(/^\/+/, ""));
  if (!existsSync(file)) {
    console.warn(`${where}: caption file ${url} not found in the snapshot; the transcript is left out`);
    return undefined;
  }
  return readFileSync(file, "utf8");
}

export function eventView(content: LocaleContent, event: EventStream, now: Date = new Date()): EventView {
  const locale: SiteLocale = content.locale;
  const place = byDocumentId(content.places, event.place?.documentId);
  const captions = event.captions.map((track) => ({
    language: track.language,
    label: track.label || (LANGUAGE_NAMES[track.language]?.[locale] ?? track.language),
    url: track.file.url,
  }));
  const preferred = captions.find((track) => track.language === locale) ?? captions[0];
  let transcript: EventView["transcript"];
  if (preferred) {
    const where = `event "${event.title}" (${locale}), captions ${preferred.language}`;
    const text = readCaptionFile(preferred.url, where);
    if (text)
      transcript = { language: preferred.language, label: preferred.label, cues: parseWebVtt(text, where) };
  }
  const timing = eventTiming(event);
  return {
    event,
    href: eventPath(locale, event.slug),
    timing,
    builtState: eventState(timing, now),
    place,
    placeHref: place && placePath(locale, place.slug),
    locationText: locationText(event, place),
    captions,
    chapters: [...event.chapters].sort((a, b) => a.offsetSeconds - b.offsetSeconds),
    transcript,
  };
}
