/**
 * The data of a tour's virtual visit: its stops that have a 360° panorama, in tour order, with
 * their hotspots resolved to a stop of the visit or a page of the site (targets that are not
 * published in this language are left out), and the paths of the panorama tiles the build cuts
 * (../../lib/panorama/tiles.ts).
 */
import type { Media, Tour, TourStop } from "@showroom/content-types";
import { PREVIEW_FILE, planPanoramaLevels } from "@showroom/viewer/panorama/levels.ts";
import type { TourHotspot, TourStopView, VirtualTourConfig } from "@showroom/viewer/panorama/types.ts";
import { byDocumentId } from "../../lib/content/lookup.ts";
import type { LocaleContent } from "../../lib/content/site-content.ts";
import type { SiteLocale } from "../../lib/i18n/locales.ts";
import { objectPath, stopPath } from "../../lib/i18n/routes.ts";
import { stopsOf } from "../../lib/page-data/tours.ts";

/** The public folder of a panorama's tiles, named after the media file (its upload hash). */
export function panoramaTilesPath(panorama: Media): string {
  const file = panorama.url.slice(panorama.url.lastIndexOf("/") + 1);
  return `/panoramas/${file.replace(/\.[^.]+$/, "")}/`;
}

export function panoramaPreviewPath(panorama: Media): string {
  return `${panoramaTilesPath(panorama)}${PREVIEW_FILE}`;
}

export type PanoramaStop = TourStop & { panorama: Media };

export function panoramaStopsOf(content: LocaleContent, tour: Tour): PanoramaStop[] {
  return stopsOf(content, tour).filter((stop): stop is PanoramaStop => Boolean(stop.panorama?.url));
}

export function hasVirtualTour(content: LocaleContent, tour: Tour): boolean {
  return panoramaStopsOf(content, tour).length > 0;
}

function hotspotsOf(
  content: LocaleContent,
  tour: Tour,
  stop: PanoramaStop,
  numberOf: Map<string, number>,
  locale: SiteLocale,
): TourHotspot[] {
  return (stop.hotspots ?? []).flatMap((hotspot): TourHotspot[] => {
    const base = { label: hotspot.label, yaw: Number(hotspot.yaw), pitch: Number(hotspot.pitch) };
    if (hotspot.kind === "stop") {
      const number = hotspot.stop && numberOf.get(hotspot.stop.documentId);
      if (number) return [{ ...base, target: { kind: "stop", stop: number } }];
      const target = byDocumentId(content.stops, hotspot.stop?.documentId);
      return target
        ? [{ ...base, target: { kind: "object", href: stopPath(locale, tour.slug, target.slug) } }]
        : [];
    }
    if (hotspot.kind === "object") {
      const item = byDocumentId(content.items, hotspot.item?.documentId);
      return item ? [{ ...base, target: { kind: "object", href: objectPath(locale, item.slug) } }] : [];
    }
    if (!hotspot.text) return [];
    const image = hotspot.image?.url
      ? {
          src: hotspot.image.url,
          // The hotspot's own alt text, else the media library's, else the point's label: never none.
          alt: hotspot.imageAlt || hotspot.image.alternativeText || hotspot.label,
          ...(hotspot.image.width && { width: hotspot.image.width }),
          ...(hotspot.image.height && { height: hotspot.image.height }),
        }
      : undefined;
    return [
      {
        ...base,
        target: {
          kind: "info",
          text: hotspot.text,
          ...(image && { image }),
          ...(hotspot.audio?.url && { audio: hotspot.audio.url }),
        },
      },
    ];
  });
}

export function virtualTourConfig(content: LocaleContent, tour: Tour, locale: SiteLocale): VirtualTourConfig {
  const stops = panoramaStopsOf(content, tour);
  const numberOf = new Map(stops.map((stop, index) => [stop.documentId, index + 1]));
  return {
    locale,
    tourTitle: tour.title,
    stops: stops.map(
      (stop, index): TourStopView => ({
        number: index + 1,
        title: stop.title,
        href: stopPath(locale, tour.slug, stop.slug),
        tiles: panoramaTilesPath(stop.panorama),
        levels: planPanoramaLevels(stop.panorama.width ?? 0, stop.panorama.height ?? 0),
        caption: stop.panoramaCaption ?? stop.title,
        ...(stop.audio?.url && { audio: stop.audio.url }),
        hotspots: hotspotsOf(content, tour, stop, numberOf, locale),
      }),
    ),
  };
}
