/**
 * Demo event streams: one past with a recording, one live now, one upcoming, one cancelled. The events
 * are fictional; their dates are days from the first seed, at a plausible local time (`event-times.ts`). Stream files are generated locally
 * (`scripts/src/demo/hls/`) and served by the site under `/media/streams/<name>/`.
 */
import type { DemoEventStream } from "./types.ts";

export const DEMO_EVENT_STREAMS: readonly DemoEventStream[] = [
  {
    slug: { de: "sitzung-der-stadtvertretung", en: "town-council-meeting" },
    title: { de: "Sitzung der Stadtvertretung", en: "Town council meeting" },
    kind: "council_meeting",
    summary: {
      de: "Öffentliche Sitzung der Stadtvertretung Oldenburg in Holstein (fiktive Demo-Sitzung), mit Aufzeichnung und Untertiteln.",
      en: "Public meeting of the Oldenburg in Holstein town council (a fictional demo meeting), with a recording and captions.",
    },
    when: { days: -7, time: "18:00" },
    durationMinutes: 120,
    venue: { de: "Rathaus, Sitzungssaal", en: "Town hall, council chamber" },
    recording: "sitzung-der-stadtvertretung",
    transcript: {
      de: "Demo-Aufzeichnung: Bild und Ton sind ein Testsignal. Gesprochen wird (in den Untertiteln):",
      en: "Demo recording: picture and sound are a test signal. What is said (in the captions):",
    },
    poster: {
      picture: "council",
      alt: {
        de: "Demo-Grafik: Sitzungstisch mit Stühlen und Mikrofonen",
        en: "Demo graphic: council table with chairs and microphones",
      },
    },
  },
  {
    slug: { de: "konzert-in-st-johannis", en: "concert-at-st-johns" },
    title: { de: "Konzert in St. Johannis", en: "Concert at St John's" },
    kind: "concert",
    summary: {
      de: "Ein fiktives Demo-Konzert in der St.-Johannis-Kirche, jetzt live übertragen.",
      en: "A fictional demo concert in St John's Church, streamed live now.",
    },
    when: "live-now",
    durationMinutes: 120,
    place: "st-johannis-kirche",
    live: "konzert-in-st-johannis",
    poster: {
      picture: "concert",
      alt: {
        de: "Demo-Grafik: Noten vor einem Kirchenfenster",
        en: "Demo graphic: musical notes in front of a church window",
      },
    },
  },
  {
    slug: { de: "vortrag-starigard", en: "lecture-starigard" },
    title: { de: "Vortrag: Starigard, die alte Burg", en: "Lecture: Starigard, the old castle" },
    kind: "lecture",
    summary: {
      de: "Ein fiktiver Demo-Vortrag im Wallmuseum über den slawischen Ringwall und seine Ausgrabungen.",
      en: "A fictional demo lecture at the rampart museum about the Slavic ring fort and its excavations.",
    },
    description: {
      de: "Der Vortrag erzählt von der Gründung im späten 7. Jahrhundert, vom Bischofssitz zwischen 968 und 1160 und von den Grabungen von Karl Wilhelm Struve und Ingo Gabriel.",
      en: "The lecture tells of the founding in the late 7th century, of the bishop's seat between 968 and 1160, and of the excavations by Karl Wilhelm Struve and Ingo Gabriel.",
    },
    when: { days: 7, time: "19:30" },
    durationMinutes: 90,
    place: "oldenburger-wallmuseum",
    live: "vortrag-starigard",
    poster: {
      picture: "lecture",
      alt: {
        de: "Demo-Grafik: Rednerpult vor einer Leinwand mit Ringwall",
        en: "Demo graphic: lectern in front of a screen showing a ring rampart",
      },
    },
  },
  {
    slug: { de: "fuehrung-durch-das-wallmuseum", en: "guided-tour-of-the-rampart-museum" },
    title: { de: "Führung durch das Wallmuseum", en: "Guided tour of the rampart museum" },
    kind: "guided_tour",
    summary: {
      de: "Eine fiktive Demo-Führung ab der Dannauer Scheune, live übertragen.",
      en: "A fictional demo guided tour from the Dannauer Scheune barn, streamed live.",
    },
    when: { days: 3, time: "11:00" },
    durationMinutes: 60,
    place: "oldenburger-wallmuseum",
    statusOverride: "cancelled",
    statusNote: {
      de: "Die Führung fällt aus. Ein neuer Termin wird hier bekannt gegeben.",
      en: "The guided tour is cancelled. A new date will be announced here.",
    },
    poster: {
      picture: "guided-tour",
      alt: {
        de: "Demo-Grafik: Wegweiser vor einer Scheune",
        en: "Demo graphic: signpost in front of a barn",
      },
    },
  },
  {
    draft: true,
    slug: { de: "entwurf-sommerkonzert", en: "draft-summer-concert" },
    title: { de: "ENTWURF: Sommerkonzert", en: "ENTWURF (draft): summer concert" },
    kind: "concert",
    summary: {
      de: "Entwurf: Termin, Ort und Stream-Adresse stehen noch nicht fest.",
      en: "Draft: date, venue and stream URL are not fixed yet.",
    },
    when: { days: 30, time: "19:00" },
    durationMinutes: 120,
  },
];
