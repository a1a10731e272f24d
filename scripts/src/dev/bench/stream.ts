/**
 * `npm run bench -- stream`: what the event page costs a visitor. Builds the site with test events
 * (scripts/src/dev/fixtures), then in Chromium measures
 *   - JavaScript of an event page: bytes (raw and gzip) before pressing play, and after (hls.js
 *     light is loaded on play), plus the size of the full hls.js build for comparison;
 *   - time to first frame: from pressing play to the first decoded video frame
 *     (requestVideoFrameCallback), for the recording and the live stream, median of 5 cold page
 *     loads, unthrottled and on an emulated slow mobile connection (1.6 Mbit/s, 150 ms RTT);
 *     scripts are served gzip-compressed, as static hosts do.
 */
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { liveSimulator } from "../../demo/hls/live-simulator.ts";
import { launchBrowser } from "../browser.ts";
import { siteSourceHash, writeEventSnapshot } from "../fixtures/event-snapshot.ts";
import { streamsDir, testStreams } from "../fixtures/streams.ts";
import { buildSite } from "../site-build.ts";
import { emulateSlowMobile } from "../slow-network.ts";
import { serveStatic } from "../static-server.ts";
import { checkBudget, reportBudgets } from "./budget.ts";

const RUNS = 5;
const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const streams = await testStreams();
const snapshotDir = await writeEventSnapshot(streams);
const { outDir } = await buildSite({ snapshotDir, env: { SHOWROOM_SITE_SOURCE: siteSourceHash() } });
const mediaStreams = join(outDir, "media", "streams");
if (!existsSync(mediaStreams)) symlinkSync(streamsDir, mediaStreams, "dir");
const live = liveSimulator({
  streamDir: join(streamsDir, "konzert-in-st-johannis"),
  urlPrefix: "/media/streams/konzert-in-st-johannis/",
  playlistName: "index.m3u8",
  sourcePlaylistName: "all.m3u8",
  startedAt: Date.now(),
  loop: true,
});
// Static hosts compress JavaScript; the test server does not, so the bench does it for scripts.
const gzipped = new Map<string, Buffer>();
const server = await serveStatic(outDir, {
  intercept: (req, res) => {
    if (live(req, res)) return true;
    const path = new URL(req.url ?? "/", "http://local").pathname;
    if (
      !path.startsWith("/_astro/") ||
      !path.endsWith(".js") ||
      !/gzip/.test(String(req.headers["accept-encoding"]))
    )
      return false;
    let body = gzipped.get(path);
    if (!body) {
      body = gzipSync(readFileSync(join(outDir, path)), { level: 9 });
      gzipped.set(path, body);
    }
    res
      .writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-encoding": "gzip" })
      .end(body);
    return true;
  },
});
let browser: Browser | undefined;

interface Measure {
  scriptsBefore: { raw: number; gzip: number; files: string[] };
  scriptsAfter: { raw: number; gzip: number; files: string[] };
  firstFrameMs: number;
}

async function measure(
  path: string,
  panel: string,
  clock: string | undefined,
  slow: boolean,
): Promise<Measure> {
  const context = await (browser as Browser).newContext();
  const page = await context.newPage();
  if (slow) await emulateSlowMobile(context, page);
  if (clock) await page.clock.setFixedTime(new Date(clock));
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.set(new URL(response.url()).pathname, body.length);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  await page.waitForSelector(`[data-state-panel="${panel}"] [data-stream-player][data-ready="true"]`);
  const before = new Map(scripts);
  const firstFrameMs = await page.evaluate(async (panelName) => {
    const root = document.querySelector(`[data-state-panel="${panelName}"]`) as HTMLElement;
    const video = root.querySelector("video") as HTMLVideoElement;
    const button = root.querySelector("[data-play]") as HTMLButtonElement;
    const started = performance.now();
    const frame = new Promise<number>((done) =>
      video.requestVideoFrameCallback(() => done(performance.now() - started)),
    );
    button.click();
    return frame;
  }, panel);
  await page.waitForTimeout(300);
  const sum = (map: Map<string, number>) => {
    let raw = 0;
    let gzip = 0;
    for (const file of map.keys()) {
      const bytes = readFileSync(join(outDir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip, files: [...map.keys()] };
  };
  const result = { scriptsBefore: sum(before), scriptsAfter: sum(scripts), firstFrameMs };
  await context.close();
  return result;
}

try {
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
  const cases = [
    {
      name: "recording",
      path: "/veranstaltungen/council/",
      panel: "recorded",
      clock: "2026-03-11T12:00:00Z",
    },
    { name: "live", path: "/veranstaltungen/council/", panel: "live", clock: "2026-03-10T18:30:00Z" },
  ];
  let bytes: Measure | undefined;
  console.log("Event page: time from pressing play to the first video frame (median of 5 cold loads)");
  for (const slow of [false, true]) {
    for (const test of cases) {
      const runs: Measure[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await measure(test.path, test.panel, test.clock, slow));
      bytes ??= runs[0];
      const times = runs.map((run) => run.firstFrameMs);
      console.log(
        `  ${test.name.padEnd(9)} ${slow ? "slow mobile (1.6 Mbit/s, 150 ms)" : "unthrottled                      "}  median ${median(times).toFixed(0)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(", ")})`,
      );
      checkBudget(
        `first frame, ${test.name}, ${slow ? "slow mobile" : "unthrottled"}`,
        median(times),
        slow ? 5000 : 1500,
        "ms",
      );
    }
  }
  if (bytes) {
    console.log("\nJavaScript of an event page (files served by the static build, gzip -9):");
    console.log(
      `  before play: ${kb(bytes.scriptsBefore.raw)} raw, ${kb(bytes.scriptsBefore.gzip)} gzip  (${bytes.scriptsBefore.files.join(", ")})`,
    );
    console.log(
      `  after play:  ${kb(bytes.scriptsAfter.raw)} raw, ${kb(bytes.scriptsAfter.gzip)} gzip  (adds hls.js light)`,
    );
    checkBudget("event page JS before play, gzip", bytes.scriptsBefore.gzip / 1024, 8, "KiB");
    checkBudget("event page JS after play, gzip", bytes.scriptsAfter.gzip / 1024, 130, "KiB");
  }
  const dist = join(repoRoot, "node_modules", "hls.js", "dist");
  const light = readFileSync(join(dist, "hls.light.min.js"));
  const full = readFileSync(join(dist, "hls.min.js"));
  console.log(
    `  for comparison, hls.js builds: light ${kb(gzipSync(light, { level: 9 }).length)} gzip, full ${kb(gzipSync(full, { level: 9 }).length)} gzip`,
  );
  reportBudgets();
} finally {
  await browser?.close();
  await server.close();
}
