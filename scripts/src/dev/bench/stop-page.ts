/**
 * `npm run bench -- stop-page`: what a visitor who scans a sign on a weak connection loads before
 * the first image of a stop page. Builds the demo site, serves it like the site server (brotli or
 * gzip by Accept-Encoding), opens the first stop of every demo tour in German and English in
 * Chromium at 360 px throttled to the project's slow mobile profile (slow-network.ts), and prints
 * per page the bytes transferred for everything but images and audio (HTML, CSS, fonts, scripts,
 * split by kind) and the first contentful paint.
 * Budgets: ≤ 60 KB before images, first contentful paint ≤ 2.5 s.
 */
import { launchBrowser } from "../browser.ts";
import { ensureDemoSnapshot } from "../fixtures/demo-snapshot.ts";
import { buildSite } from "../site-build.ts";
import { emulateSlowMobile } from "../slow-network.ts";
import { serveStatic } from "../static-server.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const { outDir } = await buildSite({ snapshotDir: await ensureDemoSnapshot() });
const server = await serveStatic(outDir);
const browser = await launchBrowser();

/** First stop of every tour, from the built tour pages' stop links (both languages). */
async function firstStops(): Promise<string[]> {
  const page = await browser.newPage();
  const paths: string[] = [];
  for (const list of ["/touren/", "/en/tours/"]) {
    await page.goto(`${server.url}${list}`);
    const tours = await page.$$eval("main a[href]", (links) =>
      [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].filter((path) =>
        /^(\/en)?\/(touren|tours)\/[^/]+\/$/.test(path),
      ),
    );
    for (const tour of tours) {
      await page.goto(`${server.url}${tour}`);
      const stop = await page.$$eval(
        "main a[href]",
        (links, prefix) =>
          links
            .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
            .find((path) => path.startsWith(prefix) && path !== prefix),
        tour,
      );
      if (stop) paths.push(stop);
    }
  }
  await page.close();
  return paths;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
let largest = 0;
let slowest = 0;
try {
  const stops = await firstStops();
  if (stops.length === 0) throw new Error("stop-page bench: the demo site lists no tour stops");
  console.log("\nStop page before images (360 px, slow mobile: 150 ms, 1.6 Mbit/s; transferred bytes)");
  for (const path of stops) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await emulateSlowMobile(context, page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const kinds = new Map<string, string>();
    const byKind = new Map<string, number>();
    cdp.on("Network.responseReceived", (event) => kinds.set(event.requestId, event.type));
    cdp.on("Network.loadingFinished", (event) => {
      const kind = kinds.get(event.requestId) ?? "Other";
      byKind.set(kind, (byKind.get(kind) ?? 0) + event.encodedDataLength);
    });
    await page.goto(`${server.url}${path}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const fcp = await page.evaluate(
      () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
    );
    const beforeImages = [...byKind].filter(([kind]) => kind !== "Image" && kind !== "Media");
    const bytes = beforeImages.reduce((sum, [, size]) => sum + size, 0);
    const parts = beforeImages.map(([kind, size]) => `${kind} ${(size / 1024).toFixed(1)}`).join(", ");
    console.log(
      `  ${kb(bytes)}  FCP ${(fcp / 1000).toFixed(2)} s  images ${kb(byKind.get("Image") ?? 0)}  ${path}  (${parts})`,
    );
    largest = Math.max(largest, bytes);
    slowest = Math.max(slowest, fcp);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
checkBudget("stop page before images, largest", Math.round(largest / 1024), 60, "KB");
checkBudget("stop page first contentful paint, slowest", Math.round(slowest), 2500, "ms");
reportBudgets();
