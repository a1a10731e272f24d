/** The viewer configuration of a scan, from the CMS entry (the HTML contract of @showroom/viewer). */
import type { Scan } from "@showroom/content-types";
import { LICENCE_INFO } from "@showroom/content-types";
import type { ScanViewerOptions } from "@showroom/viewer";
import type { SiteLocale } from "../i18n/locales.ts";

/** Where the build puts the self-hosted Draco/Basis decoders (see the content integration). */
export const DECODER_PATH = "/decoders/";

export function scanViewerOptions(
  scan: Scan,
  locale: SiteLocale,
  posterUrl: string | undefined,
): ScanViewerOptions {
  const licence = LICENCE_INFO[scan.licence];
  return {
    model: scan.model.url,
    ...(posterUrl && { poster: posterUrl }),
    alt: scan.poster?.alt ?? scan.title,
    description: scan.description,
    ...(scan.fileSize ? { fileSize: scan.fileSize } : { fileSize: Math.round(scan.model.size * 1024) }),
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
