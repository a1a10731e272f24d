/**
 * What the site hands the virtual-tour viewer (as JSON in `data-virtual-tour`): the stops in tour
 * order with their panorama's tile folder and levels, their hotspots already resolved to a stop
 * number or a page, and the interface strings in the page's language.
 */
import type { PanoramaLevel } from "./levels.ts";

export type HotspotTarget =
  /** Another stop of the virtual tour (1-based). */
  | { kind: "stop"; stop: number }
  /** A page: an object, or a stop without panorama. */
  | { kind: "object"; href: string }
  | { kind: "info"; text: string; image?: InfoImage; audio?: string };

/** The picture of an information point, shown below its text. */
export interface InfoImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface TourHotspot {
  label: string;
  yaw: number;
  pitch: number;
  target: HotspotTarget;
}

export interface TourStopView {
  /** 1-based, the order of the virtual tour. */
  number: number;
  title: string;
  /** The stop's page (text, audio guide with transcript). */
  href: string;
  /** Folder of preview.jpg and the tile levels, with a trailing slash. */
  tiles: string;
  levels: PanoramaLevel[];
  /** What one sees all around (the panorama's text alternative). */
  caption: string;
  /** The stop's audio guide, played in place. */
  audio?: string;
  /** Initial yaw (degrees). */
  yaw?: number;
  hotspots: TourHotspot[];
}

export interface VirtualTourStrings {
  viewLabel: (stopTitle: string) => string;
  keyboardHelp: string;
  stopOf: (number: number, count: number) => string;
  previous: string;
  next: string;
  hotspotList: string;
  stopList: string;
  gyroscopeOn: string;
  gyroscopeOff: string;
  close: string;
  audioGuide: string;
  stopPage: string;
  noWebgl: string;
  loading: string;
}

export interface VirtualTourConfig {
  locale: "de" | "en";
  tourTitle: string;
  stops: TourStopView[];
}
