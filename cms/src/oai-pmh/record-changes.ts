import type { Core } from "@strapi/strapi";

/**
 * When a published item's record changed without a publication of the item itself, so incremental
 * harvests (`from`) fetch it again: one row per heritage item with the latest such time. An item's
 * datestamp is the later of its latest publication and this (records.ts). A plain table the CMS
 * creates at start, like the tombstones (tombstones.ts), that no API shows.
 *
 * Changes recorded: one language of the item unpublished or deleted while another stays published,
 * and a publication, unpublication or deletion of a place, scan or tour stop the item links (its
 * record shows the place, the scan's files and the stops' audio guides).
 */
export const CHANGE_TABLE = "oai_pmh_record_changes";

/** The kinds whose published version is part of an item's record, and how to find those items. */
const LINKED: Record<string, "place" | "scan" | "tour-stop"> = {
  "api::place.place": "place",
  "api::scan.scan": "scan",
  "api::tour-stop.tour-stop": "tour-stop",
};

/** Document service actions that change what is published. */
const PUBLISHING_ACTIONS = new Set(["publish", "unpublish", "delete"]);

export async function ensureChangeTable(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection;
  if (await knex.schema.hasTable(CHANGE_TABLE)) return;
  await knex.schema.createTable(CHANGE_TABLE, (table) => {
    table.string("document_id", 255).primary();
    table.timestamp("datestamp", { useTz: true }).notNullable();
  });
}

/** Marks the items' records as changed now (inside the running transaction when there is one). */
export async function recordChanged(strapi: Core.Strapi, documentIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return;
  const datestamp = new Date();
  await strapi.db.transaction(async ({ trx }) => {
    for (const documentId of ids)
      await trx(CHANGE_TABLE)
        .insert({ document_id: documentId, datestamp })
        .onConflict("document_id")
        .merge();
  });
}

/** The heritage items (documentIds) whose records show this place, scan or tour stop. */
async function itemsShowing(strapi: Core.Strapi, uid: string, documentId: string): Promise<string[]> {
  const kind = LINKED[uid];
  const item = "api::heritage-item.heritage-item";
  if (kind === "tour-stop") {
    const stops = (await strapi.db.query(uid as never).findMany({
      where: { documentId },
      populate: { items: { select: ["documentId"] } },
    })) as { items?: { documentId: string }[] }[];
    return stops.flatMap((stop) => (stop.items ?? []).map((entry) => entry.documentId));
  }
  const rows = (await strapi.db.query(item as never).findMany({
    where: { [kind as string]: { documentId } },
    select: ["documentId"],
  })) as { documentId: string }[];
  return rows.map((row) => row.documentId);
}

/**
 * Records a change for every item a publication, unpublication or deletion of a place, scan or
 * tour stop touches (the items linked before and after, so a stop that drops an item counts too).
 */
export function registerLinkedChanges(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!LINKED[context.uid] || !PUBLISHING_ACTIONS.has(context.action)) return next();
    const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
    if (typeof documentId !== "string") return next();
    const before = await itemsShowing(strapi, context.uid, documentId);
    const result = await next();
    const after = await itemsShowing(strapi, context.uid, documentId);
    await recordChanged(strapi, [...before, ...after]);
    return result;
  });
}
