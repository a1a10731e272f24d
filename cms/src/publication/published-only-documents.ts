import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context } from "koa";
import { DRAFT_SELECTING_PARAMS, isContentApiRequest, mayReadDrafts } from "./draft-access";

const READ_ACTIONS = new Set(["findMany", "findFirst", "findOne", "count"]);

/**
 * Strapi joins `localizations` filters to every row of the document, drafts included, so
 * `filters[localizations][title][$contains]=…` would tell whether an unpublished translation
 * contains a text. Refused with a 400 for callers without draft rights.
 */
function refuseLocalizationFilters(filters: unknown): void {
  if (Array.isArray(filters)) {
    for (const item of filters) refuseLocalizationFilters(item);
  } else if (filters && typeof filters === "object") {
    for (const [key, value] of Object.entries(filters)) {
      if (key === "localizations") {
        throw new errors.ValidationError(
          'filters: filtering on "localizations" is not available in the public API; filter one locale with ?locale=… instead.',
        );
      }
      refuseLocalizationFilters(value);
    }
  }
}

/**
 * The guarantee that no draft leaves the CMS. Every content API read goes through the document
 * service; for callers without draft rights this forces `status: "published"`. Strapi stores the
 * published version of an entry as its own row whose relations point only at published rows, so
 * populated relations, other locales (`locale=*`) and documentIds of drafts (404) follow from it.
 * The HTTP middleware `global::published-only` strips the same parameters earlier for anonymous
 * requests; this layer also covers API tokens and custom routes.
 */
export function registerPublishedOnlyDocuments({ strapi }: { strapi: Core.Strapi }): void {
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const ctx = strapi.requestContext.get() as Context | undefined;
    if (!isContentApiRequest(ctx) || mayReadDrafts(ctx)) return next();
    const params = (context.params ?? {}) as Record<string, unknown>;
    refuseLocalizationFilters(params.filters);
    for (const name of DRAFT_SELECTING_PARAMS) delete params[name];
    params.status = "published";
    context.params = params as typeof context.params;
    return next();
  });
}
