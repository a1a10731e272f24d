/**
 * Keeps Meilisearch in step with what staff publish, as a document service middleware:
 * publish adds (or replaces) the published version, unpublish and delete remove it, drafts are never
 * read. Does nothing unless `MEILISEARCH_HOST` is set.
 *
 * After every write action the indexer reads the *published* version of the affected locales back
 * (`status: "published"`) and adds or removes it. Reading back, instead of indexing `ctx.params.data`,
 * is what keeps drafts out: a save of a draft changes no published version, so nothing is sent.
 *
 * @example
 *   // cms/src/index.ts
 *   register({ strapi }) { registerSearchIndexer(strapi); }
 */
import type { Core } from "@strapi/strapi";
import { isContentTypeUid } from "../bootstrap/content-api-types";
import { readMeilisearchConfig } from "../generated/meilisearch-config";
import { createSearchIndexClient, type SearchIndexClient } from "../generated/meilisearch-index";
import {
  SEARCH_LOCALES,
  SEARCH_TYPE_UIDS,
  type SearchLocale,
  type SearchType,
  searchDocumentId,
  searchIndexUid,
  searchPopulate,
  searchTypeOfUid,
  toSearchDocument,
} from "../generated/search-document";
import { indexSettings } from "../generated/search-index-settings";

/** What the document service passes to a middleware (the part the indexer reads). */
interface DocumentMiddlewareContext {
  uid: string;
  action: string;
  params?: { documentId?: string; locale?: string | string[]; status?: string };
}

/** Types whose pages show fields of another type: a change there must refresh these. */
const DEPENDENTS: Partial<Record<SearchType, { type: SearchType; relation: string }[]>> = {
  // A stop's URL contains its tour's slug.
  tour: [{ type: "stop", relation: "tour" }],
  // Items, stops and events carry their place's name as a facet.
  place: [
    { type: "item", relation: "place" },
    { type: "stop", relation: "place" },
    { type: "event", relation: "place" },
  ],
};

function affectedLocales(locale: string | string[] | undefined): SearchLocale[] {
  const requested = Array.isArray(locale)
    ? locale
    : locale && locale !== "*"
      ? [locale]
      : [...SEARCH_LOCALES];
  return SEARCH_LOCALES.filter((known) => requested.includes(known));
}

/** Whether the action can change a published version. Drafts-only saves return false. */
function changesPublished(ctx: DocumentMiddlewareContext): boolean {
  switch (ctx.action) {
    case "publish":
    case "unpublish":
    case "delete":
      return true;
    case "create":
    case "update":
      // `create`/`update` with status "published" publish internally, bypassing the "publish" action.
      return ctx.params?.status === "published";
    default:
      return false;
  }
}

export interface SearchIndexer {
  client: SearchIndexClient;
  /** Re-reads the published versions of a document and updates the index. */
  syncDocument(type: SearchType, documentId: string, locales: SearchLocale[]): Promise<void>;
}

/** Registers the middleware; returns the indexer (tests use it), or undefined when not configured. */
export function registerSearchIndexer(strapi: Core.Strapi): SearchIndexer | undefined {
  const config = readMeilisearchConfig(process.env);
  if (!config) {
    strapi.log.info("Search: MEILISEARCH_HOST is not set, so the site uses its embedded Pagefind index.");
    return undefined;
  }
  const client = createSearchIndexClient(config, { settingsFor: indexSettings, indexUidOf: searchIndexUid });
  const uidOf = (type: SearchType) => {
    const uid = SEARCH_TYPE_UIDS[type];
    if (isContentTypeUid(strapi, uid)) return uid;
    throw new Error(
      `[search] the search contract names ${uid} for "${type}", which this CMS does not have: run \`npm run generate\` after changing the content model.`,
    );
  };
  let ready: Promise<void> | undefined;
  const ensureReady = () => {
    ready ??= client.ensureIndexes(SEARCH_LOCALES).catch((error: unknown) => {
      ready = undefined; // try again on the next write
      throw error;
    });
    return ready;
  };

  const readPublished = async (type: SearchType, documentId: string, locale: SearchLocale) =>
    (await strapi.documents(uidOf(type)).findOne({
      documentId,
      locale,
      status: "published",
      populate: searchPopulate(type),
    })) as Record<string, unknown> | null;

  const syncDocument = async (type: SearchType, documentId: string, locales: SearchLocale[]) => {
    await ensureReady();
    for (const locale of locales) {
      const entry = await readPublished(type, documentId, locale);
      const document = entry ? toSearchDocument(type, entry, locale) : undefined;
      if (document) await client.upsert(locale, [document]);
      else await client.remove(locale, [searchDocumentId(type, documentId, locale)]);
    }
  };

  /**
   * Entries whose search document shows fields of this one. Looked up *before* the action: after an
   * unpublish or delete the relation from their published version is gone. Draft and published
   * relations are both followed, since either may still point here.
   */
  const findDependents = async (type: SearchType, documentId: string, locales: SearchLocale[]) => {
    const found: { type: SearchType; documentId: string; locale: SearchLocale }[] = [];
    const seen = new Set<string>();
    for (const dependent of DEPENDENTS[type] ?? []) {
      for (const locale of locales) {
        for (const status of ["draft", "published"] as const) {
          const entries = await strapi.documents(uidOf(dependent.type)).findMany({
            locale,
            status,
            filters: { [dependent.relation]: { documentId } },
            fields: ["documentId"],
          });
          for (const entry of entries) {
            const key = `${dependent.type}/${entry.documentId}/${locale}`;
            if (seen.has(key)) continue;
            seen.add(key);
            found.push({ type: dependent.type, documentId: entry.documentId, locale });
          }
        }
      }
    }
    return found;
  };

  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentMiddlewareContext;
    const type = searchTypeOfUid(ctx.uid);
    if (!type || !changesPublished(ctx)) return next();
    const locales = affectedLocales(ctx.params?.locale);
    // A new document has no dependents yet; an existing one may lose them with this action.
    const dependents = ctx.params?.documentId
      ? await findDependents(type, ctx.params.documentId, locales).catch((error: unknown) => {
          strapi.log.warn(
            `Search: could not look up entries that show ${ctx.uid} ${ctx.params?.documentId}: ${String(error)}`,
          );
          return [];
        })
      : [];
    const result = await next();
    const documentId =
      ctx.params?.documentId ?? (result as { documentId?: string } | null | undefined)?.documentId;
    if (!documentId) return result;
    try {
      await syncDocument(type, documentId, locales);
      for (const dependent of dependents) {
        await syncDocument(dependent.type, dependent.documentId, [dependent.locale]);
      }
    } catch (error) {
      // Publishing must not fail because the search server is down; `npm run search:reindex` repairs.
      strapi.log.error(
        `Search: could not update Meilisearch at ${config.host} after ${ctx.action} of ${ctx.uid} ${documentId}: ${
          error instanceof Error ? error.message : String(error)
        }. Run "npm run search:reindex" once Meilisearch is reachable.`,
      );
    }
    return result;
  });
  strapi.log.info(`Search: indexing published content into Meilisearch at ${config.host}.`);
  return { client, syncDocument };
}
