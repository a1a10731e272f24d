/**
 * The Meilisearch the search tests talk to: by default a local recorder (no Meilisearch server can
 * be installed here); with `MEILISEARCH_TEST_HOST` (and `MEILISEARCH_TEST_KEY`, the master or an
 * admin key) a real Meilisearch. Each run uses its own index prefix and deletes its indexes at the end.
 *
 *   MEILISEARCH_TEST_HOST=http://localhost:7700 MEILISEARCH_TEST_KEY=masterKey npx vitest run tests/search
 */
import { randomBytes } from "node:crypto";
import { type MeilisearchRecorder, startMeilisearchRecorder } from "./meilisearch-recorder.ts";

export interface MeilisearchUnderTest {
  host: string;
  adminKey: string;
  /** Index prefix of this run: indexes are `<prefix>-de` and `<prefix>-en`. */
  prefix: string;
  /** The recorder, or undefined against a real Meilisearch (request-level assertions are skipped then). */
  recorder: MeilisearchRecorder | undefined;
  /** Environment for the CMS / the reindex CLI. */
  env: Record<string, string>;
  /** A document of `<prefix>-<locale>`, or undefined when absent. Waits for pending tasks first. */
  getDocument(locale: "de" | "en", id: string): Promise<Record<string, unknown> | undefined>;
  /** All documents of `<prefix>-<locale>` (after pending tasks). */
  allDocuments(locale: "de" | "en"): Promise<Record<string, unknown>[]>;
  settings(locale: "de" | "en"): Promise<Record<string, unknown>>;
  /** A key that may only search this run's indexes (what the site gets). */
  searchKey(): Promise<string>;
  close(): Promise<void>;
}

export async function meilisearchUnderTest(): Promise<MeilisearchUnderTest> {
  const realHost = process.env.MEILISEARCH_TEST_HOST?.trim();
  const prefix = `test${randomBytes(4).toString("hex")}`;
  const adminKey = realHost ? (process.env.MEILISEARCH_TEST_KEY ?? "") : "recorder-admin-key";
  const recorderSearchKey = "recorder-search-key";
  const recorder = realHost
    ? undefined
    : await startMeilisearchRecorder({ apiKey: adminKey, searchKey: recorderSearchKey });
  const host = (realHost ?? recorder?.url ?? "").replace(/\/+$/, "");
  const headers = { authorization: `Bearer ${adminKey}`, "content-type": "application/json" };
  const indexUid = (locale: string) => `${prefix}-${locale}`;

  const settle = async () => {
    if (recorder) return; // the recorder applies every request at once
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const response = await fetch(
        `${host}/tasks?statuses=enqueued,processing&indexUids=${indexUid("de")},${indexUid("en")}`,
        { headers },
      );
      const body = (await response.json()) as { total?: number; results: unknown[] };
      if ((body.total ?? body.results.length) === 0) return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error(`Meilisearch at ${host} did not finish its tasks within 30 s`);
  };

  return {
    host,
    adminKey,
    prefix,
    recorder,
    env: { MEILISEARCH_HOST: host, MEILISEARCH_ADMIN_KEY: adminKey, MEILISEARCH_INDEX_PREFIX: prefix },
    async getDocument(locale, id) {
      await settle();
      const response = await fetch(
        `${host}/indexes/${indexUid(locale)}/documents/${encodeURIComponent(id)}`,
        {
          headers,
        },
      );
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`GET document ${id}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    },
    async allDocuments(locale) {
      await settle();
      const response = await fetch(`${host}/indexes/${indexUid(locale)}/documents?limit=10000`, { headers });
      if (response.status === 404) return [];
      const body = (await response.json()) as { results: Record<string, unknown>[] };
      return body.results;
    },
    async settings(locale) {
      await settle();
      const response = await fetch(`${host}/indexes/${indexUid(locale)}/settings`, { headers });
      return (await response.json()) as Record<string, unknown>;
    },
    async searchKey() {
      if (recorder) return recorderSearchKey;
      const response = await fetch(`${host}/keys`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          actions: ["search"],
          indexes: [`${prefix}-*`],
          expiresAt: null,
          description: "showroom test",
        }),
      });
      if (!response.ok)
        throw new Error(`Creating a search key failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { key: string }).key;
    },
    async close() {
      if (recorder) return recorder.close();
      for (const locale of ["de", "en"]) {
        await fetch(`${host}/indexes/${indexUid(locale)}`, { method: "DELETE", headers }).catch(
          () => undefined,
        );
      }
    },
  };
}
