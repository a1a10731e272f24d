/**
 * The texts of the download progress, apart from the rest of the interface texts (i18n.ts):
 * poster-first.ts shows them before the viewer code has arrived, and must stay a few KB.
 */
export type ViewerLocale = "de" | "en";

export interface ProgressStrings {
  loading: string;
  /** Progress in bytes: "3D-Modell wird geladen: 12 kB von 36 kB (33 %)"; total may be unknown. */
  loadingBytes: (received: string, total: string | undefined, percent: number | undefined) => string;
  /** The full level loading under the quick one already shown. */
  loadingFull: (received: string, total: string | undefined, percent: number | undefined) => string;
  stalled: string;
  retry: string;
}

const de: ProgressStrings = {
  loading: "3D-Modell wird geladen …",
  loadingBytes: (received, total, percent) =>
    total && percent !== undefined
      ? `3D-Modell wird geladen: ${received} von ${total} (${percent} %)`
      : `3D-Modell wird geladen: ${received}`,
  loadingFull: (received, total, percent) =>
    total && percent !== undefined
      ? `Volle Qualität wird geladen: ${received} von ${total} (${percent} %)`
      : `Volle Qualität wird geladen: ${received}`,
  stalled: "Der Download stockt: seit einigen Sekunden kommen keine Daten an.",
  retry: "Erneut versuchen",
};

const en: ProgressStrings = {
  loading: "Loading 3D model …",
  loadingBytes: (received, total, percent) =>
    total && percent !== undefined
      ? `Loading 3D model: ${received} of ${total} (${percent} %)`
      : `Loading 3D model: ${received}`,
  loadingFull: (received, total, percent) =>
    total && percent !== undefined
      ? `Loading full quality: ${received} of ${total} (${percent} %)`
      : `Loading full quality: ${received}`,
  stalled: "The download is stuck: no data has arrived for a few seconds.",
  retry: "Try again",
};

export function progressStrings(locale: ViewerLocale | undefined): ProgressStrings {
  return locale === "en" ? en : de;
}

/** "2,3 MB" in German, "2.3 MB" in English: the size a visitor pays before choosing to load. */
export function formatFileSize(bytes: number, locale: ViewerLocale = "de"): string {
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1000 * 1000) return `${format(Math.max(1, Math.round(bytes / 1000)), 0)} kB`;
  return `${format(bytes / 1000 / 1000, 1)} MB`;
}
