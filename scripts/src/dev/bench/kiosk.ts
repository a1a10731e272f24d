/**
 * `npm run bench -- kiosk`: what the kiosk costs, from a build of the fixture site. Prints the
 * kiosk's service worker (gzip), the script each kiosk page loads up front with the chunks it
 * imports statically (gzip; the 3D viewer loads later, when the attract loop or a visitor starts
 * it) and the offline cache the kiosk fills at its first visit (files and bytes).
 */
import { readFileSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureFixtureSnapshot } from "../fixtures/fixture-snapshot.ts";
import { buildSite } from "../site-build.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).byteLength;

const worker = readFileSync(join(repoRoot, "site", "public", "kiosk-sw.js"));
console.log(`service worker kiosk-sw.js: ${kb(worker.byteLength)} raw, ${kb(gzip(worker))} gzip`);
checkBudget("kiosk service worker (gzip)", gzip(worker) / 1000, 5, "kB");

const { outDir } = await buildSite({ snapshotDir: await ensureFixtureSnapshot() });

/** A module script and the chunks it imports statically (`import … from "./x.js"`, not `import()`). */
function upFront(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readFileSync(join(outDir, path), "utf8");
  for (const match of code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    upFront(posix.join(posix.dirname(path), match[1] as string), seen);
  }
  return seen;
}

// The kiosk names its cache list on its pages; the list names every kiosk page.
const startPage = readFileSync(join(outDir, "kiosk", "index.html"), "utf8");
const manifestPath = /data-kiosk-manifest="([^"]+)"/.exec(startPage)?.[1];
if (!manifestPath)
  throw new Error("kiosk bench: /kiosk/ names no data-kiosk-manifest; is it the kiosk start page?");
const manifest = JSON.parse(readFileSync(join(outDir, manifestPath), "utf8")) as {
  bytes: number;
  files: { url: string }[];
};
const kioskPages = manifest.files
  .map((file) => file.url)
  .filter((url) => /^(\/en)?\/kiosk\/(.*\/)?$/.test(url));

let largest = 0;
for (const page of kioskPages) {
  const html = readFileSync(join(outDir, page, "index.html"), "utf8");
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\bsrc="(\/[^"]+\.js)"/g)) upFront(match[1] as string, files);
  const bytes = [...files].reduce((sum, file) => sum + gzip(readFileSync(join(outDir, file))), 0);
  largest = Math.max(largest, bytes);
  console.log(`kiosk page ${page}: ${files.size} scripts up front, ${kb(bytes)} gzip`);
}
checkBudget("kiosk page JS up front (gzip, largest page)", largest / 1000, 20, "kB");

console.log(`kiosk offline cache: ${manifest.files.length} files, ${kb(manifest.bytes)}`);
checkBudget("kiosk offline cache (fixture site)", manifest.bytes / 1e6, 15, "MB");
reportBudgets();
