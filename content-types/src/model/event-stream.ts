import { defineContentType } from "../define.ts";
import { bodyField, singleImageField, slugField, summaryField, titleField } from "../fields.ts";

export const EVENT_KINDS = ["council_meeting", "concert", "lecture", "guided_tour"] as const;

export const eventStream = defineContentType({
  name: "event-stream",
  pluralName: "event-streams",
  kind: "collectionType",
  displayName: { de: "Livestream", en: "Event stream" },
  description: {
    de: "Eine Veranstaltung mit Livestream und späterer Aufzeichnung.",
    en: "An event with a livestream and a later recording.",
  },
  titleField: "title",
  localized: true,
  listFields: ["title", "kind", "start", "statusOverride", "updatedAt"],
  fields: {
    title: titleField(),
    slug: slugField("title"),
    kind: {
      kind: "enumeration",
      values: EVENT_KINDS,
      valueLabels: {
        council_meeting: { de: "Sitzung der Stadtvertretung", en: "Council meeting" },
        concert: { de: "Konzert", en: "Concert" },
        lecture: { de: "Vortrag", en: "Lecture" },
        guided_tour: { de: "Führung", en: "Guided tour" },
      },
      label: { de: "Art", en: "Kind" },
      required: true,
      localized: false,
    },
    summary: summaryField(),
    description: bodyField({ de: "Beschreibung", en: "Description" }),
    start: {
      kind: "datetime",
      label: { de: "Beginn", en: "Start" },
      required: true,
      localized: false,
    },
    end: {
      kind: "datetime",
      label: { de: "Ende", en: "End" },
      required: true,
      localized: false,
      help: {
        de: "Geplantes Ende; muss nach dem Beginn liegen.",
        en: "Planned end; must be after the start.",
      },
    },
    place: {
      kind: "relation",
      relation: "manyToOne",
      target: "place",
      label: { de: "Ort", en: "Place" },
    },
    venue: {
      kind: "string",
      label: { de: "Veranstaltungsort (Text)", en: "Venue (text)" },
      localized: true,
      maxLength: 200,
      help: {
        de: "Wenn der Ort keine Kulturstätte ist, z. B. „Rathaus, Sitzungssaal“.",
        en: "When the venue is not a place, e.g. “Town hall”.",
      },
    },
    hlsUrl: {
      kind: "string",
      label: { de: "Livestream-Adresse (HLS)", en: "Live stream URL (HLS)" },
      localized: false,
      maxLength: 500,
      regex: "^(https?://|/)\\S+\\.m3u8(\\?\\S*)?$",
      help: {
        de: "Adresse der .m3u8-Datei des Livestreams.",
        en: "URL of the live stream's .m3u8 playlist.",
      },
    },
    streamKey: {
      kind: "string",
      label: { de: "Stream-Schlüssel", en: "Stream key" },
      localized: false,
      private: true,
      maxLength: 64,
      regex: "^[A-Za-z0-9_-]{16,64}$",
      help: {
        de: "Wird beim Anlegen erzeugt. In OBS oder der Handy-App als Stream-Schlüssel eintragen (Server: siehe „Live senden“). Geheim halten; nie öffentlich.",
        en: "Made when the event is created. Enter it in OBS or the phone app as the stream key (server: see “Go live”). Keep it secret; never public.",
      },
    },
    statusOverride: {
      kind: "enumeration",
      values: ["cancelled", "postponed"],
      valueLabels: {
        cancelled: { de: "Abgesagt", en: "Cancelled" },
        postponed: { de: "Verschoben", en: "Postponed" },
      },
      label: { de: "Status (überschreibt Zeitplan)", en: "Status (overrides schedule)" },
      localized: false,
    },
    postponedTo: {
      kind: "datetime",
      label: { de: "Neuer Termin", en: "New date" },
      localized: false,
      help: {
        de: "Nur bei „Verschoben“, wenn der neue Termin feststeht.",
        en: "Only when postponed and the new date is known.",
      },
    },
    statusNote: {
      kind: "text",
      label: { de: "Hinweis zum Status", en: "Status note" },
      localized: true,
      maxLength: 500,
    },
    recordingUrl: {
      kind: "string",
      label: { de: "Aufzeichnung (HLS)", en: "Recording (HLS)" },
      localized: false,
      maxLength: 500,
      regex: "^(https?://|/)\\S+\\.m3u8(\\?\\S*)?$",
    },
    captions: {
      kind: "component",
      component: "stream.caption-track",
      repeatable: true,
      label: { de: "Untertitel", en: "Captions" },
      localized: false,
      help: {
        de: "WebVTT je Sprache. Für Aufzeichnungen von Sitzungen der Stadtvertretung Pflicht.",
        en: "WebVTT per language. Required for recordings of council meetings.",
      },
    },
    chapters: {
      kind: "component",
      component: "stream.chapter",
      repeatable: true,
      label: { de: "Kapitel / Tagesordnung", en: "Chapters / agenda" },
      localized: true,
    },
    transcript: bodyField({ de: "Transkript", en: "Transcript" }),
    poster: singleImageField({ de: "Vorschaubild", en: "Poster image" }),
  },
  rules: [
    {
      kind: "order",
      start: "start",
      end: "end",
      message: { de: "Das Ende muss nach dem Beginn liegen.", en: "The end must be after the start." },
    },
  ],
});
