import { escapeHtml } from "@showroom/content-types/escape-html";
import { formatFileSize, viewerStrings } from "./i18n.ts";
import { viewerCss } from "./styles.ts";
import type { ScanViewerOptions } from "./types.ts";

export interface RenderViewerHtmlOptions {
  /** Adds the viewer's <style> (once per page is enough; the site may inline `viewerCss` itself). */
  includeStyles?: boolean;
  /** Poster image size, so the browser reserves the space (no layout shift). */
  posterWidth?: number;
  posterHeight?: number;
  /** id prefix, unique per page when a page shows several scans. */
  idPrefix?: string;
}

// One escaping function for every package that writes HTML (it lives with the shared contracts).
export { escapeHtml };

/**
 * The server-rendered HTML of a scan viewer: poster, "Show 3D model (140 kB)" button (with "then
 * full quality: 1.1 MB" when a quick level loads first; a line instead of the button when the scan
 * has no prepared level), the text
 * description, credit and the annotations as an ordered list. It works without JavaScript (the
 * poster and every text stay readable); poster-first.ts turns it into the 3D view on request.
 * The config travels as JSON in `data-scan-viewer` (see README.md, "HTML contract").
 *
 * @example
 *   const html = renderViewerHtml({ model: "/media/bowl.glb", poster: "/media/bowl.webp", alt: "Taufschale" });
 */
export function renderViewerHtml(options: ScanViewerOptions, render: RenderViewerHtmlOptions = {}): string {
  const t = viewerStrings(options.locale);
  const id = render.idPrefix ?? "scan-viewer";
  // The button names what it loads: the quick level when there is one, the full level as a note.
  const quick = options.thumb && options.thumb.url !== options.model ? options.thumb : undefined;
  const firstSize = quick ? quick.size : options.fileSize;
  const size = firstSize ? formatFileSize(firstSize, options.locale) : undefined;
  const followUp =
    quick && options.fileSize
      ? `<span class="scan-viewer__start-note">${escapeHtml(t.fullSizeNote(formatFileSize(options.fileSize, options.locale)))}</span>`
      : "";
  const config = escapeHtml(JSON.stringify(options));
  const dimensions =
    render.posterWidth && render.posterHeight
      ? ` width="${render.posterWidth}" height="${render.posterHeight}"`
      : "";
  const poster = options.poster
    ? `<img class="scan-viewer__poster" src="${escapeHtml(options.poster)}" alt="${escapeHtml(options.alt)}"${dimensions} decoding="async">`
    : `<p class="scan-viewer__sr">${escapeHtml(options.alt)}</p>`;
  const description = options.description
    ? `<p class="scan-viewer__description" id="${id}-description">${escapeHtml(options.description)}</p>`
    : "";
  const licence = options.licence
    ? options.licenceUrl
      ? `<a href="${escapeHtml(options.licenceUrl)}" rel="license">${escapeHtml(options.licence)}</a>`
      : escapeHtml(options.licence)
    : "";
  const creditParts = [
    options.attribution ? escapeHtml(options.attribution) : "",
    licence ? `${t.licence}: ${licence}` : "",
  ];
  const credit = creditParts.some(Boolean)
    ? `<p class="scan-viewer__credit">${creditParts.filter(Boolean).join(" · ")}</p>`
    : "";
  const annotations = options.annotations?.length
    ? `<ol class="scan-viewer__annotation-list" data-scan-viewer-annotations aria-label="${escapeHtml(t.annotations)}">${options.annotations
        .map((note) => `<li><strong>${escapeHtml(note.title)}</strong><p>${escapeHtml(note.text)}</p></li>`)
        .join("")}</ol>`
    : "";
  const styles = render.includeStyles ? `<style data-scan-viewer-css>${viewerCss}</style>` : "";
  return (
    `${styles}<div class="scan-viewer" data-scan-viewer="${config}"><figure class="scan-viewer__figure">` +
    `<div class="scan-viewer__stage" data-scan-viewer-stage>${poster}` +
    (options.unavailable
      ? `<p class="scan-viewer__unavailable" data-scan-viewer-unavailable="${options.unavailable}">${escapeHtml(t.unavailable[options.unavailable])}</p>`
      : `<button type="button" class="scan-viewer__start" data-scan-viewer-start>${escapeHtml(t.showModel(size))}${followUp}</button>`) +
    `</div><figcaption>${description}${credit}</figcaption></figure>${annotations}</div>`
  );
}
