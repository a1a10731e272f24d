/**
 * `npm run bench -w site`: builds the site from the demo content and from a generated set of
 * 10,000 heritage items (BENCH_ITEMS to change it) and prints page count, build time per page,
 * JavaScript bytes per page type and the HTML size of a stop page.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { checkBudget, reportBudgets } from "@showroom/scripts/dev/bench/budget.ts";
import { writeFixtureSnapshot } from "@showroom/scripts/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "@showroom/scripts/dev/site-build.ts";

const items = Number(process.env.BENCH_ITEMS ?? 10_000);
const work = mkdtempSync(join(tmpdir(), "showroom-site-bench-"));

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** Bytes of the JavaScript a page loads up front: its scripts and their static imports (not lazy chunks). */
function initialJsBytes(dist: string, htmlPath: string): number {
  const html = readFileSync(htmlPath, "utf8");
  let bytes = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? "";
    if (attributes.includes("application/ld+json")) continue;
    const src = attributes.match(/src="([^"]+)"/)?.[1];
    if (!src) {
      bytes += Buffer.byteLength(match[2] ?? "");
      continue;
    }
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      const code = readFileSync(file, "utf8");
      bytes += Buffer.byteLength(code);
      for (const imported of code.matchAll(
        /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
      )) {
        visit(resolve(file, "..", imported[1] ?? ""));
      }
    };
    visit(join(dist, src));
  }
  return bytes;
}

async function measure(label: string, snapshotDir: string) {
  const { outDir, ms } = await buildSite({ snapshotDir, outDir: join(work, label), force: true });
  const pages = htmlFiles(outDir).length;
  return { label, outDir, ms, pages };
}

function firstMatch(dist: string, pattern: RegExp): string | undefined {
  return htmlFiles(dist)
    .map((file) => file.slice(dist.length))
    .sort()
    .find((path) => pattern.test(path));
}

try {
  let demoSnapshot: string;
  let demoLabel = "demo";
  try {
    const { ensureDemoSnapshot } = await import("@showroom/scripts/dev/fixtures/demo-snapshot.ts");
    demoSnapshot = await ensureDemoSnapshot();
  } catch (error) {
    console.warn(
      `bench: the demo snapshot could not be made (${(error as Error).message}); using the test fixture instead`,
    );
    demoSnapshot = await writeFixtureSnapshot(join(work, "fixture-snapshot"));
    demoLabel = "fixture";
  }
  const demo = await measure(demoLabel, demoSnapshot);
  const generatedSnapshot = await writeFixtureSnapshot(join(work, "generated-snapshot"), { items });
  const generated = await measure(`${items}-items`, generatedSnapshot);

  console.log("\nSite build");
  for (const run of [demo, generated]) {
    console.log(
      `  ${run.label.padEnd(14)} ${String(run.pages).padStart(6)} pages  ${(run.ms / 1000).toFixed(1).padStart(7)} s  ${(run.ms / run.pages).toFixed(1).padStart(6)} ms/page`,
    );
  }
  checkBudget(`build time per page, ${demo.label}`, demo.ms / demo.pages, 150, "ms");
  checkBudget(`build time per page, ${generated.label}`, generated.ms / generated.pages, 20, "ms");

  // Pages without an island ship no JavaScript at all (anything not listed here is budgeted at 0 B).
  const JS_BUDGET_BYTES: Record<string, number> = {
    "object list": 4 * 1024,
    "object (3D)": 6 * 1024,
    "event list": 4 * 1024,
    event: 16 * 1024,
    search: 24 * 1024,
    "QR landing": 1024,
    // The "use the map" button of the route map (islands/map/open-map.ts, with Vite's preload
    // helper: 2.4 KB); the map itself loads on demand (npm run bench -- map).
    tour: 3 * 1024,
    // The audio guide island (islands/audio-guide/: player, moving between stops, lock screen).
    stop: 10 * 1024,
  };
  const types: [string, RegExp][] = [
    ["home", /^\/index\.html$/],
    ["object list", /^\/objekte\/index\.html$/],
    ["object (3D)", /^\/objekte\/[^/]+\/index\.html$/],
    ["place", /^\/orte\/[^/]+\/index\.html$/],
    ["tour", /^\/touren\/[^/]+\/index\.html$/],
    ["stop", /^\/touren\/[^/]+\/[^/]+\/index\.html$/],
    ["event list", /^\/veranstaltungen\/index\.html$/],
    ["event", /^\/veranstaltungen\/[^/]+\/index\.html$/],
    ["search", /^\/suche\/index\.html$/],
    ["QR landing", /^\/q\/[^/]+\/index\.html$/],
    ["legal page", /^\/impressum\/index\.html$/],
  ];
  console.log(
    `\nJavaScript loaded up front per page type (${demo.label} build; lazy chunks such as three.js not counted)`,
  );
  const scanPage = htmlFiles(demo.outDir).find(
    (file) => file.includes("/objekte/") && readFileSync(file, "utf8").includes("data-scan-viewer"),
  );
  for (const [name, pattern] of types) {
    const path =
      name === "object (3D)" && scanPage
        ? scanPage.slice(demo.outDir.length)
        : firstMatch(demo.outDir, pattern);
    if (!path) {
      console.log(`  ${name.padEnd(12)} (no such page)`);
      continue;
    }
    const jsBytes = initialJsBytes(demo.outDir, join(demo.outDir, path));
    console.log(`  ${name.padEnd(12)} ${String(jsBytes).padStart(8)} B  ${path}`);
    checkBudget(`JS up front, ${name}`, jsBytes, JS_BUDGET_BYTES[name] ?? 0, "B");
  }

  const stop = firstMatch(demo.outDir, /^\/touren\/[^/]+\/[^/]+\/index\.html$/);
  if (stop) {
    const html = readFileSync(join(demo.outDir, stop));
    console.log(`\nHTML of a stop page: ${html.length} B (${gzipSync(html).length} B gzip)  ${stop}`);
    // A QR visitor on a weak rural connection waits for this page first.
    checkBudget("HTML of a stop page, gzip", gzipSync(html).length, 14 * 1024, "B");
  }
  const list = join(generated.outDir, "objekte", "index.html");
  if (existsSync(list)) {
    const bytes = readFileSync(list);
    console.log(
      `Object list page 1 (${items} items, paged): ${bytes.length} B HTML (${gzipSync(bytes).length} B gzip)`,
    );
  }
  const filterIndex = join(generated.outDir, "json", "objekte.json");
  if (existsSync(filterIndex)) {
    const bytes = readFileSync(filterIndex);
    console.log(
      `Filter index, loaded on the first filter choice: ${bytes.length} B (${gzipSync(bytes).length} B gzip)`,
    );
  }
  reportBudgets();
} finally {
  rmSync(work, { recursive: true, force: true });
}
