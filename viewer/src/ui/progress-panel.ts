/**
 * The progress of a model download as visitors read it: bytes and percent from the first byte
 * ("12 kB von 36 kB (33 %)"), and when nothing arrives for a while a line saying the download is
 * stuck with a retry button. Shared by poster-first.ts (before the viewer code has arrived) and
 * the viewer itself, so the panel reads the same from the click to the first frame.
 */
import { formatFileSize, type ProgressStrings, type ViewerLocale } from "../i18n-progress.ts";
import type { DownloadProgress, ModelDownload } from "../load/download.ts";
import { el } from "./el.ts";

export interface ProgressPanel {
  readonly element: HTMLElement;
  /** Shows the progress of `download` (now and on every change); returns the unsubscribe function. */
  follow(download: ModelDownload): () => void;
  remove(): void;
}

/** "0 kB" for nothing yet (formatFileSize rounds up to 1 kB, right for sizes, wrong for progress). */
function formatReceived(bytes: number, locale: ViewerLocale): string {
  return bytes === 0 ? formatFileSize(1, locale).replace(/\d+/, "0") : formatFileSize(bytes, locale);
}

/**
 * @param level "first": the panel over the poster until the first level shows; "full": the small
 *   panel under the quick level while the full level loads.
 */
export function createProgressPanel(
  doc: Document,
  t: ProgressStrings,
  locale: ViewerLocale,
  level: "first" | "full",
): ProgressPanel {
  const text = el(doc, "span", { text: t.loading });
  const bar = el(doc, "progress", { max: "100", "aria-label": t.loading });
  const stalled = el(doc, "p", {
    class: "scan-viewer__stalled",
    "data-scan-viewer-stalled": true,
    hidden: true,
  });
  const stalledText = el(doc, "span", { text: t.stalled });
  const retry = el(doc, "button", { type: "button", class: "scan-viewer__tool", text: t.retry });
  stalled.append(stalledText, " ", retry);
  const element = el(
    doc,
    "div",
    {
      class: `scan-viewer__panel scan-viewer__progress scan-viewer__progress--${level}`,
      tabindex: "-1",
      "data-scan-viewer-progress": level,
    },
    text,
    bar,
    stalled,
  );
  let current: ModelDownload | undefined;
  let unsubscribe: (() => void) | undefined;
  retry.addEventListener("click", () => current?.retry());

  const show = ({ received, total, stalled: isStalled }: DownloadProgress) => {
    const percent = total ? Math.min(100, Math.round((received / total) * 100)) : undefined;
    const words = level === "first" ? t.loadingBytes : t.loadingFull;
    text.textContent = words(
      formatReceived(received, locale),
      total ? formatFileSize(total, locale) : undefined,
      percent,
    );
    if (percent === undefined) bar.removeAttribute("value");
    else bar.value = percent;
    // Only toggle on change: re-showing the line would make screen readers repeat it.
    if (stalled.hidden === isStalled) {
      stalled.hidden = !isStalled;
      stalled.setAttribute("role", "alert");
      if (!isStalled && doc.activeElement === retry) element.focus();
    }
  };

  return {
    element,
    follow(download) {
      unsubscribe?.();
      current = download;
      const stop = download.subscribe(show);
      unsubscribe = stop;
      return () => {
        stop();
        if (current === download) current = undefined;
      };
    },
    remove() {
      unsubscribe?.();
      current = undefined;
      element.remove();
    },
  };
}
