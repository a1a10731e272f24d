import type { Core } from "@strapi/strapi";
import type { Context, Next } from "koa";
import { DRAFT_SELECTING_PARAMS } from "../publication/draft-access";

/**
 * Global middleware `global::published-only`: anonymous content API requests never carry a draft
 * selector (`?status=draft`, `?publicationState=preview`) past this point. Authentication runs
 * later, per route, so requests with a token are left to the document service guard
 * (src/publication/published-only-documents.ts), which knows who is asking.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get("api.rest.prefix", "/api")}/`;
  return async (ctx: Context, next: Next) => {
    if (ctx.path.startsWith(prefix) && !ctx.get("authorization")) {
      const query = { ...(ctx.query as Record<string, unknown>) };
      if (DRAFT_SELECTING_PARAMS.some((name) => name in query)) {
        for (const name of DRAFT_SELECTING_PARAMS) delete query[name];
        ctx.query = query as typeof ctx.query;
      }
    }
    await next();
  };
};
