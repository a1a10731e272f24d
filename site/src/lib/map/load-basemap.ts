/**
 * The basemap file the site serves (`public/map/basemap.geojson`), read once per build for the
 * build-time maps. A broken file stops the build with the basemap's own message.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteRoot } from "../content/config.ts";
import { type Basemap, parseBasemap } from "./basemap.ts";

/** Where the site serves the basemap (the interactive map fetches it from here). */
export const BASEMAP_URL = "/map/basemap.geojson";
export const basemapFile = join(siteRoot, "public", "map", "basemap.geojson");

let cached: Basemap | undefined;

export function loadBasemap(): Basemap {
  if (!cached) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(basemapFile, "utf8"));
    } catch (error) {
      throw new Error(
        `basemap public/map/basemap.geojson cannot be read (${(error as Error).message}). Run \`node scripts/src/demo/basemap/write-demo-basemap.ts\` for the demo map, or put your district's extract there (scripts/src/demo/basemap/README.md).`,
      );
    }
    cached = parseBasemap(json, "public/map/basemap.geojson");
  }
  return cached;
}
