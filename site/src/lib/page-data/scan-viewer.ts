/** The viewer configuration of a scan, from the CMS entry (the HTML contract of @showroom/viewer). */
import type { Media, Scan } from "@showroom/content-types";
import { LICENCE_INFO } from "@showroom/content-types";
import type { ScanViewerOptions } from "@showroom/viewer";
import { formatFileSize } from "@showroom/viewer/i18n-progress.ts";
import type { SiteLocale } from "../i18n/locales.ts";

/** Where the build puts the self-hosted Draco/Basis decoders (see the content integration). */
export const DECODER_PATH = "/decoders/";

/** Bytes of a media file (Strapi stores sizes in kB of 1000 bytes). */
export function mediaBytes(media: Pick<Media, "size">): number {
  return Math.round(media.size * 1000);
}

/** "GLB, 3,6 MB": what the original's download link says, its own size in the page's language. */
export function modelDownloadLabel(model: Pick<Media, "size" | "ext">, locale: SiteLocale): string {
  const format = model.ext?.replace(".", "").toUpperCase();
  const size = formatFileSize(mediaBytes(model), locale);
  return format ? `${format}, ${size}` : size;
}

/**
 * The levels a visitor loads: the prepared web level (full) and thumb level (quick), never the
 * original upload, which can be far larger and is offered separately as a download where allowed.
 * Without a web level (processing pending or failed) there is nothing to load: the poster stays,
 * with a line saying why.
 */
function levelOptions(scan: Scan): Pick<ScanViewerOptions, "model" | "fileSize" | "thumb" | "unavailable"> {
  const web = scan.webModel;
  if (!web) return { model: "", unavailable: scan.processingStatus === "failed" ? "failed" : "pending" };
  const thumb = scan.thumbModel;
  return {
    model: web.url,
    fileSize: mediaBytes(web),
    ...(thumb && thumb.url !== web.url && { thumb: { url: thumb.url, size: mediaBytes(thumb) } }),
  };
}

export function scanViewerOptions(
  scan: Scan,
  locale: SiteLocale,
  posterUrl: string | undefined,
): ScanViewerOptions {
  const licence = LICENCE_INFO[scan.licence];
  return {
    ...levelOptions(scan),
    ...(posterUrl && { poster: posterUrl }),
    alt: scan.poster?.alt ?? scan.title,
    description: scan.description,
    annotations: scan.annotations.map((note) => ({
      title: note.title,
      text: note.text,
      position: note.position,
      ...(note.normal && { normal: note.normal }),
      ...(note.cameraPosition &&
        note.cameraTarget && { camera: { position: note.cameraPosition, target: note.cameraTarget } }),
    })),
    ...(scan.defaultCamera && {
      defaultCamera: {
        position: scan.defaultCamera.position,
        target: scan.defaultCamera.target,
        ...(scan.defaultCamera.fov && { fov: scan.defaultCamera.fov }),
      },
    }),
    ...(scan.scale && { scale: scan.scale }),
    locale,
    decoderPath: DECODER_PATH,
    ...(scan.usdz && { usdzUrl: scan.usdz.url }),
    ...(scan.attribution && { attribution: scan.attribution }),
    licence: licence.label[locale],
    ...(licence.url && { licenceUrl: licence.url }),
    start: "click",
  };
}
