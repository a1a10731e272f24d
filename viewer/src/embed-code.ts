import { escapeHtml } from "./render-viewer-html.ts";

export interface EmbedCodeOptions {
  /** Absolute URL of the embed page, e.g. https://showroom.example/embed/taufschale/ */
  url: string;
  /** Accessible name of the frame, e.g. the scan title. */
  title: string;
  width?: number;
  height?: number;
}

/**
 * The <iframe> snippet other websites paste to show a scan (the "Einbetten" box on object pages).
 * The embed page itself is a site page at /embed/<scan-slug>/ that renders renderViewerHtml().
 *
 * @example
 *   embedCode({ url: "https://showroom.example/embed/taufschale/", title: "Taufschale (3D)" });
 */
export function embedCode({ url, title, width = 640, height = 560 }: EmbedCodeOptions): string {
  return `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" allow="fullscreen; xr-spatial-tracking" allowfullscreen></iframe>`;
}
