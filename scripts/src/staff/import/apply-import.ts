import type { Locale } from "@showroom/content-types";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { fieldDefinition, IMPORT_FIELDS, type ImportField } from "./heritage-columns.ts";
import type { ExistingItem, ImportContext, ImportPlan, PlaceRef } from "./plan-import.ts";

const ITEM_UID = "api::heritage-item.heritage-item";
const PLACE_UID = "api::place.place";

type Row = Record<string, unknown> & { documentId: string; locale: string; publishedAt: string | null };

/** Reads what the CMS holds now: every heritage item (its drafts), the places and the taken slugs. */
export async function loadImportContext(strapi: Strapi, locale: Locale): Promise<ImportContext> {
  const rows = (await strapi.db.query(ITEM_UID).findMany({ populate: ["place"] })) as Row[];
  const items = new Map<string, ExistingItem>();
  const slugs = new Map<string, string>();
  // Drafts hold the latest edits; published rows only matter where no draft exists.
  rows.sort((a, b) => (a.publishedAt === null ? 1 : 0) - (b.publishedAt === null ? 1 : 0));
  for (const row of rows) {
    const inventoryNumber = String(row.inventoryNumber);
    const values: Partial<Record<ImportField, unknown>> = {};
    const shared: Partial<Record<ImportField, unknown>> = {};
    for (const field of IMPORT_FIELDS) {
      const value =
        field === "place"
          ? ((row.place as { documentId?: string } | null)?.documentId ?? null)
          : (row[field] ?? null);
      values[field] = value;
      if (fieldDefinition(field).localized === false) shared[field] = value;
    }
    const item = items.get(inventoryNumber) ?? { documentId: row.documentId, locales: [], shared };
    if (!item.locales.includes(row.locale)) item.locales.push(row.locale);
    if (row.locale === locale) {
      item.values = values;
      slugs.set(String(row.slug), row.documentId);
    }
    item.shared = { ...shared, ...item.shared };
    items.set(inventoryNumber, item);
  }
  const placeRows = (await strapi.db.query(PLACE_UID).findMany({
    where: { locale: { $in: [locale, "de"] } },
  })) as Row[];
  const places = new Map<string, PlaceRef>();
  for (const place of placeRows) {
    if (places.has(`${place.documentId}:${place.locale}`)) continue;
    places.set(`${place.documentId}:${place.locale}`, {
      id: place.id as number,
      documentId: place.documentId,
      slug: String(place.slug),
      name: String(place.name ?? place.title ?? ""),
    });
  }
  return { locale, items, places: [...places.values()], slugs };
}

export interface ApplyImportOptions {
  /** Publish the imported items at once; default false: they arrive as drafts for review. */
  publish?: boolean;
}

export interface ApplyImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes a plan without errors in one database transaction: if any write fails, every write of
 * this import is rolled back and the CMS is as it was before.
 */
export async function applyImport(
  strapi: Strapi,
  plan: ImportPlan,
  options: ApplyImportOptions = {},
): Promise<ApplyImportResult> {
  if (plan.errors.length > 0) {
    throw new Error(`The import of ${plan.file} has ${plan.errors.length} error(s) and is not applied.`);
  }
  const documents = strapi.documents(ITEM_UID);
  const result: ApplyImportResult = { created: 0, updated: 0, unchanged: 0 };
  await strapi.db.transaction(async () => {
    for (const row of plan.rows) {
      if (row.action === "unchanged") {
        result.unchanged += 1;
        continue;
      }
      const data = { ...row.data } as Record<string, unknown>;
      try {
        if (row.action === "create") {
          const created = await documents.create({ locale: plan.locale, data: data as never });
          if (options.publish)
            await documents.publish({ documentId: created.documentId, locale: plan.locale });
          result.created += 1;
        } else {
          await documents.update({
            documentId: row.documentId as string,
            locale: plan.locale,
            data: data as never,
          });
          if (options.publish)
            await documents.publish({ documentId: row.documentId as string, locale: plan.locale });
          result.updated += 1;
        }
      } catch (error) {
        const details = (error as { details?: { errors?: { path?: string[]; message: string }[] } }).details;
        const fields = details?.errors?.map((e) => `${e.path?.join(".")}: ${e.message}`).join("; ");
        throw new Error(
          `Zeile ${row.row} (Inventarnummer ${row.inventoryNumber}): Speichern fehlgeschlagen: ${fields || (error as Error).message}. Der Import wurde vollständig zurückgenommen.`,
          { cause: error },
        );
      }
    }
  });
  return result;
}
