/**
 * The site's content as input of the IIIF builders (content-types/src/open-data/iiif): the loaded
 * entries of both languages as one IiifSource (items paired by documentId, tours' objects in stop
 * order), and the context (public address, operator, image sizes from Astro's image pipeline).
 */
import type { Media } from "@showroom/content-types";
import {
  type IiifContext,
  IiifSource,
  type PerLocale,
} from "@showroom/content-types/open-data/iiif/index.ts";
import type { SiteContent } from "../content/site-content.ts";
import { SITE_LOCALES } from "../i18n/locales.ts";

/** The address ids are minted under when Astro has no `site` (the demo's). */
const DEMO_SITE = "http://localhost:4321";

/** Astro's image pipeline already measured every image: its metadata sits on the media as `src`. */
function measured(media: Media): { width: number; height: number } | undefined {
  const src = (media as Media & { src?: { width?: number; height?: number } }).src;
  return src?.width && src.height ? { width: src.width, height: src.height } : undefined;
}

export function iiifContext(
  content: SiteContent,
  site: URL | undefined,
): IiifContext & { siteName: PerLocale<string> } {
  const operator: PerLocale<string> = {};
  const siteName: PerLocale<string> = {};
  for (const locale of SITE_LOCALES) {
    const settings = content.byLocale[locale].settings;
    if (settings?.operator) operator[locale] = settings.operator;
    if (settings?.siteName) siteName[locale] = settings.siteName;
  }
  return { baseUrl: site?.href ?? DEMO_SITE, operator, siteName, sizeOf: measured };
}

const sources = new WeakMap<SiteContent, IiifSource>();

/** The content of both languages for the IIIF builders (one per build: pages share its indexes). */
export function iiifSource(content: SiteContent): IiifSource {
  let source = sources.get(content);
  if (!source) {
    source = new IiifSource(content.byLocale);
    sources.set(content, source);
  }
  return source;
}
