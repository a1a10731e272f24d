/**
 * Texts of the offline tour: the save control on a tour page and the offline page. `{size}`,
 * `{done}`, `{total}` and `{reason}` are filled in by the island (which gets only its page's
 * language, as data attributes).
 */
import { stringTable } from "../i18n/string-table.ts";

const de = {
  heading: "Offline nutzen",
  intro:
    "Speichert die Seiten, Bilder, Audioguides und Karten dieser Tour auf diesem Gerät, damit sie auch ohne Netz funktioniert. Nichts wird an Dritte gesendet.",
  save: "Tour für offline speichern ({size})",
  saving: "Wird gespeichert: {done} von {total}",
  saved: "Gespeichert ({size}). Die Tour funktioniert jetzt auch ohne Netz.",
  updateAvailable: "Update verfügbar: Die Tour hat sich geändert ({size}).",
  update: "Update laden ({size})",
  remove: "Entfernen",
  removed: "Entfernt. Der Speicherplatz ist wieder frei.",
  failed: "Speichern hat nicht geklappt: {reason}. Bitte mit Netz noch einmal versuchen.",
  needsNetwork: "Zum Speichern braucht es eine Verbindung zum Netz.",
  progressLabel: "Fortschritt beim Speichern",
  offlineTitle: "Sie sind offline",
  offlineText:
    "Diese Seite ist nicht auf diesem Gerät gespeichert und kann ohne Netz nicht geladen werden. Gespeicherte Touren funktionieren weiter.",
  offlineBack: "Sobald Sie wieder Netz haben, laden Sie die Seite neu.",
};

const en: typeof de = {
  heading: "Use offline",
  intro:
    "Saves the pages, images, audio guides and maps of this tour on this device, so it works without a connection. Nothing is sent to anyone else.",
  save: "Save tour for offline use ({size})",
  saving: "Saving: {done} of {total}",
  saved: "Saved ({size}). The tour now works without a connection too.",
  updateAvailable: "Update available: the tour has changed ({size}).",
  update: "Download update ({size})",
  remove: "Remove",
  removed: "Removed. The space is free again.",
  failed: "Saving did not work: {reason}. Please try again with a connection.",
  needsNetwork: "Saving needs a network connection.",
  progressLabel: "Saving progress",
  offlineTitle: "You are offline",
  offlineText:
    "This page is not saved on this device and cannot load without a connection. Saved tours keep working.",
  offlineBack: "Once you are back online, reload the page.",
};

export type OfflineMessages = typeof de;

export const offlineMessages = stringTable<OfflineMessages>("offline tour texts", { de, en });
