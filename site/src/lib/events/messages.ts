/** Interface texts of the event pages and the player, per language (content texts come from the CMS). */
import type { PlayerMessages } from "../../islands/stream-player/messages.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { stringTable } from "../i18n/string-table.ts";

const de = {
  player: {
    play: "Abspielen",
    loading: "Wird geladen …",
    notStarted: "Der Livestream hat noch nicht begonnen. Neuer Versuch in {seconds} s.",
    reconnecting: "Verbindung unterbrochen. Neuer Versuch in {seconds} s …",
    liveEnded: "Der Livestream ist beendet.",
    recordingEnded: "Ende der Aufzeichnung.",
    unavailable: "Der Stream ist zurzeit nicht erreichbar.",
    unsupported: "Dieser Browser kann den Stream nicht abspielen. Bitte nutzen Sie einen aktuellen Browser.",
    retry: "Erneut versuchen",
    quality: "Qualität",
    qualityAuto: "Automatisch",
    captions: "Untertitel",
    captionsOff: "Aus",
  } satisfies PlayerMessages,
  events: "Veranstaltungen",
  liveNow: "Jetzt live",
  upcoming: "Demnächst",
  past: "Vergangene Veranstaltungen",
  noUpcoming: "Zurzeit sind keine weiteren Veranstaltungen angekündigt.",
  noPast: "Noch keine vergangenen Veranstaltungen.",
  calendarFeed: "Alle Veranstaltungen als Kalender abonnieren (.ics)",
  addToCalendar: "In den Kalender eintragen (.ics)",
  startsIn: "Beginnt in",
  liveLabel: "Live",
  stateLabel: {
    upcoming: "Demnächst",
    live: "Jetzt live",
    ended: "Beendet",
    recorded: "Aufzeichnung",
    cancelled: "Abgesagt",
    postponed: "Verschoben",
  },
  liveNoStream: "Die Veranstaltung läuft gerade. Sie wird nicht im Internet übertragen.",
  recordingFollows: "Die Veranstaltung ist beendet. Die Aufzeichnung folgt in Kürze.",
  endedNoRecording: "Die Veranstaltung ist beendet.",
  cancelled: "Diese Veranstaltung ist abgesagt.",
  postponed: "Diese Veranstaltung ist verschoben.",
  postponedTo: "Neuer Termin:",
  postponedNoDate: "Ein neuer Termin steht noch nicht fest.",
  when: "Termin",
  where: "Ort",
  kind: "Art",
  chapters: "Kapitel",
  chaptersHint: "Ein Klick auf ein Kapitel springt an diese Stelle der Aufzeichnung.",
  transcript: "Transkript",
  transcriptFrom: (label: string) => `Transkript (aus den Untertiteln, ${label})`,
  playerLabel: (title: string) => `Videoplayer: ${title}`,
  noScriptStream: "Zum Abspielen wird JavaScript benötigt. Die Adresse des Streams für eigene Player:",
  kinds: {
    council_meeting: "Sitzung der Stadtvertretung",
    concert: "Konzert",
    lecture: "Vortrag",
    guided_tour: "Führung",
  },
  calendarName: "Veranstaltungen",
  cancelledPrefix: "Abgesagt: ",
  postponedNote: "Verschoben – ein neuer Termin steht noch nicht fest.",
};

export type EventMessages = typeof de;

const en: EventMessages = {
  player: {
    play: "Play",
    loading: "Loading …",
    notStarted: "The live stream has not started yet. Trying again in {seconds} s.",
    reconnecting: "Connection lost. Trying again in {seconds} s …",
    liveEnded: "The live stream has ended.",
    recordingEnded: "End of the recording.",
    unavailable: "The stream cannot be reached at the moment.",
    unsupported: "This browser cannot play the stream. Please use a current browser.",
    retry: "Try again",
    quality: "Quality",
    qualityAuto: "Automatic",
    captions: "Captions",
    captionsOff: "Off",
  },
  events: "Events",
  liveNow: "Live now",
  upcoming: "Upcoming",
  past: "Past events",
  noUpcoming: "No further events have been announced.",
  noPast: "No past events yet.",
  calendarFeed: "Subscribe to all events as a calendar (.ics)",
  addToCalendar: "Add to calendar (.ics)",
  startsIn: "Starts in",
  liveLabel: "Live",
  stateLabel: {
    upcoming: "Upcoming",
    live: "Live now",
    ended: "Ended",
    recorded: "Recording",
    cancelled: "Cancelled",
    postponed: "Postponed",
  },
  liveNoStream: "The event is taking place now. It is not streamed online.",
  recordingFollows: "The event has ended. The recording will follow shortly.",
  endedNoRecording: "The event has ended.",
  cancelled: "This event has been cancelled.",
  postponed: "This event has been postponed.",
  postponedTo: "New date:",
  postponedNoDate: "A new date has not been set yet.",
  when: "Date",
  where: "Venue",
  kind: "Kind",
  chapters: "Chapters",
  chaptersHint: "Select a chapter to jump to that point in the recording.",
  transcript: "Transcript",
  transcriptFrom: (label: string) => `Transcript (from the captions, ${label})`,
  playerLabel: (title: string) => `Video player: ${title}`,
  noScriptStream: "Playing needs JavaScript. The stream address for other players:",
  kinds: {
    council_meeting: "Council meeting",
    concert: "Concert",
    lecture: "Lecture",
    guided_tour: "Guided tour",
  },
  calendarName: "Events",
  cancelledPrefix: "Cancelled: ",
  postponedNote: "Postponed – a new date has not been set yet.",
};

/** The event pages' and the player's texts of one language. */
export const eventMessages = stringTable("event texts", { de, en });

/** Date and time of an event in the page's language and the municipality's time zone. */
export function formatEventDate(iso: string, locale: SiteLocale): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));
}

/** "Thursday, 12 June 2026, 19:30 – 21:00" (the end's date only when it differs). */
export function formatEventRange(start: string, end: string, locale: SiteLocale): string {
  const tag = locale === "de" ? "de-DE" : "en-GB";
  const format = new Intl.DateTimeFormat(tag, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  });
  return format.formatRange(new Date(start), new Date(end));
}
