import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";
import { corsOrigins, isAdminOrigin } from "../env/cors";
import { env } from "../env/env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Global middleware `global::admin-origin`: the admin's refresh cookie (path /admin) is sent by
 * the browser with any same-site request, also one a script on the public site starts (the site
 * and the CMS are same-site in the demo). CORS keeps such a script from reading the answer; this
 * refuses the request itself, so a foreign page cannot even rotate (and so end) an editor's session
 * through `/admin/access-token` or log them out. Requests without an Origin header (curl, tools)
 * are not browsers acting for someone else and pass.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => {
  const origins = corsOrigins();
  const siteOrigin = env().publicSiteOrigin;
  return async (ctx: Context, next: Next) => {
    const origin = ctx.get("Origin");
    if (
      origin &&
      !SAFE_METHODS.has(ctx.method) &&
      (ctx.path === "/admin" || ctx.path.startsWith("/admin/")) &&
      !isAdminOrigin(ctx, origins, siteOrigin)
    ) {
      throw new errors.ForbiddenError(
        `Requests to the admin from ${origin} are refused: the admin accepts them only from its own address.`,
      );
    }
    await next();
  };
};
