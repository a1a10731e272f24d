/**
 * `node scripts/src/demo/basemap/write-demo-basemap.ts [--check]`: writes the demo basemap to the
 * file the site serves (site/public/map/basemap.geojson). `--check` only compares and exits 1 when
 * the file differs (an operator's own extract differs on purpose: then do not run it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { demoBasemapText } from "./demo-basemap.ts";

export const SITE_BASEMAP_FILE = resolve(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "site",
  "public",
  "map",
  "basemap.geojson",
);

if (import.meta.main) {
  const text = demoBasemapText();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(SITE_BASEMAP_FILE, "utf8");
    } catch {}
    if (current !== text) {
      console.error(
        "site/public/map/basemap.geojson is not the current demo basemap: run `node scripts/src/demo/basemap/write-demo-basemap.ts`.",
      );
      process.exit(1);
    }
    console.log("site/public/map/basemap.geojson is the current demo basemap");
  } else {
    writeFileSync(SITE_BASEMAP_FILE, text);
    console.log(`wrote site/public/map/basemap.geojson (${Buffer.byteLength(text)} bytes)`);
  }
}
