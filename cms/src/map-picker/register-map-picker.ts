import { readFile } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import type { Core } from "@strapi/strapi";
import type { Context } from "koa";
import { BASEMAP_ROUTE } from "./basemap-route";

/**
 * The basemap file: BASEMAP_FILE when set (relative paths from the CMS folder), otherwise the file
 * the site serves, `site/public/map/basemap.geojson` beside the CMS in this repository. The site and
 * the picker thus draw the same map (the demo basemap from scripts/src/demo/basemap/, or an
 * operator's own extract put in its place); there is no second copy to keep in step.
 */
export function basemapFile(appRoot: string, source: NodeJS.ProcessEnv = process.env): string {
  const configured = source.BASEMAP_FILE?.trim();
  if (configured) return isAbsolute(configured) ? configured : resolve(appRoot, configured);
  return join(appRoot, "..", "site", "public", "map", "basemap.geojson");
}

/**
 * Serves the basemap to signed-in staff only (the map picker fetches it from the CMS's own origin:
 * no tile server, no request to a third party). Without the file the picker still works on a grid;
 * the answer says which file is missing.
 */
export function registerMapPicker(strapi: Core.Strapi): void {
  const file = basemapFile(strapi.dirs.app.root);
  const basemap = async (ctx: Context) => {
    try {
      const text = await readFile(file, "utf8");
      ctx.set("cache-control", "private, max-age=300");
      ctx.type = "application/geo+json";
      ctx.body = text;
    } catch {
      ctx.status = 404;
      ctx.body = {
        error: `The basemap file ${file} is missing: set BASEMAP_FILE to the basemap (GeoJSON) the site serves.`,
      };
    }
  };
  strapi.server.routes({
    type: "admin",
    routes: [
      {
        method: "GET",
        path: BASEMAP_ROUTE,
        handler: basemap,
        config: { policies: ["admin::isAuthenticatedAdmin"] },
      },
    ],
  } as never);
}
