import type { Core } from "@strapi/strapi";

export type Entry = Record<string, unknown>;

/** The parameters of a document-service write that the CMS's checks look at. */
export interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  status?: string;
  data?: Entry;
}

/**
 * The stored drafts a `publish` is about to publish: one per locale named in the call (every
 * locale for `*` or none), read with `populate` so checks see media and components.
 */
export async function draftsToPublish(
  strapi: Core.Strapi,
  uid: string,
  params: WriteParams,
  populate: Record<string, true>,
  localized = true,
): Promise<Entry[]> {
  if (!params.documentId) return [];
  const where: Entry = { documentId: params.documentId, publishedAt: null };
  if (localized && typeof params.locale === "string" && params.locale !== "*") where.locale = params.locale;
  if (localized && Array.isArray(params.locale)) where.locale = { $in: params.locale };
  return strapi.db.query(uid).findMany({ where, populate });
}
