import { ALL_CONTENT_TYPES, type ContentTypeDefinition, type Locale } from "@showroom/content-types";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import type { DemoImage } from "../demo-content/index.ts";
import { pictureFile } from "../media/demo-media.ts";
import { findSpeechSynthesizer } from "../media/speech.ts";
import { MediaLibrary } from "./media-library.ts";
import type { SeedOptions, SeedReport } from "./seed-types.ts";

/**
 * What every seed step shares: the CMS, the media library, the report being filled in, and the
 * documentIds seeded so far (by type and key), so later steps can point relations at them.
 */
export interface SeedContext {
  strapi: Strapi;
  media: MediaLibrary;
  report: SeedReport;
  /** documentIds by type name and key, for relations. */
  ids: Map<string, Map<string, string>>;
  /** "Now" for relative dates (event streams, the accessibility review date). */
  now: Date;
  refreshDates: boolean;
  log: (line: string) => void;
  /** eSpeak NG for the audio guides; undefined: none (they are a chime). */
  speechSynthesizer: string | undefined;
}

export function createSeedContext(strapi: Strapi, options: SeedOptions): SeedContext {
  return {
    strapi,
    media: new MediaLibrary(strapi),
    report: {
      created: 0,
      updated: 0,
      unchanged: 0,
      completed: 0,
      published: 0,
      uploaded: 0,
      entries: [],
      durationMs: 0,
    },
    ids: new Map(),
    now: options.now ?? new Date(),
    refreshDates: options.refreshDates ?? false,
    log: options.log ?? (() => undefined),
    speechSynthesizer:
      options.speechSynthesizer === false
        ? undefined
        : (options.speechSynthesizer ?? findSpeechSynthesizer()),
  };
}

export function typeNamed(name: string): ContentTypeDefinition {
  const type = ALL_CONTENT_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`seed: unknown content type "${name}"`);
  return type;
}

/** The documentId of an entry an earlier step seeded; `undefined` for no reference. */
export function ref(context: SeedContext, typeName: string, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  const id = context.ids.get(typeName)?.get(key);
  if (!id)
    throw new Error(`seed: ${typeName} "${key}" is referenced but was not seeded (check demo-content/)`);
  return id;
}

/** The image component for a demo picture, its file uploaded once (alt text and caption per locale). */
export async function image(context: SeedContext, value: DemoImage | undefined, locale: Locale) {
  if (!value) return undefined;
  const file = await context.media.ensure(pictureFile(value.picture, value.alt.de));
  return {
    file: file.id,
    alt: value.alt[locale],
    caption: value.caption?.[locale] ?? null,
    credit: value.credit ?? null,
  };
}

export function images(context: SeedContext, values: readonly DemoImage[] | undefined, locale: Locale) {
  return Promise.all((values ?? []).map((value) => image(context, value, locale)));
}

export function addMinutes(date: Date, minutes: number): string {
  return new Date(date.getTime() + minutes * 60_000).toISOString();
}
