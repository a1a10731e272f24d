/** The hotspot editor's words in the admin's two languages (the signed-in person's interface language). */
const LABELS = {
  de: {
    title: "Hotspots im Panorama setzen",
    panorama: "Panorama zum Setzen der Hotspots",
    help: "Hotspot wählen, dann ins Panorama klicken oder tippen: das setzt seine Richtung und Höhe. Mit der Tastatur: Pfeiltasten bewegen das Fadenkreuz, Eingabe setzt den Hotspot. Das Ziel wählen Sie im Hotspot im Formular.",
    which: "Hotspot",
    newHotspot: "Neuer Hotspot",
    unnamed: "ohne Beschriftung",
    hotspot: (index: number, label: string) => `Hotspot ${index} „${label}“`,
    at: (yaw: string, pitch: string) => `Richtung ${yaw}°, Höhe ${pitch}°`,
    notPlaced: "noch nicht gesetzt",
    cursor: (yaw: string, pitch: string) =>
      `Fadenkreuz bei Richtung ${yaw}°, Höhe ${pitch}°. Eingabe setzt den Hotspot.`,
    set: (name: string, yaw: string, pitch: string) => `${name} gesetzt: Richtung ${yaw}°, Höhe ${pitch}°.`,
    added: (index: number) =>
      `Hotspot ${index} angelegt. Bitte im Formular Art, Beschriftung und Ziel ergänzen.`,
    noPanorama:
      "Noch kein Panorama hochgeladen: die Fläche zeigt nur das Raster. Nach dem Hochladen erscheint hier das Bild.",
    full: "Es sind schon 30 Hotspots gesetzt, mehr erlaubt die Station nicht.",
  },
  en: {
    title: "Place panorama hotspots",
    panorama: "Panorama to place hotspots",
    help: "Choose a hotspot, then click or tap the panorama: that sets its direction and height. With the keyboard: arrow keys move the crosshair, Enter places the hotspot. Choose the target in the hotspot in the form.",
    which: "Hotspot",
    newHotspot: "New hotspot",
    unnamed: "no label",
    hotspot: (index: number, label: string) => `Hotspot ${index} “${label}”`,
    at: (yaw: string, pitch: string) => `direction ${yaw}°, height ${pitch}°`,
    notPlaced: "not placed yet",
    cursor: (yaw: string, pitch: string) =>
      `Crosshair at direction ${yaw}°, height ${pitch}°. Press Enter to place the hotspot.`,
    set: (name: string, yaw: string, pitch: string) => `${name} placed: direction ${yaw}°, height ${pitch}°.`,
    added: (index: number) =>
      `Hotspot ${index} added. Please fill in its kind, label and target in the form.`,
    noPanorama:
      "No panorama uploaded yet: the area shows the grid only. The image appears here once it is uploaded.",
    full: "There are already 30 hotspots, the most a stop allows.",
  },
};

export type HotspotEditorLabels = (typeof LABELS)["de"];

export function hotspotEditorLabels(locale: string): HotspotEditorLabels {
  return locale.toLowerCase().startsWith("de") ? LABELS.de : LABELS.en;
}
