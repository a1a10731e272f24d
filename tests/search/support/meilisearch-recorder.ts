/**
 * A local HTTP server that answers the Meilisearch JS client like Meilisearch does (tasks, documents,
 * settings, index creation) and records every request, so tests can assert on what the CMS indexer
 * and the reindex CLI send. It also keeps the documents, so the same state assertions run against
 * the recorder and against a real Meilisearch (see `meilisearchUnderTest`).
 *
 * Not a search engine: it answers only the endpoints the indexer uses, and 501 for anything else,
 * so a new kind of request shows up as a failing test instead of a silent success.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. `/indexes/showroom-de/documents`. */
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** The raw body text (to search for strings that must never be sent). */
  rawBody: string;
}

export interface MeilisearchRecorder {
  url: string;
  requests: RecordedRequest[];
  /** Current documents of an index, by primary key. */
  documents(indexUid: string): Map<string, Record<string, unknown>>;
  settings(indexUid: string): Record<string, unknown> | undefined;
  indexes(): string[];
  reset(): void;
  close(): Promise<void>;
}

interface Task {
  uid: number;
  indexUid: string | null;
  status: "succeeded" | "failed";
  type: string;
  error: { message: string; code: string; type: string; link: string } | null;
  enqueuedAt: string;
  startedAt: string;
  finishedAt: string;
  duration: string;
  details: Record<string, unknown>;
  canceledBy: null;
  batchUid: number;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Starts the recorder on 127.0.0.1 and a free port. `apiKey`: when set, other keys get 403 like
 * Meilisearch; `searchKey` is accepted for searches only (like a key with just the "search" action).
 */
export async function startMeilisearchRecorder(
  options: { apiKey?: string; searchKey?: string } = {},
): Promise<MeilisearchRecorder> {
  const requests: RecordedRequest[] = [];
  const docs = new Map<string, Map<string, Record<string, unknown>>>();
  const settings = new Map<string, Record<string, unknown>>();
  const primaryKeys = new Map<string, string>();
  const tasks = new Map<number, Task>();
  let nextTask = 0;

  const indexDocs = (uid: string) => {
    let map = docs.get(uid);
    if (!map) {
      map = new Map();
      docs.set(uid, map);
    }
    return map;
  };

  const task = (
    indexUid: string | null,
    type: string,
    details: Record<string, unknown>,
    error?: string,
  ): Task => {
    const now = new Date().toISOString();
    const uid = nextTask++;
    const created: Task = {
      uid,
      indexUid,
      status: error ? "failed" : "succeeded",
      type,
      error: error
        ? { message: error, code: error.split(":")[0] ?? "error", type: "invalid_request", link: "" }
        : null,
      enqueuedAt: now,
      startedAt: now,
      finishedAt: now,
      duration: "PT0S",
      details,
      canceledBy: null,
      batchUid: uid,
    };
    tasks.set(created.uid, created);
    return created;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://recorder");
    const rawBody = await readBody(req);
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      body = undefined;
    }
    const method = req.method ?? "GET";
    const path = url.pathname;
    requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      rawBody,
    });
    // Meilisearch allows browsers from any origin; the site calls it from its own origin.
    const cors = {
      "access-control-allow-origin": "*",
      "access-control-allow-headers": "authorization, content-type, x-meilisearch-client",
      "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    };
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json", ...cors });
      res.end(JSON.stringify(payload));
    };
    if (method === "OPTIONS") {
      res.writeHead(204, cors).end();
      return;
    }
    const enqueued = (created: Task) =>
      send(202, {
        taskUid: created.uid,
        indexUid: created.indexUid,
        status: "enqueued",
        type: created.type,
        enqueuedAt: created.enqueuedAt,
      });

    const isSearch = method === "POST" && /^\/indexes\/[^/]+\/search$/.test(path);
    const searchAllowed =
      isSearch && options.searchKey && req.headers.authorization === `Bearer ${options.searchKey}`;
    if (
      options.apiKey &&
      !searchAllowed &&
      req.headers.authorization !== `Bearer ${options.apiKey}` &&
      path !== "/health"
    ) {
      send(403, {
        message: "The provided API key is invalid.",
        code: "invalid_api_key",
        type: "auth",
        link: "",
      });
      return;
    }

    const at = (pattern: RegExp) => path.match(pattern);
    if (method === "GET" && path === "/health") return send(200, { status: "available" });
    if (method === "GET" && path === "/version") return send(200, { pkgVersion: "recorder" });
    if (method === "POST" && path === "/indexes") {
      const { uid, primaryKey } = body as { uid: string; primaryKey?: string };
      if (docs.has(uid)) {
        return enqueued(
          task(
            uid,
            "indexCreation",
            { primaryKey },
            `index_already_exists: Index \`${uid}\` already exists.`,
          ),
        );
      }
      indexDocs(uid);
      if (primaryKey) primaryKeys.set(uid, primaryKey);
      return enqueued(task(uid, "indexCreation", { primaryKey }));
    }
    const taskRoute = at(/^\/tasks\/(\d+)$/);

    if (method === "GET" && taskRoute) {
      const found = tasks.get(Number(taskRoute[1]));
      return found ? send(200, found) : send(404, { message: "task not found", code: "task_not_found" });
    }
    const settingsRoute = at(/^\/indexes\/([^/]+)\/settings$/);

    if (settingsRoute) {
      const uid = decodeURIComponent(settingsRoute[1] ?? "");
      if (method === "PATCH") {
        indexDocs(uid);
        settings.set(uid, { ...settings.get(uid), ...(body as Record<string, unknown>) });
        return enqueued(task(uid, "settingsUpdate", body as Record<string, unknown>));
      }
      if (method === "GET") return send(200, settings.get(uid) ?? {});
    }
    const documentsRoute = at(/^\/indexes\/([^/]+)\/documents$/);

    if (documentsRoute) {
      const uid = decodeURIComponent(documentsRoute[1] ?? "");
      if (method === "POST" || method === "PUT") {
        const key = url.searchParams.get("primaryKey") ?? primaryKeys.get(uid) ?? "id";
        const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
        const map = indexDocs(uid);
        for (const doc of list) {
          const id = String(doc[key]);
          // POST replaces the whole document (addDocuments), PUT merges (updateDocuments).
          map.set(id, method === "PUT" ? { ...map.get(id), ...doc } : doc);
        }
        return enqueued(task(uid, "documentAdditionOrUpdate", { receivedDocuments: list.length }));
      }
      if (method === "DELETE") {
        const count = indexDocs(uid).size;
        indexDocs(uid).clear();
        return enqueued(task(uid, "documentDeletion", { deletedDocuments: count }));
      }
      if (method === "GET") {
        const results = [...indexDocs(uid).values()];
        return send(200, { results, offset: 0, limit: results.length, total: results.length });
      }
    }
    const deleteBatchRoute = at(/^\/indexes\/([^/]+)\/documents\/delete-batch$/);

    if (method === "POST" && deleteBatchRoute) {
      const uid = decodeURIComponent(deleteBatchRoute[1] ?? "");
      const ids = (Array.isArray(body) ? body : []).map(String);
      for (const id of ids) indexDocs(uid).delete(id);
      return enqueued(task(uid, "documentDeletion", { providedIds: ids.length }));
    }
    const documentRoute = at(/^\/indexes\/([^/]+)\/documents\/([^/]+)$/);

    if (documentRoute) {
      const uid = decodeURIComponent(documentRoute[1] ?? "");
      const id = decodeURIComponent(documentRoute[2] ?? "");
      if (method === "GET") {
        const found = docs.get(uid)?.get(id);
        return found
          ? send(200, found)
          : send(404, {
              message: `Document \`${id}\` not found.`,
              code: "document_not_found",
              type: "invalid_request",
              link: "",
            });
      }
      if (method === "DELETE") {
        indexDocs(uid).delete(id);
        return enqueued(task(uid, "documentDeletion", { providedIds: 1 }));
      }
    }
    const searchRoute = at(/^\/indexes\/([^/]+)\/search$/);

    if (method === "POST" && searchRoute) {
      return send(
        200,
        searchDocuments(
          [...(docs.get(decodeURIComponent(searchRoute[1] ?? ""))?.values() ?? [])],
          body as SearchBody,
        ),
      );
    }
    const indexRoute = at(/^\/indexes\/([^/]+)$/);

    if (method === "DELETE" && indexRoute) {
      const uid = decodeURIComponent(indexRoute[1] ?? "");
      docs.delete(uid);
      settings.delete(uid);
      return enqueued(task(uid, "indexDeletion", {}));
    }
    send(501, { message: `The recorder does not answer ${method} ${path}`, code: "not_implemented" });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    documents: (uid) => new Map(docs.get(uid) ?? []),
    settings: (uid) => settings.get(uid),
    indexes: () => [...docs.keys()],
    reset() {
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

interface SearchBody {
  q?: string;
  filter?: string[][];
  facets?: string[];
  limit?: number;
  highlightPreTag?: string;
  highlightPostTag?: string;
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
}

const fold = (text: string) => text.toLocaleLowerCase("de").normalize("NFD").replace(/\p{M}/gu, "");

/**
 * A deliberately simple stand-in for Meilisearch's search (prefix match of every query word,
 * OR-within/AND-across filters, facet counts, highlight tags), so the search UI can be exercised
 * without a server. Ranking and typo tolerance are Meilisearch's own and are not imitated.
 */
function searchDocuments(all: Record<string, unknown>[], body: SearchBody) {
  const words = (body.q ?? "").match(/[\p{L}\p{N}]+/gu)?.map(fold) ?? [];
  const searchable = ["title", "summary", "place", "text"];
  const matchesFilter = (doc: Record<string, unknown>) =>
    (body.filter ?? []).every((group) =>
      group.some((expression) => {
        const parsed = expression.match(/^(\w+) = (?:"((?:[^"\\]|\\.)*)"|(true|false))$/);
        if (!parsed) throw new Error(`recorder cannot parse filter ${expression}`);
        const value = parsed[3] ? parsed[3] === "true" : (parsed[2] ?? "").replace(/\\(.)/g, "$1");
        return doc[parsed[1] ?? ""] === value;
      }),
    );
  const hits = all.filter((doc) => {
    if (!matchesFilter(doc)) return false;
    const tokens = searchable.flatMap(
      (field) =>
        String(doc[field] ?? "")
          .match(/[\p{L}\p{N}]+/gu)
          ?.map(fold) ?? [],
    );
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  });
  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const facet of body.facets ?? []) {
    const counts: Record<string, number> = {};
    for (const doc of hits) {
      if (doc[facet] === undefined) continue;
      const key = String(doc[facet]);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    facetDistribution[facet] = counts;
  }
  const pre = body.highlightPreTag ?? "<em>";
  const post = body.highlightPostTag ?? "</em>";
  const mark = (text: string) =>
    text.replace(/[\p{L}\p{N}]+/gu, (token) =>
      words.some((word) => fold(token).startsWith(word)) ? `${pre}${token}${post}` : token,
    );
  const crop = (text: string) => {
    const tokens = text.split(/\s+/);
    const at = Math.max(
      0,
      tokens.findIndex((token) => words.some((word) => fold(token).includes(word))),
    );
    return tokens.slice(Math.max(0, at - 5), at + (body.cropLength ?? 10)).join(" ");
  };
  return {
    hits: hits.slice(0, body.limit ?? 20).map((doc) => ({
      ...doc,
      _formatted: {
        ...doc,
        title: mark(String(doc.title ?? "")),
        summary: mark(String(doc.summary ?? "")),
        text: mark(crop(String(doc.text ?? ""))),
      },
    })),
    query: body.q ?? "",
    processingTimeMs: 0,
    limit: body.limit ?? 20,
    offset: 0,
    estimatedTotalHits: hits.length,
    facetDistribution,
  };
}
