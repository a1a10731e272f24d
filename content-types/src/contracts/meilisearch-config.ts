/**
 * The Meilisearch settings of the CMS indexer and the reindex CLI, read from the environment in one
 * place so both refuse the same mistakes with the same words.
 *
 * Imports only the search document (the CMS gets generated copies; see
 * `content-types/src/contract-copies.ts`).
 *
 * @example
 *   const config = readMeilisearchConfig(process.env); // undefined: use the embedded Pagefind index
 */
import { DEFAULT_SEARCH_INDEX_PREFIX } from "./search-document.ts";

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
  const indexPrefix = env.MEILISEARCH_INDEX_PREFIX?.trim() || DEFAULT_SEARCH_INDEX_PREFIX;
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
