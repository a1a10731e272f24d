/**
 * A full reindex: every published entry of every searchable type and locale into Meilisearch, with
 * the index settings, then removes documents that are no longer published. The index stays
 * searchable throughout (documents are replaced, not dropped first).
 *
 * @example
 *   await reindex({ source: snapshotContentSource("site/.snapshot"), env: process.env });
 */
import {
  indexSettings,
  readMeilisearchConfig,
  SEARCH_LOCALES,
  SEARCH_TYPE_NAMES,
  SEARCH_TYPES,
  type SearchDocument,
  type SearchLocale,
  type SearchSourceEntry,
  type SearchType,
  searchIndexUid,
  toSearchDocument,
} from "@showroom/content-types";
import type { ContentSource } from "@showroom/content-types/content-source";
import { createSearchIndexClient } from "@showroom/content-types/meilisearch-index";

export interface ReindexOptions {
  /** The running CMS or a snapshot folder (entries in REST shape, as `toSearchDocument` reads them). */
  source: ContentSource;
  /** Environment with MEILISEARCH_HOST, MEILISEARCH_ADMIN_KEY, MEILISEARCH_INDEX_PREFIX. */
  env: Record<string, string | undefined>;
  locales?: readonly SearchLocale[];
  /** Documents per request to Meilisearch. */
  batchSize?: number;
  /** Called with the total once known, then after each batch with the entries done so far. */
  onProgress?: (done: number, total: number) => void;
}

export const REINDEX_DEFAULTS = { batchSize: 500 } as const;

export interface ReindexResult {
  /** Documents sent, per locale. */
  indexed: Record<SearchLocale, number>;
  /** Entries without a page (no slug, a stop without a tour), skipped. */
  skipped: number;
  /** Stale documents removed, per locale. */
  removed: Record<SearchLocale, number>;
  indexUids: string[];
}

/** How many entries the source holds (for the progress bar). */
async function countPublished(source: ContentSource, locales: readonly SearchLocale[]): Promise<number> {
  let total = 0;
  for (const type of SEARCH_TYPES)
    for (const locale of locales) total += await source.count(SEARCH_TYPE_NAMES[type], locale);
  return total;
}

/** The published entries, one batch per searchable type and locale. */
async function* readPublished(
  source: ContentSource,
  locales: readonly SearchLocale[],
): AsyncGenerator<{ type: SearchType; locale: SearchLocale; entries: SearchSourceEntry[] }> {
  for (const type of SEARCH_TYPES) {
    for (const locale of locales) {
      const entries = (await source.entries(SEARCH_TYPE_NAMES[type], locale)) as SearchSourceEntry[];
      yield { type, locale, entries };
    }
  }
}

async function existingIds(host: string, key: string | undefined, indexUid: string): Promise<string[]> {
  const ids: string[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const response = await fetch(
      `${host}/indexes/${indexUid}/documents?fields=id&limit=${limit}&offset=${offset}`,
      {
        headers: key ? { authorization: `Bearer ${key}` } : {},
      },
    );
    if (response.status === 404) return ids; // a new index
    if (!response.ok)
      throw new Error(`Listing ${indexUid} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { results: { id: string }[]; total: number };
    ids.push(...body.results.map((doc) => String(doc.id)));
    if (body.results.length < limit || ids.length >= body.total) return ids;
  }
}

export async function reindex(options: ReindexOptions): Promise<ReindexResult> {
  const config = readMeilisearchConfig(options.env);
  if (!config) {
    throw new Error(
      "MEILISEARCH_HOST is not set: there is no Meilisearch to reindex. Set MEILISEARCH_HOST and MEILISEARCH_ADMIN_KEY (the site then uses Meilisearch instead of its embedded Pagefind index).",
    );
  }
  const locales = options.locales ?? SEARCH_LOCALES;
  const batchSize = options.batchSize ?? REINDEX_DEFAULTS.batchSize;
  const client = createSearchIndexClient(config, { settingsFor: indexSettings, indexUidOf: searchIndexUid });
  const total = await countPublished(options.source, locales);
  options.onProgress?.(0, total);

  // Ids present before, to find what is no longer published; read before writing anything.
  const before = new Map<SearchLocale, string[]>();
  for (const locale of locales)
    before.set(locale, await existingIds(config.host, config.adminKey, client.indexUid(locale)));

  await client.ensureIndexes(locales);
  const seen = new Map<SearchLocale, Set<string>>(locales.map((locale) => [locale, new Set()]));
  const pending = new Map<SearchLocale, SearchDocument[]>(locales.map((locale) => [locale, []]));
  const indexed = Object.fromEntries(locales.map((l) => [l, 0])) as Record<SearchLocale, number>;
  let skipped = 0;
  let done = 0;
  const flush = async (locale: SearchLocale, force: boolean) => {
    const queue = pending.get(locale) ?? [];
    while (queue.length >= batchSize || (force && queue.length > 0)) {
      const batch = queue.splice(0, batchSize);
      await client.upsert(locale, batch);
      indexed[locale] += batch.length;
    }
  };
  for await (const batch of readPublished(options.source, locales)) {
    for (const entry of batch.entries) {
      const document = toSearchDocument(batch.type, entry, batch.locale);
      if (!document) {
        skipped += 1;
        continue;
      }
      seen.get(batch.locale)?.add(document.id);
      pending.get(batch.locale)?.push(document);
    }
    await flush(batch.locale, false);
    done += batch.entries.length;
    options.onProgress?.(done, Math.max(total, done));
  }
  const removed = Object.fromEntries(locales.map((l) => [l, 0])) as Record<SearchLocale, number>;
  for (const locale of locales) {
    await flush(locale, true);
    const stale = (before.get(locale) ?? []).filter((id) => !seen.get(locale)?.has(id));
    await client.remove(locale, stale);
    removed[locale] = stale.length;
  }
  await client.waitForTasks();
  return { indexed, skipped, removed, indexUids: locales.map((locale) => client.indexUid(locale)) };
}
