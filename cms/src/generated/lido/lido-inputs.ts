// Generated from content-types/src/open-data/lido/lido-inputs.ts by `npm run generate -w content-types` — do not edit.
/**
 * Puts together the input of every record from published content as the content source gives it
 * (Strapi REST with `populateFor`): relations there carry only the related entry's own fields, so
 * places (with their position), scans (with their files) and tour stops (with their audio) are
 * looked up by documentId in the same language. Related works: the other items of the same place
 * and of the same tours.
 *
 * Imports only its siblings (see `content-types/src/contract-copies.ts`).
 *
 * @example
 *   const inputs = lidoRecordInputs({ de: { items, places, scans, stops }, en: { … } });
 */
import type {
  LidoAudioGuide,
  LidoHeritageItem,
  LidoMedia,
  LidoPlace,
  LidoRecordInput,
  LidoRelatedWork,
  LidoScan,
  Localised,
} from "./lido-input";
import { LIDO_LANGUAGES, type LidoLanguage } from "./vocabulary";

type Ref = { documentId: string } | null | undefined;

/** A heritage item as the source gives it: its own fields plus its place and scan relations. */
export interface LidoSourceItem extends LidoHeritageItem {
  place?: Ref;
  scan?: Ref;
}

/** A tour stop as the source gives it (only what the export reads). */
export interface LidoSourceStop {
  documentId: string;
  title: string;
  position?: number | null;
  audio?: LidoMedia | null;
  transcript?: string | null;
  tour?: Ref;
  items?: { documentId: string }[] | null;
}

/** One language's published entries. */
export interface LidoSourceLocale {
  items: LidoSourceItem[];
  places?: LidoPlace[];
  scans?: LidoScan[];
  stops?: LidoSourceStop[];
}

/**
 * How many related works a record lists at most, per kind: a town with 3,000 items is no list, and
 * each one is written in every language of the record (with 10, an OAI-PMH page of 100 records of
 * one museum was 2.2 MB, most of it the same related works again).
 */
export const MAX_RELATED_PER_KIND = 5;

function byDocumentId<T extends { documentId: string }>(entries: readonly T[] | undefined): Map<string, T> {
  return new Map((entries ?? []).map((entry) => [entry.documentId, entry]));
}

function localised<T>(
  documentId: string | undefined,
  maps: Partial<Record<LidoLanguage, Map<string, T>>>,
): Localised<T> | undefined {
  if (!documentId) return undefined;
  const value: Localised<T> = {};
  for (const language of LIDO_LANGUAGES) {
    const entry = maps[language]?.get(documentId);
    if (entry) value[language] = entry;
  }
  return Object.keys(value).length > 0 ? value : undefined;
}

/**
 * One input per published heritage item (by documentId, in the order of the first language's list),
 * with its place, scan, audio guides and related works.
 */
export function lidoRecordInputs(
  content: Partial<Record<LidoLanguage, LidoSourceLocale>>,
): LidoRecordInput[] {
  const languages = LIDO_LANGUAGES.filter((language) => content[language]);
  const items: Partial<Record<LidoLanguage, Map<string, LidoSourceItem>>> = {};
  const places: Partial<Record<LidoLanguage, Map<string, LidoPlace>>> = {};
  const scans: Partial<Record<LidoLanguage, Map<string, LidoScan>>> = {};
  const stops: Partial<Record<LidoLanguage, Map<string, LidoSourceStop>>> = {};
  for (const language of languages) {
    const source = content[language] as LidoSourceLocale;
    items[language] = byDocumentId(source.items);
    places[language] = byDocumentId(source.places);
    scans[language] = byDocumentId(source.scans);
    stops[language] = byDocumentId(source.stops);
  }

  // documentIds of every item, German order first, then items only in later languages.
  const order = [...new Set(languages.flatMap((language) => [...(items[language]?.keys() ?? [])]))];

  // Language-neutral indexes: items by place, stops by item, items by tour.
  const itemsByPlace = new Map<string, string[]>();
  const stopsByItem = new Map<string, string[]>();
  const itemsByTour = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
  };
  for (const documentId of order) {
    const item = localised(documentId, items);
    const placeId = LIDO_LANGUAGES.map((language) => item?.[language]?.place?.documentId).find(Boolean);
    if (placeId) push(itemsByPlace, placeId, documentId);
  }
  const stopIds = [...new Set(languages.flatMap((language) => [...(stops[language]?.keys() ?? [])]))];
  for (const stopId of stopIds) {
    for (const language of languages) {
      const stop = stops[language]?.get(stopId);
      for (const linked of stop?.items ?? []) {
        push(stopsByItem, linked.documentId, stopId);
        if (stop?.tour?.documentId) push(itemsByTour, stop.tour.documentId, linked.documentId);
      }
    }
  }

  // Once per related item and relation for all records of the call (an OAI-PMH page, an export):
  // the same object each time, so the record builder writes its XML once too (lido-record.ts).
  const relatedWorks = new Map<string, LidoRelatedWork | undefined>();
  const relatedWork = (
    documentId: string,
    relation: LidoRelatedWork["relation"],
  ): LidoRelatedWork | undefined => {
    const key = `${relation} ${documentId}`;
    if (!relatedWorks.has(key)) relatedWorks.set(key, newRelatedWork(documentId, relation));
    return relatedWorks.get(key);
  };
  const newRelatedWork = (
    documentId: string,
    relation: LidoRelatedWork["relation"],
  ): LidoRelatedWork | undefined => {
    const other = localised(documentId, items);
    if (!other) return undefined;
    const title: Localised<string> = {};
    const slug: Localised<string> = {};
    for (const language of LIDO_LANGUAGES) {
      const entry = other[language];
      if (entry) {
        title[language] = entry.title;
        slug[language] = entry.slug;
      }
    }
    return { documentId, title, slug, relation };
  };

  return order.map((documentId) => {
    const item = localised(documentId, items) as Localised<LidoSourceItem>;
    const placeId = LIDO_LANGUAGES.map((language) => item[language]?.place?.documentId).find(Boolean);
    const scanId = LIDO_LANGUAGES.map((language) => item[language]?.scan?.documentId).find(Boolean);

    const audioGuides: LidoAudioGuide[] = [];
    const tourIds: string[] = [];
    for (const stopId of stopsByItem.get(documentId) ?? []) {
      const stop = localised(stopId, stops) as Localised<LidoSourceStop>;
      const tourId = LIDO_LANGUAGES.map((language) => stop[language]?.tour?.documentId).find(Boolean);
      if (tourId && !tourIds.includes(tourId)) tourIds.push(tourId);
      const guide: LidoAudioGuide = { documentId: stopId, title: {}, audio: {}, transcript: {} };
      for (const language of LIDO_LANGUAGES) {
        const version = stop[language];
        if (!version) continue;
        guide.title[language] = version.title;
        guide.audio[language] = version.audio ?? undefined;
        (guide.transcript as Localised<string | null | undefined>)[language] = version.transcript;
      }
      if (LIDO_LANGUAGES.some((language) => guide.audio[language])) audioGuides.push(guide);
    }

    const related: LidoRelatedWork[] = [];
    const seen = new Set([documentId]);
    const addRelated = (ids: string[] | undefined, relation: LidoRelatedWork["relation"]) => {
      let added = 0;
      for (const id of ids ?? []) {
        if (added >= MAX_RELATED_PER_KIND) break;
        if (seen.has(id)) continue;
        const work = relatedWork(id, relation);
        if (!work) continue;
        seen.add(id);
        related.push(work);
        added++;
      }
    };
    if (placeId) addRelated(itemsByPlace.get(placeId), "same-place");
    addRelated(
      tourIds.flatMap((tourId) => itemsByTour.get(tourId) ?? []),
      "same-tour",
    );

    return {
      item,
      place: localised(placeId, places),
      scan: localised(scanId, scans),
      audioGuides,
      related,
    };
  });
}
