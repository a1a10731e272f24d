/**
 * The idempotent demo seed: writes the content of `scripts/src/demo/demo-content/` through Strapi's
 * document service, German first, then the English localization of the same document; publishes
 * everything except the `ENTWURF` drafts. Entries are matched by German slug, stop code, inventory
 * number (single types: by type); only differing fields are written, so a second run reports
 * "0 created, 0 updated".
 *
 * Resumable: every write (an entry's locale, its publication, a media upload) is one transaction of
 * its own, and every run looks at what is stored before writing. A run killed midway leaves entries
 * that a rerun finds and completes: a missing locale is created, a draft that should be published
 * and is not (or whose published version is older than the draft) is published; these are counted
 * as `completed`.
 */
import {
  ALL_CONTENT_TYPES,
  type ContentTypeDefinition,
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  populateFor,
} from "@showroom/content-types";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import {
  DEMO_EVENT_STREAMS,
  DEMO_HERITAGE_ITEMS,
  DEMO_PAGES,
  DEMO_PLACES,
  DEMO_SCANS,
  DEMO_SITE_SETTING,
  DEMO_TOUR_STOPS,
  DEMO_TOURS,
  type DemoImage,
} from "../demo-content/index.ts";
import {
  audioGuideFile,
  captionFile,
  demoModel,
  demoStream,
  modelFile,
  pictureFile,
} from "../media/demo-media.ts";
import { differingFields } from "./differs.ts";
import { MediaLibrary } from "./media-library.ts";

export interface SeedOptions {
  /** "Now" for the relative event dates of newly created streams; default: the current time. */
  now?: Date;
  /**
   * Also move the dates of existing demo streams relative to `now` (past, live, upcoming again).
   * Off by default: a second seed leaves stored dates alone.
   */
  refreshDates?: boolean;
  log?: (line: string) => void;
}

export type SeedAction = "created" | "updated" | "unchanged" | "completed";

export interface SeedReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Entries (per locale) a previous, interrupted run left unpublished or published out of date. */
  completed: number;
  published: number;
  /** Files uploaded to the media library by this run. */
  uploaded: number;
  entries: { type: string; key: string; locale: Locale; action: SeedAction; fields?: string[] }[];
  durationMs: number;
}

type Data = Record<string, unknown>;
type StoredEntry = Data & { documentId: string; id: number };

interface EntrySpec {
  type: ContentTypeDefinition;
  /** Stable key for messages and relation lookups (German slug, code, inventory number). */
  key: string;
  draft: boolean;
  /** Filter that finds the German entry; empty for single types. */
  match: Data;
  /** Desired data for a locale; `stored` is the German entry when the document exists already. */
  data(locale: Locale, stored: StoredEntry | undefined): Promise<Data>;
}

function uidOf(type: ContentTypeDefinition): string {
  return `api::${type.name}.${type.name}`;
}

function typeNamed(name: string): ContentTypeDefinition {
  const type = ALL_CONTENT_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`seed: unknown content type "${name}"`);
  return type;
}

/** Transcripts of the generated guides: the file is a chime, the text says what a guide would say. */
const AUDIO_NOTE = {
  de: "(Demo: Die Audiodatei enthält nur einen Signalton. So lautet der Text des Audioguides:)",
  en: "(Demo: the audio file contains only a chime. This is the text of the audio guide:)",
};

function addMinutes(date: Date, minutes: number): string {
  return new Date(date.getTime() + minutes * 60_000).toISOString();
}

/**
 * Seeds the demo content into a booted Strapi. Safe to run on a database that already holds it.
 *
 * ```ts
 * const cms = await bootCms();
 * const report = await seedDemoContent(cms.strapi, { log: console.log });
 * ```
 */
export async function seedDemoContent(strapi: Strapi, options: SeedOptions = {}): Promise<SeedReport> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const media = new MediaLibrary(strapi);
  const report: SeedReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    completed: 0,
    published: 0,
    uploaded: 0,
    entries: [],
    durationMs: 0,
  };
  /** documentIds by type name and key, for relations. */
  const ids = new Map<string, Map<string, string>>();

  const ref = (typeName: string, key: string | undefined): string | undefined => {
    if (key === undefined) return undefined;
    const id = ids.get(typeName)?.get(key);
    if (!id)
      throw new Error(`seed: ${typeName} "${key}" is referenced but was not seeded (check demo-content/)`);
    return id;
  };

  const image = async (value: DemoImage | undefined, locale: Locale) => {
    if (!value) return undefined;
    const file = await media.ensure(pictureFile(value.picture, value.alt.de));
    return {
      file: file.id,
      alt: value.alt[locale],
      caption: value.caption?.[locale] ?? null,
      credit: value.credit ?? null,
    };
  };
  const images = async (values: readonly DemoImage[] | undefined, locale: Locale) =>
    Promise.all((values ?? []).map((value) => image(value, locale)));

  async function findStored(
    spec: EntrySpec,
    locale: Locale,
    documentId?: string,
  ): Promise<StoredEntry | undefined> {
    const found = await strapi.documents(uidOf(spec.type) as never).findFirst({
      locale,
      status: "draft",
      filters: documentId ? { documentId } : spec.match,
      populate: populateFor(spec.type.name),
    } as never);
    return (found ?? undefined) as StoredEntry | undefined;
  }

  /**
   * Whether the published version is there and as new as the stored draft (Strapi's admin calls a
   * document "modified" when its draft was updated after the published version).
   */
  async function publishedUpToDate(spec: EntrySpec, draft: StoredEntry, locale: Locale): Promise<boolean> {
    const found = (await strapi.documents(uidOf(spec.type) as never).findFirst({
      locale,
      status: "published",
      filters: { documentId: draft.documentId },
      fields: ["updatedAt"],
    } as never)) as { updatedAt?: string } | null;
    if (!found) return false;
    const time = (value: unknown) => (value ? new Date(String(value)).getTime() : 0);
    return time(found.updatedAt) >= time(draft.updatedAt);
  }

  async function upsert(spec: EntrySpec): Promise<string> {
    const documents = strapi.documents(uidOf(spec.type) as never);
    const storedDefault = await findStored(spec, DEFAULT_LOCALE);
    let documentId = storedDefault?.documentId;
    /** Fields shared by all locales that this run wrote: Strapi copies them into the other locales. */
    const sharedWritten = new Set<string>();
    for (const locale of LOCALES) {
      const stored =
        locale === DEFAULT_LOCALE
          ? storedDefault
          : documentId
            ? await findStored(spec, locale, documentId)
            : undefined;
      const desired = await spec.data(locale, storedDefault);
      let action: SeedAction;
      let fields: string[] | undefined;
      try {
        if (!stored) {
          const created = (await (documentId
            ? documents.update({ documentId, locale, data: desired } as never)
            : documents.create({ locale, data: desired } as never))) as unknown as StoredEntry;
          documentId = created.documentId;
          action = "created";
        } else {
          fields = differingFields(desired, stored, spec.type.fields);
          if (fields.length > 0) {
            const changes = Object.fromEntries(fields.map((name) => [name, desired[name]]));
            await documents.update({ documentId: stored.documentId, locale, data: changes } as never);
            action = "updated";
          } else action = "unchanged";
        }
      } catch (error) {
        const details = (error as { details?: unknown }).details;
        throw new Error(
          `seed: writing ${spec.type.name} "${spec.key}" (${locale}) failed: ${(error as Error).message}${
            details ? ` ${JSON.stringify(details)}` : ""
          }`,
          { cause: error },
        );
      }
      if (!documentId)
        throw new Error(`seed: ${spec.type.name} "${spec.key}" has no documentId after writing`);
      if (!spec.draft) {
        const publish =
          action !== "unchanged" || !(await publishedUpToDate(spec, stored as StoredEntry, locale));
        if (publish) {
          await documents.publish({ documentId, locale } as never);
          report.published++;
          if (action === "unchanged" && sharedWritten.size > 0) {
            // Not half-made: writing another locale changed this one's shared fields.
            action = "updated";
            fields = [...sharedWritten];
          } else if (action === "unchanged") {
            // Stored in full but never (or not lately) published: an interrupted run's leftover.
            action = "completed";
          }
        }
      }
      for (const name of action === "created" ? Object.keys(desired) : (fields ?? []))
        if (spec.type.fields[name]?.localized === false) sharedWritten.add(name);
      report[action]++;
      report.entries.push({
        type: spec.type.name,
        key: spec.key,
        locale,
        action,
        ...(fields?.length ? { fields } : {}),
      });
      if (action !== "unchanged")
        log(
          `seed: ${action} ${spec.type.name} "${spec.key}" (${locale})${fields ? `: ${fields.join(", ")}` : ""}`,
        );
    }
    if (!ids.has(spec.type.name)) ids.set(spec.type.name, new Map());
    ids.get(spec.type.name)?.set(spec.key, documentId as string);
    return documentId as string;
  }

  // Places
  for (const place of DEMO_PLACES) {
    await upsert({
      type: typeNamed("place"),
      key: place.slug.de,
      draft: Boolean(place.draft),
      match: { slug: place.slug.de },
      data: async (locale) => ({
        name: place.name[locale],
        slug: place.slug[locale],
        kind: place.kind,
        municipality: place.municipality,
        summary: place.summary[locale],
        description: place.description?.[locale] ?? null,
        address: place.address ? { street: null, postalCode: null, ...place.address } : null,
        geo: place.geo,
        openingHours: place.openingHours?.[locale] ?? [],
        openingHoursNote: place.openingHoursNote?.[locale] ?? null,
        images: await images(place.images, locale),
      }),
    });
  }

  // Scans
  for (const scan of DEMO_SCANS) {
    await upsert({
      type: typeNamed("scan"),
      key: scan.slug.de,
      draft: Boolean(scan.draft),
      match: { slug: scan.slug.de },
      data: async (locale) => {
        const model = await demoModel(scan.model);
        return {
          title: scan.title[locale],
          slug: scan.slug[locale],
          model: (await media.ensure(modelFile(scan.model))).id,
          // Without a poster of its own, the CMS renders one from the model: leave that alone.
          poster: await image(scan.poster, locale),
          description: scan.description[locale],
          licence: scan.licence,
          attribution: scan.attribution ?? null,
          downloadAllowed: scan.downloadAllowed,
          paradata: scan.paradata[locale],
          triangleCount: model.triangleCount,
          fileSize: model.glb.byteLength,
          scale: 1,
          defaultCamera: scan.defaultCamera ?? null,
          annotations: scan.annotations?.[locale] ?? [],
        };
      },
    });
  }

  // Heritage items
  for (const item of DEMO_HERITAGE_ITEMS) {
    await upsert({
      type: typeNamed("heritage-item"),
      key: item.inventoryNumber,
      draft: Boolean(item.draft),
      match: { inventoryNumber: item.inventoryNumber },
      data: async (locale) => ({
        title: item.title[locale],
        slug: item.slug[locale],
        summary: item.summary[locale],
        description: item.description?.[locale] ?? null,
        inventoryNumber: item.inventoryNumber,
        datingText: item.datingText[locale],
        datingFrom: item.datingFrom,
        datingTo: item.datingTo,
        material: item.material?.[locale] ?? null,
        dimensions: item.dimensions?.[locale] ?? null,
        place: ref("place", item.place) ?? null,
        images: await images(item.images, locale),
        licence: item.licence,
        attribution: item.attribution ?? null,
        keywords: item.keywords?.[locale] ?? null,
        scan: ref("scan", item.scan) ?? null,
        featured: item.featured ?? false,
      }),
    });
  }

  // Tours, then their stops (the stop holds the relation)
  for (const tour of DEMO_TOURS) {
    await upsert({
      type: typeNamed("tour"),
      key: tour.slug.de,
      draft: Boolean(tour.draft),
      match: { slug: tour.slug.de },
      data: async (locale) => ({
        title: tour.title[locale],
        slug: tour.slug[locale],
        summary: tour.summary[locale],
        introduction: tour.introduction[locale],
        durationMinutes: tour.durationMinutes,
        distanceMeters: tour.distanceMeters,
        stepFree: tour.stepFree ?? false,
        cover: (await image(tour.cover, locale)) ?? null,
      }),
    });
  }
  for (const stop of DEMO_TOUR_STOPS) {
    await upsert({
      type: typeNamed("tour-stop"),
      key: stop.code,
      draft: Boolean(stop.draft),
      match: { code: stop.code },
      data: async (locale) => ({
        title: stop.title[locale],
        slug: stop.slug[locale],
        code: stop.code,
        tour: ref("tour", stop.tour) ?? null,
        position: stop.position,
        text: stop.text[locale],
        audio: stop.audio ? (await media.ensure(audioGuideFile(stop.code, locale))).id : null,
        transcript: stop.transcript
          ? stop.audio
            ? `${AUDIO_NOTE[locale]}\n\n${stop.transcript[locale]}`
            : stop.transcript[locale]
          : null,
        images: await images(stop.images, locale),
        geo: stop.geo ?? null,
        place: ref("place", stop.place) ?? null,
        items: (stop.items ?? []).map((key) => ref("heritage-item", key)),
        scans: (stop.scans ?? []).map((key) => ref("scan", key)),
      }),
    });
  }

  // Event streams: dates are set when the document is created and never rewritten
  for (const event of DEMO_EVENT_STREAMS) {
    await upsert({
      type: typeNamed("event-stream"),
      key: event.slug.de,
      draft: Boolean(event.draft),
      match: { slug: event.slug.de },
      data: async (locale, stored) => {
        const recording = event.recording ? demoStream(event.recording) : undefined;
        const captions = [];
        for (const language of ["de", "en"] as const) {
          if (!recording?.captions?.[language]) continue;
          const file = await media.ensure(captionFile(recording.name, language));
          captions.push({ language, label: language === "de" ? "Deutsch" : "English", file: file.id });
        }
        return {
          title: event.title[locale],
          slug: event.slug[locale],
          kind: event.kind,
          summary: event.summary[locale],
          description: event.description?.[locale] ?? null,
          ...(stored && !options.refreshDates
            ? {}
            : {
                start: addMinutes(now, event.startOffsetMinutes),
                end: addMinutes(now, event.startOffsetMinutes + event.durationMinutes),
              }),
          place: ref("place", event.place) ?? null,
          venue: event.venue?.[locale] ?? null,
          hlsUrl: event.live ? `/media/streams/${event.live}/master.m3u8` : null,
          recordingUrl: recording ? `/media/streams/${recording.name}/master.m3u8` : null,
          statusOverride: event.statusOverride ?? null,
          statusNote: event.statusNote?.[locale] ?? null,
          captions,
          chapters: (recording?.chapters ?? []).map((chapter) => ({
            offsetSeconds: chapter.offsetSeconds,
            title: chapter.title[locale],
            agendaItem: chapter.agendaItem?.[locale] ?? null,
          })),
          // The transcript of a recording: the introduction, then the words of its captions.
          transcript:
            [event.transcript?.[locale], ...(recording?.captions?.[locale] ?? []).map((cue) => cue.text)]
              .filter(Boolean)
              .join("\n\n") || null,
          poster: (await image(event.poster, locale)) ?? null,
        };
      },
    });
  }

  // Single types: site settings and the legally required pages
  await upsert({
    type: typeNamed("site-setting"),
    key: "site-setting",
    draft: false,
    match: {},
    data: async (locale) => ({
      siteName: DEMO_SITE_SETTING.siteName[locale],
      tagline: DEMO_SITE_SETTING.tagline[locale],
      introduction: DEMO_SITE_SETTING.introduction[locale],
      operator: DEMO_SITE_SETTING.operator[locale],
      contactEmail: DEMO_SITE_SETTING.contactEmail,
    }),
  });
  for (const page of DEMO_PAGES) {
    await upsert({
      type: typeNamed(page.type),
      key: page.type,
      draft: false,
      match: {},
      data: async (locale, stored) => ({
        title: page.title[locale],
        body: page.body[locale],
        ...(page.shared ?? {}),
        // The review date is the day of the first seed, like the event dates.
        ...(page.type === "accessibility-statement" && !stored
          ? { reviewedOn: now.toISOString().slice(0, 10) }
          : {}),
      }),
    });
  }

  report.uploaded = media.uploaded.length;
  report.durationMs = Date.now() - started;
  return report;
}
