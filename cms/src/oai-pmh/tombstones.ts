import type { Core } from "@strapi/strapi";
import { recordChanged } from "./record-changes";

/**
 * Deleted-record memory for OAI-PMH (`deletedRecord` = persistent): one row per heritage item that
 * was published and then unpublished or deleted, with the time that happened. A plain table the
 * CMS creates at start, not a content type, so no API, role or admin screen can read it; OAI-PMH
 * shows it only as headers with status="deleted". Strapi leaves tables it does not manage alone.
 */
export const TOMBSTONE_TABLE = "oai_pmh_tombstones";

/** Document service actions that only read. */
const READ_ACTIONS = new Set(["findMany", "findFirst", "findOne", "count"]);

export async function ensureTombstoneTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(TOMBSTONE_TABLE)) return;
  await knex.schema.createTable(TOMBSTONE_TABLE, (table) => {
    table.string("document_id", 255).primary();
    table.timestamp("datestamp", { useTz: true }).notNullable();
    table.index(["datestamp", "document_id"], `${TOMBSTONE_TABLE}_datestamp_idx`);
  });
}

/**
 * Keeps the tombstones in step with every write of `uid` through the document service (admin,
 * REST, scripts): when a document that had a published locale has none afterwards (unpublish,
 * delete, delete of its last published locale), it gets a tombstone dated now; when it has one
 * afterwards (publish, re-publish), its tombstone goes. A document that was never published gets
 * none, so deleting a draft tells harvesters nothing about it.
 */
export function registerTombstones(strapi: Core.Strapi, uid: string): void {
  const isPublished = async (documentId: string) =>
    (await strapi.db.query(uid as never).count({
      where: { documentId, publishedAt: { $notNull: true } },
    })) > 0;
  strapi.documents.use(async (context, next) => {
    if (context.uid !== uid || READ_ACTIONS.has(context.action)) return next();
    const given = (context.params as { documentId?: unknown } | undefined)?.documentId;
    const before = typeof given === "string" && (await isPublished(given));
    const result = await next();
    const documentId =
      typeof given === "string"
        ? given
        : ((result as { documentId?: unknown } | null | undefined)?.documentId as string | undefined);
    if (!documentId) return result;
    const after = await isPublished(documentId);
    // One language unpublished or deleted, another still published: the record lost a language.
    if (before && after && (context.action === "unpublish" || context.action === "delete"))
      await recordChanged(strapi, [documentId]);
    // Inside the action's transaction when there is one (SQLite has a single connection).
    await strapi.db.transaction(async ({ trx }) => {
      if (after) await trx(TOMBSTONE_TABLE).where("document_id", documentId).delete();
      else if (before)
        await trx(TOMBSTONE_TABLE)
          .insert({ document_id: documentId, datestamp: new Date() })
          .onConflict("document_id")
          .merge();
    });
    return result;
  });
}
