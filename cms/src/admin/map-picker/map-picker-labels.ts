/** The picker's words in the admin's two languages (the interface language of the signed-in person). */
const LABELS = {
  de: {
    title: "Position auf der Karte",
    map: "Karte zum Setzen der Position",
    help: "Auf die Karte klicken oder tippen setzt die Position. Mit der Tastatur: Pfeiltasten verschieben die Nadel, Eingabe übernimmt sie, + und − zoomen.",
    zoomIn: "Vergrößern",
    zoomOut: "Verkleinern",
    current: (lat: string, lon: string) => `Breitengrad ${lat}, Längengrad ${lon}`,
    none: "Noch keine Position gesetzt.",
    pending: (lat: string, lon: string) =>
      `Nadel bei Breitengrad ${lat}, Längengrad ${lon}. Eingabe übernimmt die Position.`,
    set: (lat: string, lon: string) => `Position gesetzt: Breitengrad ${lat}, Längengrad ${lon}.`,
    noBasemap: "Die Grundkarte konnte nicht geladen werden; die Position lässt sich trotzdem setzen.",
    demo: "Demo-Grundkarte, im Code gezeichnet",
  },
  en: {
    title: "Position on the map",
    map: "Map to set the position",
    help: "Click or tap the map to set the position. With the keyboard: arrow keys move the pin, Enter sets it, + and − zoom.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    current: (lat: string, lon: string) => `Latitude ${lat}, longitude ${lon}`,
    none: "No position set yet.",
    pending: (lat: string, lon: string) => `Pin at latitude ${lat}, longitude ${lon}. Press Enter to set it.`,
    set: (lat: string, lon: string) => `Position set: latitude ${lat}, longitude ${lon}.`,
    noBasemap: "The basemap could not be loaded; the position can still be set.",
    demo: "Demo basemap, drawn in code",
  },
};

export type MapPickerLabels = (typeof LABELS)["de"];

export function mapPickerLabels(locale: string): MapPickerLabels {
  return locale.toLowerCase().startsWith("de") ? LABELS.de : LABELS.en;
}
