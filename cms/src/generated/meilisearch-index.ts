// Generated from content-types/src/contracts/meilisearch-index.ts by `npm run generate -w content-types` — do not edit.
/**
 * Talks to Meilisearch for the CMS indexer and the reindex CLI: creates the per-locale indexes with
 * their settings, adds and removes search documents. The configuration, the documents and the
 * settings are the contracts next to it.
 *
 * Only type imports of other contracts and `import("meilisearch")` (the client is an ES module, the
 * CMS compiles its generated copy to CommonJS); cms/ and scripts/ both declare `meilisearch`. See
 * `content-types/src/contract-copies.ts`.
 */
import type { MeilisearchConfig } from "./meilisearch-config";
import type { SearchDocument, SearchLocale } from "./search-document";
import type { MeilisearchIndexSettings } from "./search-index-settings";

export interface SearchIndexClient {
  /** Creates the indexes (idempotent) and applies the settings; run once before the first write. */
  ensureIndexes(locales: readonly SearchLocale[]): Promise<void>;
  upsert(locale: SearchLocale, documents: SearchDocument[]): Promise<void>;
  remove(locale: SearchLocale, ids: string[]): Promise<void>;
  /** Removes every document of a locale (the reindex starts from a clean index). */
  clear(locale: SearchLocale): Promise<void>;
  /** Waits until Meilisearch has processed every task this client enqueued (tests, reindex). */
  waitForTasks(): Promise<void>;
  indexUid(locale: SearchLocale): string;
}

/** The parts of the search contract the client needs (passed in: this module only imports types). */
export interface SearchIndexContract {
  /** `indexSettings` of content-types. */
  settingsFor: (locale: SearchLocale) => MeilisearchIndexSettings;
  /** `searchIndexUid` of content-types. */
  indexUidOf: (locale: SearchLocale, prefix: string) => string;
}

export function createSearchIndexClient(
  config: MeilisearchConfig,
  { settingsFor, indexUidOf }: SearchIndexContract,
): SearchIndexClient {
  // Loaded on first use with import(): the client is an ES module and the CMS compiles to CommonJS.
  let clientPromise: Promise<import("meilisearch").Meilisearch> | undefined;
  const getClient = () => {
    clientPromise ??= import("meilisearch").then(
      ({ Meilisearch }) =>
        new Meilisearch({ host: config.host, apiKey: config.adminKey, timeout: config.timeoutMs }),
    );
    return clientPromise;
  };
  const indexUid = (locale: SearchLocale) => indexUidOf(locale, config.indexPrefix);
  const pending: number[] = [];
  // Task uids are enough to wait for later; the promise also surfaces request errors now.
  const enqueue = async (
    makeTask: (client: import("meilisearch").Meilisearch) => PromiseLike<{ taskUid: number }>,
  ) => {
    const { taskUid } = await makeTask(await getClient());
    pending.push(taskUid);
  };
  return {
    indexUid,
    async ensureIndexes(locales) {
      for (const locale of locales) {
        // Creating an existing index fails inside the task, not here, and changes nothing.
        await enqueue((client) => client.createIndex(indexUid(locale), { primaryKey: "id" }));
        await enqueue((client) => client.index(indexUid(locale)).updateSettings(settingsFor(locale)));
      }
    },
    async upsert(locale, documents) {
      if (documents.length === 0) return;
      await enqueue((client) => client.index(indexUid(locale)).addDocuments(documents, { primaryKey: "id" }));
    },
    async remove(locale, ids) {
      if (ids.length === 0) return;
      await enqueue((client) => client.index(indexUid(locale)).deleteDocuments(ids));
    },
    async clear(locale) {
      await enqueue((client) => client.index(indexUid(locale)).deleteAllDocuments());
    },
    async waitForTasks() {
      const uids = pending.splice(0);
      if (uids.length === 0) return;
      const tasks = await (await getClient()).tasks.waitForTasks(uids, { timeout: 60_000, interval: 50 });
      const failed = tasks.filter(
        (task) => task.status === "failed" && task.error?.code !== "index_already_exists",
      );
      if (failed.length > 0) {
        const details = failed.map((task) => `${task.type} on ${task.indexUid}: ${task.error?.message}`);
        throw new Error(`Meilisearch rejected ${failed.length} task(s): ${details.join("; ")}`);
      }
    },
  };
}
