/** The preview pane's words in the admin's two languages (the interface language of the signed-in person). */
const LABELS = {
  de: {
    title: "Seitenvorschau",
    frame: "Vorschau der Seite dieses Eintrags",
    building: "Die Vorschau wird erstellt …",
    unsaved: "Ungespeicherte Änderungen erscheinen nach dem Speichern.",
    openWide: "Vorschau in neuem Tab öffnen",
    failed: "Die Vorschau konnte nicht geladen werden. Bitte speichern und erneut versuchen.",
  },
  en: {
    title: "Page preview",
    frame: "Preview of this entry's page",
    building: "Building the preview …",
    unsaved: "Unsaved changes appear after saving.",
    openWide: "Open the preview in a new tab",
    failed: "The preview could not be loaded. Please save and try again.",
  },
};

export type PreviewPaneLabels = (typeof LABELS)["de"];

export function previewPaneLabels(locale: string): PreviewPaneLabels {
  return locale.toLowerCase().startsWith("de") ? LABELS.de : LABELS.en;
}
