import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { env } from "../env/env";
import { readSiteBuildStatus } from "./site-build-status";
import { staffOverview } from "./staff-overview";

/**
 * The data of the staff home page (cms/src/admin/staff-home): an admin API route for people logged
 * in to the admin panel, never part of the public content API.
 *   GET /staff-home/overview → StaffOverview (staff-overview.ts)
 */
export function registerStaffHome(strapi: Core.Strapi): void {
  const overview = async (ctx: Context) => {
    ctx.set("cache-control", "no-store");
    ctx.body = await staffOverview(strapi, {
      siteUrl: env().publicSiteUrl,
      build: await readSiteBuildStatus(),
    });
  };
  strapi.server.routes({
    type: "admin",
    routes: [
      {
        method: "GET",
        path: "/staff-home/overview",
        handler: overview,
        config: { policies: ["admin::isAuthenticatedAdmin"] },
      },
    ],
  } as never);
}
