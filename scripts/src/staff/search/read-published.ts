/**
 * Reads every published entry of the searchable types, per locale: from a running CMS (REST with a
 * read-only token) or from a content snapshot. Both give entries in Strapi's REST shape, which
 * `toSearchDocument` understands.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  readSnapshotEntries,
  restPath,
  SEARCH_TYPE_NAMES,
  SEARCH_TYPES,
  type SearchLocale,
  type SearchSourceEntry,
  type SearchType,
  searchPopulate,
  toQueryString,
} from "@showroom/content-types";

export interface PublishedBatch {
  type: SearchType;
  locale: SearchLocale;
  entries: SearchSourceEntry[];
}

export type PublishedSource =
  | { kind: "cms"; url: string; token?: string; pageSize?: number }
  | { kind: "snapshot"; dir: string };

export function describeSource(source: PublishedSource): string {
  return source.kind === "cms" ? `the CMS at ${source.url}` : `the content snapshot in ${source.dir}`;
}

async function fetchPage(
  source: Extract<PublishedSource, { kind: "cms" }>,
  type: SearchType,
  locale: SearchLocale,
  page: number,
): Promise<{ entries: SearchSourceEntry[]; pageCount: number }> {
  const query = toQueryString({
    status: "published",
    locale,
    populate: searchPopulate(type),
    pagination: { page, pageSize: source.pageSize ?? 100 },
  });
  const url = `${source.url.replace(/\/+$/, "")}${restPath(SEARCH_TYPE_NAMES[type])}?${query}`;
  const response = await fetch(url, {
    headers: source.token ? { authorization: `Bearer ${source.token}` } : {},
  });
  if (!response.ok) {
    const body = await response.text();
    const hint =
      response.status === 401 || response.status === 403
        ? " Set STRAPI_TOKEN to a read-only API token of the CMS (Settings → API Tokens)."
        : "";
    throw new Error(`Reading ${url} failed: ${response.status} ${body.slice(0, 300)}.${hint}`);
  }
  const body = (await response.json()) as {
    data: SearchSourceEntry[];
    meta?: { pagination?: { pageCount?: number } };
  };
  return { entries: body.data, pageCount: body.meta?.pagination?.pageCount ?? 1 };
}

/** Yields the published entries batch by batch (a CMS page, or a whole snapshot file). */
export async function* readPublished(
  source: PublishedSource,
  locales: readonly SearchLocale[],
): AsyncGenerator<PublishedBatch> {
  if (source.kind === "snapshot" && !existsSync(join(source.dir, "manifest.json"))) {
    throw new Error(
      `No content snapshot at ${source.dir} (manifest.json missing). Pass --snapshot <dir> of an existing snapshot or set STRAPI_URL.`,
    );
  }
  for (const type of SEARCH_TYPES) {
    for (const locale of locales) {
      if (source.kind === "snapshot") {
        const entries = readSnapshotEntries(source.dir, SEARCH_TYPE_NAMES[type], locale);
        yield { type, locale, entries: Array.isArray(entries) ? (entries as SearchSourceEntry[]) : [] };
        continue;
      }
      let page = 1;
      let pageCount = 1;
      do {
        const result = await fetchPage(source, type, locale, page);
        pageCount = result.pageCount;
        yield { type, locale, entries: result.entries };
        page += 1;
      } while (page <= pageCount);
    }
  }
}

/** How many entries the source holds (for the progress bar); a CMS answers with one small request per type. */
export async function countPublished(
  source: PublishedSource,
  locales: readonly SearchLocale[],
): Promise<number> {
  let total = 0;
  for (const type of SEARCH_TYPES) {
    for (const locale of locales) {
      if (source.kind === "snapshot") {
        const entries = readSnapshotEntries(source.dir, SEARCH_TYPE_NAMES[type], locale);
        total += Array.isArray(entries) ? entries.length : 0;
        continue;
      }
      const query = toQueryString({
        status: "published",
        locale,
        fields: ["documentId"],
        pagination: { pageSize: 1 },
      });
      const url = `${source.url.replace(/\/+$/, "")}${restPath(SEARCH_TYPE_NAMES[type])}?${query}`;
      const response = await fetch(url, {
        headers: source.token ? { authorization: `Bearer ${source.token}` } : {},
      });
      if (!response.ok)
        throw new Error(`Reading ${url} failed: ${response.status} ${(await response.text()).slice(0, 300)}`);
      const body = (await response.json()) as { meta?: { pagination?: { total?: number } } };
      total += body.meta?.pagination?.total ?? 0;
    }
  }
  return total;
}
