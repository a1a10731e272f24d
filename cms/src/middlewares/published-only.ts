import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";
import { DRAFT_SELECTING_PARAMS } from "../draft-guard/draft-access";
import { checkPublicQuery } from "../draft-guard/public-query-shape";
import { contentTypeOfPath, isPrivateEndpoint } from "../draft-guard/public-routes";
import { publicSchema } from "../draft-guard/public-schema";
import { isFullAccessRequest } from "../draft-guard/request-caller";

const READS = new Set(["GET", "HEAD"]);

/**
 * Global middleware `global::published-only`, the first of two layers that keep drafts and staff
 * data out of the public content API. For every caller but a full-access API token:
 * - reads of the upload and users endpoints are refused (403);
 * - reads of the content types accept only the allow-listed query shapes (public-query-shape.ts),
 *   checked here, before Strapi builds SQL from them;
 * - draft selectors (`?status=draft`, `?publicationState=preview`) are dropped (on custom routes
 *   only for anonymous requests: those routes check staff sessions themselves).
 * The second layer, the document service guard (src/draft-guard/published-only-documents.ts),
 * applies the same rules after authentication and also covers custom routes.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get("api.rest.prefix", "/api")}/`;
  let routes: ((path: string) => string | undefined) | undefined;
  let schema: ReturnType<typeof publicSchema> | undefined;
  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(prefix) || !READS.has(ctx.method) || (await isFullAccessRequest(strapi, ctx)))
      return next();
    if (isPrivateEndpoint(strapi, ctx.path))
      throw new errors.ForbiddenError(
        "The media library and user accounts are not part of the public API; media files are served with the entries that show them.",
      );
    routes ??= contentTypeOfPath(strapi);
    schema ??= publicSchema(strapi);
    const query = { ...(ctx.query as Record<string, unknown>) };
    const uid = routes(ctx.path);
    if (uid) checkPublicQuery(query, uid, schema);
    // Custom routes with their own authentication (the staff's sign sheets) keep their parameters.
    const anonymous = !ctx.get("authorization");
    if ((uid || anonymous) && DRAFT_SELECTING_PARAMS.some((name) => name in query)) {
      for (const name of DRAFT_SELECTING_PARAMS) delete query[name];
      ctx.query = query as typeof ctx.query;
    }
    await next();
  };
};
