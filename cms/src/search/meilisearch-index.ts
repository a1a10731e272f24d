/**
 * Talks to Meilisearch for the CMS indexer and the reindex CLI: reads the configuration, creates the
 * per-locale indexes with their settings, adds and removes search documents.
 *
 * Only type imports of sibling files (erased at load), so the reindex CLI can load this file as an
 * ES module while the CMS compiles it as CommonJS.
 */
import type { MeilisearchIndexSettings } from "./index-settings";
import type { SearchDocument, SearchLocale } from "./search-document";

export interface MeilisearchConfig {
  host: string;
  /** A key allowed to write documents and settings (the admin key, never given to the site). */
  adminKey: string | undefined;
  /** Index names are `<prefix>-<locale>`; tests use their own prefix to share a server. */
  indexPrefix: string;
  /** Milliseconds before a request counts as failed; a slow search server must not hang a publish. */
  timeoutMs: number;
}

/**
 * The configuration from the environment, or undefined when Meilisearch is not configured
 * (`MEILISEARCH_HOST` unset): then the site uses its embedded Pagefind index.
 */
export function readMeilisearchConfig(
  env: Record<string, string | undefined>,
): MeilisearchConfig | undefined {
  const host = env.MEILISEARCH_HOST?.trim();
  if (!host) return undefined;
  if (!/^https?:\/\/\S+$/.test(host)) {
    throw new Error(
      `MEILISEARCH_HOST must be an http(s) URL such as http://localhost:7700, got "${host}". Fix it or unset it to use the embedded search.`,
    );
  }
  const indexPrefix = env.MEILISEARCH_INDEX_PREFIX?.trim() || "showroom";
  if (!/^[A-Za-z0-9_-]+$/.test(indexPrefix)) {
    throw new Error(
      `MEILISEARCH_INDEX_PREFIX may only contain letters, digits, "-" and "_", got "${indexPrefix}".`,
    );
  }
  const timeout = Number(env.MEILISEARCH_TIMEOUT_MS ?? 5000);
  return {
    host: host.replace(/\/+$/, ""),
    adminKey: env.MEILISEARCH_ADMIN_KEY?.trim() || undefined,
    indexPrefix,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 5000,
  };
}

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

export function createSearchIndexClient(
  config: MeilisearchConfig,
  settingsFor: (locale: SearchLocale) => MeilisearchIndexSettings,
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
  const indexUid = (locale: SearchLocale) => `${config.indexPrefix}-${locale}`;
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
