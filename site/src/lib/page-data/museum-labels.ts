/** Interface texts of the museum pages: header menu, home, gallery, share/cite, related objects, filters. */
import { stringTable } from "../i18n/string-table.ts";

const de = {
  menu: "Menü",
  liveNow: "Jetzt live",
  enlarge: (n: number, total: number) => `Bild ${n} von ${total} vergrößern`,
  viewerTitle: "Bildansicht",
  zoomIn: "Vergrößern",
  zoomOut: "Verkleinern",
  zoomReset: "Ganzes Bild",
  close: "Schließen",
  viewerHelp: "Zoomen mit Plus und Minus oder zwei Fingern, verschieben mit den Pfeiltasten oder Ziehen.",
  imageLicence: "Lizenz",
  downloadImage: "Bild herunterladen",
  relatedObjects: "Ähnliche Objekte",
  partOfTours: "Teil der Touren",
  stopOf: (tour: string, number: number) => `${tour}, Station ${number}`,
  cite: "Zitieren und teilen",
  citation: "Zitiervorschlag",
  permalink: "Dauerhafter Link",
  copy: "Zitat kopieren",
  copied: "Kopiert.",
  share: "Teilen",
  accessed: (date: string) => `abgerufen am ${date}`,
  filter: (count: number) => (count > 0 ? `Filter (${count})` : "Filter"),
};

const en: typeof de = {
  menu: "Menu",
  liveNow: "Live now",
  enlarge: (n, total) => `Enlarge image ${n} of ${total}`,
  viewerTitle: "Image viewer",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  zoomReset: "Whole image",
  close: "Close",
  viewerHelp: "Zoom with plus and minus or two fingers, move with the arrow keys or by dragging.",
  imageLicence: "Licence",
  downloadImage: "Download image",
  relatedObjects: "Related objects",
  partOfTours: "Part of the tours",
  stopOf: (tour, number) => `${tour}, stop ${number}`,
  cite: "Cite and share",
  citation: "Suggested citation",
  permalink: "Permanent link",
  copy: "Copy citation",
  copied: "Copied.",
  share: "Share",
  accessed: (date) => `accessed ${date}`,
  filter: (count) => (count > 0 ? `Filter (${count})` : "Filter"),
};

export const museumLabels = stringTable("museum page texts", { de, en });
