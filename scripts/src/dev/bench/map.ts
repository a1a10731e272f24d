/**
 * `npm run bench -- map`: what the maps cost a visitor. Builds the fixture site and prints
 *   - map JavaScript: what the overview page (/karte/) loads up front (the "use the map" button
 *     and "near me") and what loads when the visitor opens the map (the map island), raw and gzip;
 *   - the basemap the interactive map fetches (public/map/basemap.geojson), raw and gzip;
 *   - the build-time map SVG inside the overview, tour, place and stop pages.
 * Budgets: all map JavaScript ≤ 250 KB gzip, the basemap ≤ 1 MB gzip (a district extract,
 * simplified; see scripts/src/demo/basemap/README.md), map JavaScript up front ≤ 3 KB gzip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureFixtureSnapshot } from "../fixtures/fixture-snapshot.ts";
import { buildSite } from "../site-build.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KiB`;
const gzipLength = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

const { outDir } = await buildSite({ snapshotDir: await ensureFixtureSnapshot() });
const html = (path: string) => readFileSync(join(outDir, path, "index.html"), "utf8");

/** A chunk and everything it imports statically (`from "./x.js"`) or, with `lazy`, dynamically. */
function chunkClosure(entry: string, lazy: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, "utf8");
  // Vite writes static imports as `from"./x.js"` and lazy ones as import(`./x.js`).
  const staticImport = /from\s*["'`](\.\/[^"'`]+\.js)["'`]/g;
  const lazyImport = /import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
  const pattern = lazy ? new RegExp(`${staticImport.source}|${lazyImport.source}`, "g") : staticImport;
  for (const match of code.matchAll(pattern))
    chunkClosure(resolve(entry, "..", match[1] ?? match[2] ?? ""), lazy, seen);
  return seen;
}

const entries = [...html("karte").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) =>
  join(outDir, match[1] ?? ""),
);
const upFront = new Set(entries.flatMap((entry) => [...chunkClosure(entry, false)]));
const all = new Set(entries.flatMap((entry) => [...chunkClosure(entry, true)]));
const lazy = [...all].filter((file) => !upFront.has(file));
const sum = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipLength(bytes);
  }
  return { raw, gzip };
};
const front = sum(upFront);
const opened = sum(lazy);
console.log("\nMap JavaScript (/karte/)");
console.log(`  up front        ${kb(front.raw)}  ${kb(front.gzip)} gzip  (${upFront.size} files)`);
console.log(`  on opening      ${kb(opened.raw)}  ${kb(opened.gzip)} gzip  (${lazy.length} files)`);
checkBudget("map JS up front, gzip", front.gzip, 3 * 1024, "B");
checkBudget("map JS in all (up front + opened), gzip", front.gzip + opened.gzip, 250 * 1024, "B");

const basemap = readFileSync(join(outDir, "map", "basemap.geojson"));
console.log(`\nBasemap /map/basemap.geojson  ${kb(basemap.length)}  ${kb(gzipLength(basemap))} gzip`);
checkBudget("basemap, gzip", gzipLength(basemap), 1024 * 1024, "B");

console.log("\nBuild-time map SVG in the page HTML");
const pages: [string, string][] = [
  ["overview", "karte"],
  ["tour", "touren/rund-um-den-wall"],
  ["place", "orte/oldenburger-wall"],
  ["stop", "touren/rund-um-den-wall/am-eingang"],
];
for (const [name, path] of pages) {
  const svg = html(path).match(/<svg class="map-svg"[\s\S]*?<\/svg>/)?.[0] ?? "";
  const bytes = Buffer.from(svg);
  console.log(`  ${name.padEnd(10)} ${kb(bytes.length)}  ${kb(gzipLength(bytes))} gzip`);
  checkBudget(`map SVG in the ${name} page, gzip`, gzipLength(bytes), 8 * 1024, "B");
}
reportBudgets();
