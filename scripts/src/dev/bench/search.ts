/**
 * `npm run bench -- search`: the embedded search's cost for visitors. For the demo site and for
 * 10,000 generated heritage items (BENCH_ITEMS to change it) it prints the Pagefind index size,
 * the bytes a first search downloads (Pagefind runtime, WebAssembly, index and result fragments), and
 * the time from typing to the first result in Chromium (median of 5 cold page loads, unthrottled and
 * on an emulated slow mobile connection; the page starts loading the index while idle, before typing).
 *
 * The 10,000 items are generated as detail pages with the same search markup as the site's
 * (SearchMeta) and indexed by the same function as the site build, without building 10,000 pages
 * with Astro (the site bench does that).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { epochOf } from "@showroom/content-types/search-document";
import { folderSize } from "@showroom/site/folder-size";
import { buildSearchIndex } from "@showroom/site/search/pagefind-integration";
import { searchMarkers } from "@showroom/site/search/search-attributes";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../browser.ts";
import { buildSite } from "../site-build.ts";
import { emulateSlowMobile } from "../slow-network.ts";
import { serveStatic } from "../static-server.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const items = Number(process.env.BENCH_ITEMS ?? 10_000);
const RUNS = 5;
const work = mkdtempSync(join(tmpdir(), "showroom-search-bench-"));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Median ms from typing to the first result link, and the bytes the search fetched, over cold loads. */
async function firstResult(
  browser: Browser,
  dist: string,
  term: string,
  slow: boolean,
): Promise<{ ms: number; bytes: number }> {
  const server = await serveStatic(dist);
  const times: number[] = [];
  const transferred: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (slow) await emulateSlowMobile(context, page);
      // Everything the search fetched, including what the page preloads before the first keystroke.
      let bytes = 0;
      page.on("response", async (response) => {
        if (!response.url().includes("/pagefind/") && !response.url().includes("/search-words/")) return;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${server.url}/suche/`);
      await page.waitForSelector("showroom-search[data-ready]");
      const started = performance.now();
      await page.fill("#search-q", term);
      await page.waitForSelector("a[data-result]", { timeout: 60_000 });
      times.push(performance.now() - started);
      await page.waitForTimeout(50);
      transferred.push(bytes);
      await context.close();
    }
  } finally {
    await server.close();
  }
  return { ms: median(times), bytes: median(transferred) };
}

/** A site folder with `items` generated item pages plus the demo build's search page and assets. */
function generatedSite(demoDist: string, count: number): string {
  const dist = join(work, "generated");
  mkdirSync(dist, { recursive: true });
  for (const keep of ["_astro", "suche", "en"]) {
    if (keep === "en") {
      mkdirSync(join(dist, "en"), { recursive: true });
      cpSync(join(demoDist, "en", "search"), join(dist, "en", "search"), { recursive: true });
    } else cpSync(join(demoDist, keep), join(dist, keep), { recursive: true });
  }
  const places = [
    "Oldenburger Wall",
    "Oldenburger Wallmuseum",
    "St.-Johannis-Kirche",
    "Museumshof Lensahn",
    "Malente",
  ];
  const materials = [
    "Keramik",
    "Eisen",
    "Bronze",
    "Holz",
    "Bernstein",
    "Knochen",
    "Glas",
    "Silber",
    "Ziegel",
    "Leinen",
  ];
  const things = [
    "Scherbe",
    "Fibel",
    "Messer",
    "Kamm",
    "Perle",
    "Münze",
    "Schlüssel",
    "Spinnwirtel",
    "Beschlag",
    "Nadel",
  ];
  const words =
    "Fund aus der Grabung am Ringwall mit Spuren der Nutzung im Alltag der Siedlung und Hinweisen auf Handel über die Ostsee bis nach Haithabu".split(
      " ",
    );
  for (let i = 1; i <= count; i++) {
    const place = places[i % places.length] as string;
    const year = 680 + ((i * 37) % 1300);
    const title = `${things[i % things.length]} aus ${materials[(i * 7) % materials.length]} Nr. ${i}`;
    const text = Array.from({ length: 80 }, (_, w) => words[(i + w * 3) % words.length]).join(" ");
    const markers = searchMarkers({ locale: "de", type: "item", place, year, has3d: i % 50 === 0 })
      .map((m) => `<span ${m.attribute}="${m.key}[data-value]" data-value="${m.value}"></span>`)
      .join("");
    const dir = join(dist, "objekte", `objekt-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="de-DE"><head><title>${title}</title></head><body><main><article data-pagefind-body><div hidden>${markers}</div><h1>${title}</h1><p class="lead">${title}, ${epochOf(year, "de")}, gefunden bei ${place}.</p><p>${text}</p><table><tr><th>Inventarnummer</th><td>OH-${String(i).padStart(5, "0")}</td></tr><tr><th>Material</th><td>${materials[(i * 7) % materials.length]}</td></tr></table></article></main></body></html>`,
    );
  }
  return dist;
}

try {
  const { ensureDemoSnapshot } = await import("../../staff/snapshot/demo-snapshot.ts");
  const demo = await buildSite({ snapshotDir: await ensureDemoSnapshot() });
  const started = performance.now();
  const generatedDist = generatedSite(demo.outDir, items);
  const generatedWrite = performance.now() - started;
  const indexStarted = performance.now();
  const generatedIndex = await buildSearchIndex(generatedDist, { env: {} });
  const indexMs = performance.now() - indexStarted;

  console.log("\nPagefind index (dist/pagefind)");
  for (const [label, dist] of [
    ["demo", demo.outDir],
    [`${items} items`, generatedDist],
  ] as const) {
    const size = folderSize(join(dist, "pagefind"));
    const words = folderSize(join(dist, "search-words"));
    console.log(
      `  ${label.padEnd(12)} ${kb(size.bytes).padStart(9)} in ${String(size.files).padStart(5)} files; word lists ${kb(words.bytes)}`,
    );
    checkBudget(`Pagefind index, ${label}`, size.bytes / 1024, label === "demo" ? 2048 : 10 * 1024, "KB");
  }
  console.log(
    `  indexing ${items} generated pages took ${(indexMs / 1000).toFixed(1)} s (${Object.values(generatedIndex.pagefindPages ?? {}).join("+")} pages; writing them ${(generatedWrite / 1000).toFixed(1)} s)`,
  );

  const browser = await launchBrowser();
  try {
    console.log(`\nFirst result after typing (median of ${RUNS} cold loads; bytes the search fetched)`);
    for (const [label, dist, term] of [
      ["demo", demo.outDir, "Starigard"],
      [`${items} items`, generatedDist, "Bernstein"],
    ] as const) {
      for (const slow of [false, true]) {
        const result = await firstResult(browser, dist, term, slow);
        console.log(
          `  ${label.padEnd(12)} "${term}" ${slow ? "slow mobile" : "local     "} ${String(Math.round(result.ms)).padStart(6)} ms  ${kb(result.bytes).padStart(8)}`,
        );
        checkBudget(
          `first result, ${label}, ${slow ? "slow mobile" : "local"}`,
          result.ms,
          slow ? 6000 : 2500,
          "ms",
        );
      }
    }
  } finally {
    await browser.close();
  }
  reportBudgets();
} finally {
  rmSync(work, { recursive: true, force: true });
}
