import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { DRAFT_SELECTING_PARAMS, isContentApiRequest, mayReadDrafts } from "./draft-access";
import { checkPublicQuery } from "./public-query-shape";
import { type PublicSchema, publicSchema } from "./public-schema";

const READ_ACTIONS = new Set(["findMany", "findFirst", "findOne", "count"]);

/**
 * The guarantee that no draft leaves the CMS. Every content API read goes through the document
 * service; for callers without draft rights this forces `status: "published"`. Strapi stores the
 * published version of an entry as its own row whose relations point only at published rows, so
 * populated relations, other locales (`locale=*`) and documentIds of drafts (404) follow from it.
 * Its filters, sort, fields and populate must keep to the public query shapes
 * (public-query-shape.ts): Strapi joins `localizations` to every row of a document, drafts
 * included, so a filter or sort through it would be an oracle for unpublished text. The HTTP
 * middleware `global::published-only` checks the same before Strapi's own validation; this layer
 * also covers custom routes and anything a controller adds.
 */
export function registerPublishedOnlyDocuments({ strapi }: { strapi: Core.Strapi }): void {
  let schema: PublicSchema | undefined;
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const ctx = strapi.requestContext.get() as Context | undefined;
    if (!isContentApiRequest(ctx) || mayReadDrafts(ctx)) return next();
    const params = (context.params ?? {}) as Record<string, unknown>;
    schema ??= publicSchema(strapi);
    // Types outside the public API (users, upload folders) are refused per endpoint by the HTTP
    // middleware; plugins read them internally during public requests (e.g. authentication).
    if (schema.readable(context.uid))
      checkPublicQuery(params, context.uid, schema, { layer: "document-service" });
    for (const name of DRAFT_SELECTING_PARAMS) delete params[name];
    params.status = "published";
    context.params = params as typeof context.params;
    return next();
  });
}
