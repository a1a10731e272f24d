import type { Core } from "@strapi/strapi";
import { ITEM_UID } from "./records";

/** One locale of a published heritage item, as the document service returns it (fields OAI uses). */
export interface ItemLocale {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string;
  description?: string | null;
  inventoryNumber: string;
  datingText: string;
  datingFrom: number;
  datingTo: number;
  material?: string | null;
  technique?: string | null;
  dimensions?: string | null;
  keywords?: string | null;
  licence: string;
  attribution?: string | null;
  publishedAt?: string | null;
  place?: { name: string; slug?: string; geo?: { latitude?: number; longitude?: number } | null } | null;
  [field: string]: unknown;
}

/** An item in every language it is published in, keyed by locale (German first). */
export type BilingualItem = Map<string, ItemLocale>;

/** The site's languages, in the order records list them. */
export const ITEM_LOCALES = ["de", "en"] as const;

/**
 * The published versions of the given documents in both locales, through the document service.
 * Runs inside the OAI request, a content API request, so the draft guard
 * (src/draft-guard/published-only-documents.ts) forces published rows on top of the explicit
 * `status: "published"`; populated relations then point at published entries only.
 */
export async function loadItems(
  strapi: Core.Strapi,
  documentIds: string[],
  populate: Record<string, unknown>,
): Promise<Map<string, BilingualItem>> {
  const items = new Map<string, BilingualItem>();
  if (documentIds.length === 0) return items;
  const perLocale = await Promise.all(
    ITEM_LOCALES.map((locale) =>
      strapi.documents(ITEM_UID).findMany({
        locale,
        status: "published",
        filters: { documentId: { $in: documentIds } },
        populate,
        limit: documentIds.length,
      } as never),
    ),
  );
  for (const entries of perLocale)
    for (const entry of entries as unknown as ItemLocale[]) {
      const item = items.get(entry.documentId) ?? new Map<string, ItemLocale>();
      item.set(entry.locale, entry);
      items.set(entry.documentId, item);
    }
  return items;
}
