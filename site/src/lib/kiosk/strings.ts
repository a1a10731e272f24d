/** The kiosk's own interface texts. */
import { stringTable } from "../i18n/string-table.ts";

const de = {
  kiosk: "Kiosk",
  tours: "Touren",
  objects: "Objekte",
  start: "Zur Startseite",
  stop: "Station",
  audio: "Audioguide",
  transcript: "Text zum Mitlesen",
  scan: "3D-Modell",
  touchToStart: "Berühren Sie den Bildschirm, um zu beginnen",
  attractLabel: "Begrüßung: Berühren zum Starten",
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  onlyInOtherLanguage: "Dieser Kiosk zeigt nur die englische Fassung.",
};

const en: typeof de = {
  kiosk: "Kiosk",
  tours: "Tours",
  objects: "Objects",
  start: "Back to start",
  stop: "Stop",
  audio: "Audio guide",
  transcript: "Transcript",
  scan: "3D model",
  touchToStart: "Touch the screen to begin",
  attractLabel: "Welcome: touch to start",
  otherLanguage: "Deutsch",
  otherLanguageLabel: "Auf Deutsch wechseln",
  onlyInOtherLanguage: "This kiosk shows the German version only.",
};

export type KioskStrings = typeof de;
export const kioskStrings = stringTable<KioskStrings>("kiosk texts", { de, en });
