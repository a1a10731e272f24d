import type { Core } from "@strapi/strapi";
import { CHANGE_TABLE } from "./record-changes";
import { TOMBSTONE_TABLE } from "./tombstones";

/** The content type whose published documents are the repository's items. */
export const ITEM_UID = "api::heritage-item.heritage-item";

/** What a header says about an item: published (with its latest publication date) or deleted. */
export interface ItemHeader {
  documentId: string;
  datestamp: Date;
  deleted: boolean;
}

/** Which headers a list request covers: datestamps in [from, untilExclusive), after a position. */
export interface HeaderFilter {
  from?: Date;
  untilExclusive?: Date;
  after?: { datestamp: number; documentId: string };
}

type Knex = Core.Strapi["db"]["connection"];
type QueryBuilder = ReturnType<Knex>;

/** SQLite returns the epoch milliseconds it stores, PostgreSQL a Date: both become a Date. */
const toDate = (value: unknown): Date => new Date(value as string | number | Date);

/**
 * Reads item headers straight from the tables, so a list page costs two indexed queries and never
 * depends on who asks. Published rows only (`published_at` set): a document with no published
 * locale is not an item, and drafts never show. Its datestamp is the latest publication of any of
 * its locales or of a change to its record by other means (record-changes.ts), so publishing a
 * translation or the item's place makes harvesters fetch the record again. Unpublished or
 * deleted items come from the tombstone table (tombstones.ts).
 */
export function itemRecords(strapi: Core.Strapi) {
  const meta = strapi.db.metadata.get(ITEM_UID);
  const table = meta.tableName;
  const column = (attribute: string) =>
    ((meta.attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute) as string;
  const documentIdColumn = column("documentId");
  const publishedAtColumn = column("publishedAt");
  const knex = () => strapi.db.connection;
  const latest = `max(${publishedAtColumn})`;

  /**
   * The published rows' publication times, plus for each published document the time its record
   * last changed otherwise (record-changes.ts), under the item table's own column names: the
   * latest of them is the document's datestamp.
   */
  function stamps() {
    const isPublished = knex()(table)
      .select(knex().raw("1"))
      .whereRaw(`${table}.${documentIdColumn} = ${CHANGE_TABLE}.document_id`)
      .whereNotNull(`${table}.${publishedAtColumn}`);
    return knex()
      .select({ [documentIdColumn]: documentIdColumn, [publishedAtColumn]: publishedAtColumn })
      .from(table)
      .whereNotNull(publishedAtColumn)
      .unionAll(
        knex()
          .select({ [documentIdColumn]: "document_id", [publishedAtColumn]: "datestamp" })
          .from(CHANGE_TABLE)
          .whereExists(isPublished),
      )
      .as("stamps");
  }

  /** Published documents as (document_id, datestamp) rows, filtered by datestamp and position. */
  function published(filter: HeaderFilter): QueryBuilder {
    const query = knex()
      .from(stamps())
      .select({ documentId: documentIdColumn })
      .select(knex().raw(`${latest} as datestamp`))
      .whereNotNull(publishedAtColumn)
      .groupBy(documentIdColumn);
    if (filter.from) query.havingRaw(`${latest} >= ?`, [filter.from]);
    if (filter.untilExclusive) query.havingRaw(`${latest} < ?`, [filter.untilExclusive]);
    if (filter.after) {
      const at = new Date(filter.after.datestamp);
      query.havingRaw(`(${latest} > ? or (${latest} = ? and ${documentIdColumn} > ?))`, [
        at,
        at,
        filter.after.documentId,
      ]);
    }
    return query;
  }

  function deleted(filter: HeaderFilter): QueryBuilder {
    const query = knex()(TOMBSTONE_TABLE).select({ documentId: "document_id", datestamp: "datestamp" });
    if (filter.from) query.where("datestamp", ">=", filter.from);
    if (filter.untilExclusive) query.where("datestamp", "<", filter.untilExclusive);
    if (filter.after) {
      const at = new Date(filter.after.datestamp);
      const after = filter.after.documentId;
      query.where((inner) =>
        inner
          .where("datestamp", ">", at)
          .orWhere((same) => same.where("datestamp", at).where("document_id", ">", after)),
      );
    }
    return query;
  }

  const compare = (a: ItemHeader, b: ItemHeader) =>
    a.datestamp.getTime() - b.datestamp.getTime() ||
    (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0);

  return {
    /** Up to `limit` headers in datestamp order (documentId breaks ties), published and deleted merged. */
    async list(filter: HeaderFilter, limit: number): Promise<ItemHeader[]> {
      const [items, tombstones] = await Promise.all([
        published(filter).orderByRaw(`${latest} asc, ${documentIdColumn} asc`).limit(limit),
        deleted(filter)
          .orderBy([{ column: "datestamp" }, { column: "document_id" }])
          .limit(limit),
      ]);
      return [
        ...(items as { documentId: string; datestamp: unknown }[]).map((row) => ({
          documentId: row.documentId,
          datestamp: toDate(row.datestamp),
          deleted: false,
        })),
        ...(tombstones as { documentId: string; datestamp: unknown }[]).map((row) => ({
          documentId: row.documentId,
          datestamp: toDate(row.datestamp),
          deleted: true,
        })),
      ]
        .sort(compare)
        .slice(0, limit);
    },

    /** How many headers the filter covers (position ignored): the completeListSize. */
    async count(filter: Omit<HeaderFilter, "after">): Promise<number> {
      const [items, tombstones] = await Promise.all([
        knex().count({ n: "*" }).from(published(filter).as("published_items")).first(),
        deleted(filter).clearSelect().count({ n: "*" }).first(),
      ]);
      return (
        Number((items as { n: unknown } | undefined)?.n ?? 0) +
        Number((tombstones as { n: unknown } | undefined)?.n ?? 0)
      );
    },

    /** The header of one document, or undefined when it was never published (or does not exist). */
    async header(documentId: string): Promise<ItemHeader | undefined> {
      const item = (await knex()
        .from(stamps())
        .select(knex().raw(`${latest} as datestamp`))
        .where(documentIdColumn, documentId)
        .whereNotNull(publishedAtColumn)
        .first()) as { datestamp: unknown } | undefined;
      if (item?.datestamp != null) return { documentId, datestamp: toDate(item.datestamp), deleted: false };
      const tombstone = (await knex()(TOMBSTONE_TABLE).where("document_id", documentId).first()) as
        | { datestamp: unknown }
        | undefined;
      return tombstone ? { documentId, datestamp: toDate(tombstone.datestamp), deleted: true } : undefined;
    },

    /** The oldest datestamp the repository has (Identify's earliestDatestamp); undefined when empty. */
    async earliest(): Promise<Date | undefined> {
      const [item, tombstone] = (await Promise.all([
        knex()(table).min({ at: publishedAtColumn }).whereNotNull(publishedAtColumn).first(),
        knex()(TOMBSTONE_TABLE).min({ at: "datestamp" }).first(),
      ])) as ({ at: unknown } | undefined)[];
      const dates = [item?.at, tombstone?.at].filter((at) => at != null).map(toDate);
      return dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : undefined;
    },
  };
}

export type ItemRecords = ReturnType<typeof itemRecords>;
