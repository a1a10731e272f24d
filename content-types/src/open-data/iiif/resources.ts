/**
 * Addresses and rights of the resources a manifest points at: every id lies under the site's own
 * public address (no request to a third party), media files keep the path the site serves them at.
 */
import { publicUrl } from "../../contracts/url-scheme.ts";
import { LICENCE_INFO, type Licence } from "../../licences.ts";
import type { Media } from "../../zod-helpers.ts";

/** What every builder needs to know about the site. */
export interface IiifSite {
  /** The site's public address (PUBLIC_SITE_URL), e.g. `https://showroom.example`. */
  baseUrl: string;
}

/** The absolute URL of a site path. */
export function siteUrl(site: IiifSite, path: string): string {
  return publicUrl(site.baseUrl, path, "PUBLIC_SITE_URL=https://showroom.example (or --base-url)");
}

/**
 * The public URL of a media file: the snapshot's `media/<file>` and the site's `/media/<file>` lie
 * on the site; an absolute URL must already point there.
 */
export function mediaUrl(site: IiifSite, media: Pick<Media, "url">, where: string): string {
  const url = media.url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const base = siteUrl(site, "/");
    if (url.startsWith(base)) return url;
    throw new Error(
      `${where}: the file ${url} is not on the site (${base}). IIIF resources must be served by the site itself: build from a content snapshot (npm run snapshot), whose media lie below /media/.`,
    );
  }
  return siteUrl(site, `/${url.replace(/^\/+/, "")}`);
}

/**
 * The identifier of an image's IIIF Image service: the media file's name without extension
 * (`media/wall_1a2b.png` → `wall_1a2b`), which Strapi makes unique with the file's hash.
 */
export function imageIdOf(media: Pick<Media, "url">): string {
  const file = media.url.split(/[?#]/)[0]?.split("/").pop() ?? "";
  const stem = file.includes(".") ? file.slice(0, file.lastIndexOf(".")) : file;
  return stem.replace(/[^A-Za-z0-9._-]/g, "-") || "image";
}

/** "In Copyright" of RightsStatements.org: the IIIF `rights` of "all rights reserved". */
export const IN_COPYRIGHT = "http://rightsstatements.org/vocab/InC/1.0/";

/** The IIIF `rights` URI of a licence (Creative Commons or RightsStatements.org). */
export function rightsUri(licence: Licence): string {
  return LICENCE_INFO[licence].url ?? IN_COPYRIGHT;
}

/** Media types of the 3D files the site serves. */
export function modelFormat(media: Pick<Media, "url" | "mime">): string {
  if (/\.gltf$/i.test(media.url)) return "model/gltf+json";
  if (/\.glb$/i.test(media.url)) return "model/gltf-binary";
  return media.mime;
}
