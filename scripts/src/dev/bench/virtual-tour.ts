/**
 * Bench of the virtual tour (`npm run bench virtual-tour`):
 * 1. JS: the panorama viewer's gzip size all-in, and beyond the chunks it shares with the scan
 *    viewer (both entries built together, as the site builds them). Budgets 250 KB / 60 KB.
 * 2. First view of a stop on the slow-mobile profile (360 × 740 phone) with a generated 16384 ×
 *    8192 panorama cut by the site's tile step: time from "Start" to the preview on screen
 *    (budget 3 s), the bytes the phone loaded, and that the full image was never requested.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { writePanoramaTiles } from "@showroom/site/panorama-tiles";
import { planPanoramaLevels } from "@showroom/viewer/panorama/levels.ts";
import type { VirtualTourConfig } from "@showroom/viewer/panorama/types.ts";
import sharp from "sharp";
import { build, type Rolldown } from "vite";
import { launchBrowser } from "../browser.ts";
import { emulateSlowMobile } from "../slow-network.ts";
import { serveStatic } from "../static-server.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const viewerEntry = (name: string) => fileURLToPath(import.meta.resolve(`@showroom/viewer/${name}`));
/** The viewer package's folder (its index is src/index.ts). */
const viewerDir = dirname(dirname(viewerEntry("index.ts")));
type Chunk = Rolldown.OutputChunk;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function buildEntries(outDir: string) {
  const result = await build({
    root: viewerDir,
    configFile: false,
    logLevel: "silent",
    mode: "production",
    base: "/js/",
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: {
          mount: viewerEntry("mount.ts"),
          panorama: viewerEntry("panorama/virtual-tour.ts"),
        },
        preserveEntrySignatures: "exports-only",
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = new Map<string, Chunk>();
  for (const output of outputs)
    for (const item of output.output) if (item.type === "chunk") chunks.set(item.fileName, item);
  const closure = (name: string) => {
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === name);
    if (!entry) throw new Error(`bench: no entry chunk "${name}"`);
    const seen = new Set<Chunk>();
    const visit = (chunk: Chunk) => {
      if (seen.has(chunk)) return;
      seen.add(chunk);
      for (const file of chunk.imports) {
        const next = chunks.get(file);
        if (next) visit(next);
      }
    };
    visit(entry);
    return { entry, seen };
  };
  const gzip = (set: Iterable<Chunk>) =>
    [...set].reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  const panorama = closure("panorama");
  const scan = closure("mount");
  const beyond = [...panorama.seen].filter((chunk) => !scan.seen.has(chunk));
  return {
    allInKb: kb(gzip(panorama.seen)),
    beyondScanKb: kb(gzip(beyond)),
    entryFile: panorama.entry.fileName,
  };
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), "bench-virtual-tour-"));
  try {
    const site = join(root, "site");
    const js = await buildEntries(join(site, "js"));
    console.log(
      `panorama viewer JS: ${js.allInKb} KB gzip all-in, ${js.beyondScanKb} KB beyond the scan viewer's chunks`,
    );
    checkBudget("panorama viewer JS all-in (gzip)", js.allInKb, 250, "KB");
    checkBudget("panorama viewer JS beyond the scan viewer (gzip)", js.beyondScanKb, 60, "KB");

    // A synthetic 16k panorama: a grid with noise, so JPEG tiles have realistic sizes.
    const width = 16384;
    const height = 8192;
    mkdirSync(join(site, "media"), { recursive: true });
    const started = performance.now();
    const noise = await sharp({
      create: {
        width: 1024,
        height: 512,
        channels: 3,
        background: "#808080",
        noise: { type: "gaussian", mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer();
    // Blurred noise, scaled up with a grid on top: compresses like a photo, not like static.
    const grid = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${Array.from({ length: 64 }, (_, i) => `<line x1="${i * 256}" y1="0" x2="${i * 256}" y2="${height}" stroke="#fff" stroke-width="8"/><line x1="0" y1="${i * 128}" x2="${width}" y2="${i * 128}" stroke="#fff" stroke-width="8"/>`).join("")}</svg>`,
    );
    await sharp(await sharp(noise).blur(2).toBuffer())
      .resize(width, height, { kernel: "cubic" })
      .composite([{ input: grid }])
      .jpeg({ quality: 85 })
      .toFile(join(site, "media", "pano16k.jpg"));
    const tilesPage = `<li data-panorama-source="/media/pano16k.jpg" data-panorama-tiles="/panoramas/pano16k/"></li>`;
    writeFileSync(join(site, "tiles.html"), tilesPage);
    const report = await writePanoramaTiles({ outDir: site, cacheDir: join(root, "cache") });
    console.log(
      `16k panorama: generated and cut into ${report.files} files (${kb(report.bytes)} KB) in ${Math.round(performance.now() - started)} ms`,
    );

    cpSync(join(site, "panoramas", "pano16k"), join(site, "panoramas", "pano16k-b"), { recursive: true });
    const config: VirtualTourConfig = {
      locale: "de",
      tourTitle: "Bench",
      stops: [1, 2].map((number) => ({
        number,
        title: `Station ${number}`,
        href: "/",
        // Stop 2 is a copy under another name: its preview and tiles are not in the browser's cache.
        tiles: number === 1 ? "/panoramas/pano16k/" : "/panoramas/pano16k-b/",
        levels: planPanoramaLevels(width, height),
        caption: "Testmuster",
        hotspots: [{ label: "Weiter", yaw: 0, pitch: 0, target: { kind: "stop", stop: 3 - number } }],
      })),
    };
    writeFileSync(
      join(site, "index.html"),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Bench</title></head><body>
<div data-virtual-tour='${JSON.stringify(config).replaceAll("'", "&#39;")}'><div data-virtual-tour-stage style="position:relative;height:600px"><img class="virtual-tour__poster" src="/panoramas/pano16k/preview.jpg" alt="" width="1024" height="512" style="width:100%"></div></div>
<script type="module">
  document.querySelector("button#go").addEventListener("click", async () => {
    performance.mark("start");
    const { startVirtualTour } = await import("/js/${js.entryFile}");
    await startVirtualTour(document.querySelector("[data-virtual-tour]"));
    performance.mark("first-view");
    window.firstView = performance.measure("v", "start", "first-view").duration;
  });
</script><button id="go">Start</button></body></html>`,
    );
    const server = await serveStatic(site);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await emulateSlowMobile(context, page);
      const responses: { url: string; bytes: number }[] = [];
      page.on("requestfinished", async (request) => {
        const sizes = await request.sizes().catch(() => undefined);
        responses.push({
          url: new URL(request.url()).pathname,
          bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
        });
      });
      await page.goto(`${server.url}/`);
      await page.waitForLoadState("load");
      await page.click("#go");
      await page.waitForFunction(
        () => (window as unknown as { firstView?: number }).firstView !== undefined,
        null,
        { timeout: 60_000 },
      );
      const firstView = await page.evaluate(() => (window as unknown as { firstView: number }).firstView);
      await page.waitForLoadState("networkidle");
      // The next stop: its preview is not on the page yet.
      const nextStarted = await page.evaluate(async () => {
        const started = performance.now();
        const root = document.querySelector("[data-virtual-tour]") as HTMLElement & {
          virtualTour: { goTo(n: number, v?: object): Promise<void> };
        };
        await root.virtualTour.goTo(2, { yaw: 90 });
        return performance.now() - started;
      });
      console.log(`slow-mobile: the next stop's first view (its own preview) ${Math.round(nextStarted)} ms`);
      checkBudget("first view of the next 16k stop, slow mobile", Math.round(nextStarted), 3000, "ms");
      const afterLoad = responses.reduce((sum, response) => sum + response.bytes, 0);
      const tiles = responses.filter((response) => /\/\d+\/\d+_\d+\.jpg$/.test(response.url));
      const full = responses.some((response) => response.url.startsWith("/media/"));
      console.log(
        `slow-mobile 360 × 740: first view ${Math.round(firstView)} ms (JS + preview), then ${tiles.length} tiles; ${kb(afterLoad)} KB in all; full image requested: ${full}`,
      );
      checkBudget("first view of a 16k stop, slow mobile", Math.round(firstView), 3000, "ms");
      checkBudget("bytes a phone loads for one 16k stop", kb(afterLoad), 2048, "KB");
      checkBudget("full-size panorama requests", full ? 1 : 0, 0, "");
      // Looking all around at the sharpest level (unthrottled): the tile cache stays bounded.
      const look = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await look.goto(`${server.url}/`);
      await look.click("#go");
      await look.waitForFunction(() => (window as unknown as { firstView?: number }).firstView !== undefined);
      await look.focus("canvas");
      for (let i = 0; i < 6; i++) await look.keyboard.press("+");
      let most = 0;
      for (let step = 0; step < 24; step++) {
        await look.evaluate(async (yaw) => {
          const root = document.querySelector("[data-virtual-tour]") as HTMLElement & {
            virtualTour: { goTo(n: number, v?: object): Promise<void> };
          };
          await root.virtualTour.goTo(1, { yaw, pitch: (yaw % 90) - 30 });
        }, step * 15);
        await look.waitForLoadState("networkidle");
        most = Math.max(
          most,
          await look.evaluate(
            () =>
              (
                document.querySelector("[data-virtual-tour]") as HTMLElement & {
                  virtualTour: { cachedTiles: number };
                }
              ).virtualTour.cachedTiles,
          ),
        );
      }
      console.log(
        `looking all around at the sharpest level: at most ${most} tiles held (cache bound 48 + the screen's tiles on their way)`,
      );
      checkBudget("tiles held while looking all around (16k)", most, 64, "tiles");
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  reportBudgets();
}

await main();
