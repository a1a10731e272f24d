/** Interface texts of the viewer in the languages of the showroom. German is the default. */
import { type ProgressStrings, progressStrings, type ViewerLocale } from "./i18n-progress.ts";
import type { ViewerErrorCode } from "./types.ts";

export { formatFileSize, type ViewerLocale } from "./i18n-progress.ts";

export interface ViewerStrings extends ProgressStrings {
  showModel: (size: string | undefined) => string;
  fullLoaded: string;
  /** The button's follow-up note: the full level loads after the quick one. */
  fullSizeNote: (size: string) => string;
  /** The full level could not be loaded; the quick level stays. */
  fullFailed: string;
  unavailable: { pending: string; failed: string };
  loaded: string;
  viewerLabel: (alt: string) => string;
  instructions: string;
  toolbar: string;
  resetView: string;
  zoomIn: string;
  zoomOut: string;
  autoRotate: string;
  guidedView: string;
  guidedViewStop: string;
  previous: string;
  next: string;
  guidedStep: (index: number, total: number, title: string) => string;
  measure: string;
  measureHint: string;
  measureFirstPoint: string;
  measureResult: (distance: string) => string;
  fullscreen: string;
  exitFullscreen: string;
  viewInAr: string;
  viewInArIos: string;
  annotations: string;
  showInModel: string;
  closeAnnotation: string;
  description: string;
  licence: string;
  errorTitle: string;
  errors: {
    missing: string;
    broken: string;
    invalid: string;
    network: string;
    webgl: string;
    contextLost: string;
    foreign: string;
    unknown: string;
  };
  /** The `foreign` error naming the servers (`host[:port]`, comma-separated). */
  foreignServers: (hosts: string) => string;
}

const de: ViewerStrings = {
  ...progressStrings("de"),
  showModel: (size) => (size ? `3D-Modell anzeigen (${size})` : "3D-Modell anzeigen"),
  fullLoaded: "Das 3D-Modell wird jetzt in voller Qualität gezeigt.",
  fullSizeNote: (size) => `danach volle Qualität: ${size}`,
  fullFailed: "Die volle Qualität konnte nicht geladen werden; Sie sehen die Schnellansicht.",
  unavailable: {
    pending: "Das 3D-Modell wird noch aufbereitet.",
    failed: "Das 3D-Modell konnte nicht für die Website aufbereitet werden; hier sehen Sie ein Bild.",
  },
  loaded:
    "3D-Modell geladen. Mit den Pfeiltasten drehen, mit Umschalt und Pfeiltasten verschieben, mit Plus und Minus zoomen, mit 0 die Ansicht zurücksetzen.",
  viewerLabel: (alt) => `3D-Ansicht: ${alt}`,
  instructions:
    "Ziehen oder Pfeiltasten: drehen. Rechte Maustaste, zwei Finger oder Umschalt und Pfeiltasten: verschieben. Mausrad, Zwei-Finger-Geste oder Plus und Minus: zoomen. 0: Ansicht zurücksetzen. Tabulator: weiter zu den Schaltflächen.",
  toolbar: "Steuerung der 3D-Ansicht",
  resetView: "Ansicht zurücksetzen",
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  autoRotate: "Automatisch drehen",
  guidedView: "Geführte Ansicht",
  guidedViewStop: "Geführte Ansicht beenden",
  previous: "Zurück",
  next: "Weiter",
  guidedStep: (index, total, title) => `Station ${index} von ${total}: ${title}`,
  measure: "Messen",
  measureHint: "Messen: Klicken Sie nacheinander auf zwei Punkte des Modells.",
  measureFirstPoint: "Erster Punkt gesetzt. Klicken Sie auf den zweiten Punkt.",
  measureResult: (distance) => `Abstand: ${distance}`,
  fullscreen: "Vollbild",
  exitFullscreen: "Vollbild beenden",
  viewInAr: "In AR ansehen",
  viewInArIos: "In AR ansehen (iPhone, iPad)",
  annotations: "Anmerkungen zum 3D-Modell",
  showInModel: "Im Modell zeigen",
  closeAnnotation: "Anmerkung schließen",
  description: "Beschreibung des 3D-Modells",
  licence: "Lizenz",
  errorTitle: "Das 3D-Modell kann nicht angezeigt werden.",
  errors: {
    missing: "Die 3D-Datei wurde nicht gefunden.",
    broken: "Die 3D-Datei ist beschädigt oder keine glTF-Datei.",
    invalid: "Die 3D-Datei ist fehlerhaft (kein gültiges glTF 2.0).",
    network: "Die 3D-Datei konnte nicht geladen werden. Bitte prüfen Sie die Internetverbindung.",
    webgl:
      "Ihr Browser kann keine 3D-Grafik (WebGL) darstellen. Sie sehen stattdessen ein Bild und die Beschreibung.",
    contextLost: "Die 3D-Darstellung wurde vom Browser beendet.",
    foreign:
      "Dieses Modell verweist auf Dateien eines fremden Servers; es wird aus Datenschutzgründen nicht geladen.",
    unknown: "Beim Anzeigen des 3D-Modells ist ein Fehler aufgetreten.",
  },
  foreignServers: (hosts) =>
    `Dieses Modell verweist auf Dateien eines fremden Servers (${hosts}); es wird aus Datenschutzgründen nicht geladen.`,
};

const en: ViewerStrings = {
  ...progressStrings("en"),
  showModel: (size) => (size ? `Show 3D model (${size})` : "Show 3D model"),
  fullLoaded: "The 3D model is now shown in full quality.",
  fullSizeNote: (size) => `then full quality: ${size}`,
  fullFailed: "The full quality could not be loaded; you see the quick view.",
  unavailable: {
    pending: "The 3D model is still being prepared.",
    failed: "The 3D model could not be prepared for the website; you see a picture instead.",
  },
  loaded:
    "3D model loaded. Use the arrow keys to rotate, Shift and arrow keys to pan, plus and minus to zoom, 0 to reset the view.",
  viewerLabel: (alt) => `3D view: ${alt}`,
  instructions:
    "Drag or arrow keys: rotate. Right mouse button, two fingers or Shift and arrow keys: pan. Mouse wheel, pinch or plus and minus: zoom. 0: reset view. Tab: on to the buttons.",
  toolbar: "3D view controls",
  resetView: "Reset view",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  autoRotate: "Rotate automatically",
  guidedView: "Guided view",
  guidedViewStop: "Stop guided view",
  previous: "Previous",
  next: "Next",
  guidedStep: (index, total, title) => `Stop ${index} of ${total}: ${title}`,
  measure: "Measure",
  measureHint: "Measure: click two points on the model, one after the other.",
  measureFirstPoint: "First point set. Click the second point.",
  measureResult: (distance) => `Distance: ${distance}`,
  fullscreen: "Full screen",
  exitFullscreen: "Exit full screen",
  viewInAr: "View in AR",
  viewInArIos: "View in AR (iPhone, iPad)",
  annotations: "Notes on the 3D model",
  showInModel: "Show in model",
  closeAnnotation: "Close note",
  description: "Description of the 3D model",
  licence: "Licence",
  errorTitle: "The 3D model cannot be shown.",
  errors: {
    missing: "The 3D file was not found.",
    broken: "The 3D file is damaged or not a glTF file.",
    invalid: "The 3D file has errors (not valid glTF 2.0).",
    network: "The 3D file could not be loaded. Please check the internet connection.",
    webgl: "Your browser cannot show 3D graphics (WebGL). You see a picture and the description instead.",
    contextLost: "The browser stopped the 3D view.",
    foreign: "This model refers to files on another server; it is not loaded, to protect your privacy.",
    unknown: "Something went wrong while showing the 3D model.",
  },
  foreignServers: (hosts) =>
    `This model refers to files on another server (${hosts}); it is not loaded, to protect your privacy.`,
};

const strings: Record<ViewerLocale, ViewerStrings> = { de, en };

export function viewerStrings(locale: ViewerLocale | undefined): ViewerStrings {
  return strings[locale ?? "de"] ?? de;
}

/** The message visitors read for an error; a refused model names the servers it points to. */
export function errorText(t: ViewerStrings, code: ViewerErrorCode, hosts: readonly string[] = []): string {
  if (code === "foreign" && hosts.length > 0) return t.foreignServers(hosts.join(", "));
  return t.errors[code];
}

/** A distance in metres in the unit a visitor reads easily: mm below 1 cm, cm below 1 m, else m. */
export function formatDistance(metres: number, locale: ViewerLocale = "de"): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (metres < 0.01) return `${format(metres * 1000, 1)} mm`;
  if (metres < 1) return `${format(metres * 100, 1)} cm`;
  return `${format(metres, 2)} m`;
}
