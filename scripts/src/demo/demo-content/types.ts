/**
 * Shapes of the demo content as written in `demo-content/`: both locales side by side, German first.
 * Codes, geo points, dates and files are shared by the locales (as in the model); texts are not.
 * Relations name their target by its stable key (German slug, stop code, inventory number) so the
 * seed can resolve them to Strapi document ids.
 */
import type { EVENT_KINDS } from "@showroom/content-types";
import type { DemoEventWhen } from "./event-times.ts";

export interface Localized<T> {
  de: T;
  en: T;
}

/** A generated demo image (see `scripts/src/demo/media/demo-images.ts`), with alt text per locale. */
export interface DemoImage {
  /** Key of the generated picture, e.g. "rampart"; the file is `demo-image-<key>.png`. */
  picture: DemoPictureKey;
  alt: Localized<string>;
  caption?: Localized<string>;
  credit?: string;
}

export type DemoPictureKey =
  | "rampart"
  | "museum"
  | "house"
  | "church"
  | "angel"
  | "tower"
  | "choir"
  | "lakes"
  | "gatehouse"
  | "farm"
  | "cottage"
  | "film"
  | "council"
  | "concert"
  | "lecture"
  | "guided-tour"
  | "bell"
  | "bowl"
  | "draft";

/** Entries marked `draft` are never published: they show editors the draft workflow. */
interface DemoEntryBase {
  draft?: boolean;
}

export interface DemoPlace extends DemoEntryBase {
  slug: Localized<string>;
  name: Localized<string>;
  kind: "museum" | "church" | "monument" | "archaeological_site" | "manor" | "landscape" | "other";
  municipality: "oldenburg_in_holstein" | "malente" | "amt_lensahn";
  summary: Localized<string>;
  description?: Localized<string>;
  address?: { street?: string; postalCode?: string; locality: string };
  geo: { latitude: number; longitude: number };
  openingHours?: Localized<{ days: string; opens?: string; closes?: string; season?: string }[]>;
  openingHoursNote?: Localized<string>;
  images?: DemoImage[];
}

export interface DemoScan extends DemoEntryBase {
  slug: Localized<string>;
  title: Localized<string>;
  /** Key of the model from `generateDemoModels()` in `scripts/src/demo/demo-models/`. */
  model: string;
  poster?: DemoImage;
  description: Localized<string>;
  licence: "cc0" | "cc_by_4" | "cc_by_sa_4" | "pdm" | "all_rights_reserved";
  attribution?: string;
  downloadAllowed: boolean;
  paradata: Localized<{ method: "procedural"; device?: string; operator?: string; processing?: string }>;
  defaultCamera?: { position: [number, number, number]; target: [number, number, number]; fov?: number };
  annotations?: Localized<{ title: string; text: string; position: [number, number, number] }[]>;
}

export interface DemoHeritageItem extends DemoEntryBase {
  slug: Localized<string>;
  title: Localized<string>;
  summary: Localized<string>;
  description?: Localized<string>;
  inventoryNumber: string;
  datingText: Localized<string>;
  datingFrom: number;
  datingTo: number;
  material?: Localized<string>;
  dimensions?: Localized<string>;
  /** German slug of the place. */
  place?: string;
  images?: DemoImage[];
  licence: "cc0" | "cc_by_4" | "cc_by_sa_4" | "pdm" | "all_rights_reserved";
  attribution?: string;
  keywords?: Localized<string>;
  /** German slug of the scan. */
  scan?: string;
  featured?: boolean;
}

export interface DemoTour extends DemoEntryBase {
  slug: Localized<string>;
  title: Localized<string>;
  summary: Localized<string>;
  introduction: Localized<string>;
  durationMinutes: number;
  distanceMeters: number;
  stepFree?: boolean;
  cover?: DemoImage;
}

export interface DemoTourStop extends DemoEntryBase {
  slug: Localized<string>;
  title: Localized<string>;
  code: string;
  /** German slug of the tour. */
  tour: string;
  position: number;
  text: Localized<string>;
  /** A generated audio guide: its spoken text is the transcript. */
  audio?: boolean;
  transcript?: Localized<string>;
  images?: DemoImage[];
  geo?: { latitude: number; longitude: number };
  place?: string;
  /** Inventory numbers. */
  items?: string[];
  /** German slugs of scans. */
  scans?: string[];
}

export type EventKind = (typeof EVENT_KINDS)[number];

/** Times are relative to "now" at the first seed (`event-times.ts`); a second seed leaves stored dates alone. */
export interface DemoEventStream extends DemoEntryBase {
  slug: Localized<string>;
  title: Localized<string>;
  kind: EventKind;
  summary: Localized<string>;
  description?: Localized<string>;
  when: DemoEventWhen;
  durationMinutes: number;
  place?: string;
  venue?: Localized<string>;
  /**
   * Generated demo streams by name (`scripts/src/demo/hls/demo-streams.ts`), served by the site at
   * `/media/streams/<name>/master.m3u8`: `live` becomes `hlsUrl`, `recording` becomes `recordingUrl`.
   */
  live?: string;
  recording?: string;
  statusOverride?: "cancelled" | "postponed";
  statusNote?: Localized<string>;
  /** Captions (WebVTT per language) and chapters come from the recording's demo stream definition. */
  transcript?: Localized<string>;
  poster?: DemoImage;
}
