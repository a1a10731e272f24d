/**
 * `npm run bench -- offline`: what the offline tour costs. Prints the service worker's size (raw,
 * gzip, brotli; budget 10 KB gzip) and, from a build of the fixture site, the tour page's save
 * control script and each tour's offline download (files and bytes, from its offline manifest).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { ensureFixtureSnapshot } from "../fixtures/fixture-snapshot.ts";
import { buildSite } from "../site-build.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const worker = readFileSync(join(repoRoot, "site", "public", "offline-sw.js"));
const workerGzip = gzipSync(worker, { level: 9 }).byteLength;
console.log(
  `service worker offline-sw.js: ${kb(worker.byteLength)} raw, ${kb(workerGzip)} gzip, ${kb(brotliCompressSync(worker).byteLength)} brotli`,
);
checkBudget("service worker (gzip)", workerGzip / 1000, 10, "kB");

const { outDir } = await buildSite({ snapshotDir: await ensureFixtureSnapshot() });
const tourPage = readFileSync(join(outDir, "touren", "rund-um-den-wall", "index.html"), "utf8");
const island = /src="(\/_astro\/OfflineTourControl[^"]+\.js)"/.exec(tourPage)?.[1];
if (island) {
  const script = readFileSync(join(outDir, island));
  console.log(
    `save control script ${island}: ${kb(script.byteLength)} raw, ${kb(gzipSync(script).byteLength)} gzip`,
  );
}
for (const name of readdirSync(join(outDir, "offline")).filter((file) => /^tour-.*\.json$/.test(file))) {
  const manifest = JSON.parse(readFileSync(join(outDir, "offline", name), "utf8")) as {
    bytes: number;
    files: unknown[];
  };
  console.log(`offline download ${name}: ${manifest.files.length} files, ${kb(manifest.bytes)}`);
}
reportBudgets();
