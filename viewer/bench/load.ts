/**
 * Load bench: what a visitor on a slow mobile connection (1.6 Mbit/s, 150 ms RTT, see
 * scripts/src/dev/slow-network.ts) waits for after pressing "Show 3D model". For every demo scan
 * and a generated 4 MB PBR scan with 2k textures (scripts/src/dev/fixtures/pbr-scan.ts), each prepared with
 * prepare-scan like the CMS does, on an object page with the poster-first script:
 *   - click → first 3D frame (the quick level on screen), budget 5 s;
 *   - click → full level in place, budget 15 s;
 *   - bytes transferred before the first frame (viewer code and model), budget 400 KB per demo scan.
 * Median of 3 cold page loads. Scripts are served gzip-compressed, as static hosts do.
 *   node viewer/bench/load.ts
 */
import { createReadStream, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { generateDemoModels } from "@showroom/scripts/demo-models";
import { checkBudget, reportBudgets } from "@showroom/scripts/dev/bench/budget.ts";
import { launchBrowser } from "@showroom/scripts/dev/browser.ts";
import { createPbrScan } from "@showroom/scripts/dev/fixtures/pbr-scan.ts";
import { emulateSlowMobile } from "@showroom/scripts/dev/slow-network.ts";
import { serveStatic } from "@showroom/scripts/dev/static-server.ts";
import { posterPageWith } from "@showroom/scripts/dev/viewer/levels-page.ts";
import { buildHarness } from "@showroom/scripts/dev/viewer/viewer-harness.ts";
import { prepareScan } from "@showroom/scripts/prepare-scan";
import type { ScanViewerOptions } from "../src/types.ts";

const RUNS = 3;
const FIRST_FRAME_MS = 5000;
const FULL_LEVEL_MS = 15_000;
const BYTES_BEFORE_FIRST_FRAME_KB = 400;
const kb = (bytes: number) => bytes / 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

interface BenchScan {
  name: string;
  demo: boolean;
  originalBytes: number;
  config: ScanViewerOptions;
}

interface Run {
  /** The "download is stuck" line showed although bytes were flowing (throttled, never cut). */
  falseStall: boolean;
  firstFrameMs: number;
  fullMs: number;
  bytesBeforeFirstFrame: number;
}

const work = await mkdtemp(join(tmpdir(), "viewer-load-bench-"));
try {
  const inputs: Array<{ name: string; file: string; demo: boolean; bytes: number }> = [];
  for (const model of await generateDemoModels()) {
    const file = join(work, model.fileName);
    await writeFile(file, model.glb);
    inputs.push({
      name: model.fileName.replace(/\.glb$/, ""),
      file,
      demo: true,
      bytes: model.glb.byteLength,
    });
  }
  const pbr = await createPbrScan();
  await writeFile(join(work, "pbr-scan.glb"), pbr);
  inputs.push({ name: "pbr-scan-2k", file: join(work, "pbr-scan.glb"), demo: false, bytes: pbr.byteLength });

  const served = new Map<string, string>();
  const scans: BenchScan[] = [];
  for (const input of inputs) {
    const outDir = join(work, "out", input.name);
    const report = await prepareScan(input.file, { outDir, poster: false });
    const url = (file: string) => `/levels/${input.name}/${file}`;
    served.set(url(report.web.file), join(outDir, report.web.file));
    served.set(url(report.thumb.file), join(outDir, report.thumb.file));
    scans.push({
      name: input.name,
      demo: input.demo,
      originalBytes: input.bytes,
      config: {
        model: url(report.web.file),
        fileSize: report.web.bytes,
        // Like the CMS (media named by content hash): an identical thumb is the same file, loaded once.
        ...(!readFileSync(join(outDir, report.thumb.file)).equals(
          readFileSync(join(outDir, report.web.file)),
        ) && {
          thumb: { url: url(report.thumb.file), size: report.thumb.bytes },
        }),
        alt: input.name,
        poster: "/poster.svg",
        decoderPath: "/decoders/",
        autoRotate: false,
      },
    });
  }

  const harness = await buildHarness();
  const pages = new Map<string, string>();
  for (const scan of scans)
    pages.set(`/bench/${scan.name}.html`, await posterPageWith(harness.dir, scan.config));
  const gzipped = new Map<string, Buffer>();
  const server = await serveStatic(harness.dir, {
    intercept: (req, res) => {
      const path = new URL(req.url ?? "/", "http://local").pathname;
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        return true;
      }
      const model = served.get(path);
      if (model) {
        res.writeHead(200, {
          "content-type": "model/gltf-binary",
          "content-length": readFileSync(model).byteLength,
        });
        createReadStream(model).pipe(res);
        return true;
      }
      if (!path.endsWith(".js") || !/gzip/.test(String(req.headers["accept-encoding"]))) return false;
      let body = gzipped.get(path);
      if (!body) {
        body = gzipSync(readFileSync(join(harness.dir, path)), { level: 9 });
        gzipped.set(path, body);
      }
      res
        .writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-encoding": "gzip" })
        .end(body);
      return true;
    },
  });
  const browser = await launchBrowser();
  try {
    const measure = async (scan: BenchScan): Promise<Run> => {
      const context = await browser.newContext({ viewport: { width: 640, height: 560 } });
      try {
        const page = await context.newPage();
        await page.goto(`${server.url}/bench/${scan.name}.html`, { waitUntil: "load" });
        await emulateSlowMobile(context, page);
        await page.evaluate(() => {
          const marks: Record<string, number> = {};
          const stage = document.querySelector<HTMLElement>("[data-scan-viewer-stage]");
          new MutationObserver(() => {
            if (stage?.dataset.state === "ready" && !marks.ready) marks.ready = performance.now();
            if (stage?.dataset.level === "full" && !marks.full) marks.full = performance.now();
            if (stage?.querySelector("[data-scan-viewer-stalled]:not([hidden])")) marks.stalled = 1;
          }).observe(stage as HTMLElement, { attributes: true, subtree: true });
          document.querySelector("[data-scan-viewer-start]")?.addEventListener(
            "click",
            () => {
              marks.click = performance.now();
            },
            { capture: true },
          );
          Object.assign(window, { benchMarks: marks });
        });
        await page.locator("[data-scan-viewer-start]").click();
        await page.waitForSelector('[data-scan-viewer-stage][data-level="full"]', { timeout: 120_000 });
        return await page.evaluate(() => {
          const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
          const click = marks.click ?? 0;
          const ready = marks.ready ?? Number.NaN;
          let bytes = 0;
          for (const entry of performance.getEntriesByType("resource") as PerformanceResourceTiming[]) {
            if (entry.startTime >= click && entry.responseEnd <= ready) bytes += entry.transferSize;
          }
          return {
            firstFrameMs: ready - click,
            fullMs: (marks.full ?? Number.NaN) - click,
            bytesBeforeFirstFrame: bytes,
            falseStall: marks.stalled === 1,
          };
        });
      } finally {
        await context.close();
      }
    };

    console.log(
      `Slow mobile (1.6 Mbit/s, 150 ms): click → first 3D frame and full level, median of ${RUNS} cold loads\n` +
        `  ${"scan".padEnd(22)} ${"original".padStart(10)} ${"thumb".padStart(9)} ${"full".padStart(9)} ${"first frame".padStart(12)} ${"full level".padStart(11)} ${"bytes before 1st frame".padStart(23)}`,
    );
    for (const scan of scans) {
      const runs: Run[] = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await measure(scan));
      const first = median(runs.map((run) => run.firstFrameMs));
      const full = median(runs.map((run) => run.fullMs));
      const bytes = median(runs.map((run) => run.bytesBeforeFirstFrame));
      const thumbKb = scan.config.thumb?.size ? `${kb(scan.config.thumb.size).toFixed(0)} KiB` : "(= full)";
      console.log(
        `  ${scan.name.padEnd(22)} ${`${kb(scan.originalBytes).toFixed(0)} KiB`.padStart(10)} ${thumbKb.padStart(9)} ${`${kb(scan.config.fileSize ?? 0).toFixed(0)} KiB`.padStart(9)} ${`${Math.round(first)} ms`.padStart(12)} ${`${Math.round(full)} ms`.padStart(11)} ${`${kb(bytes).toFixed(1)} KiB`.padStart(23)}`,
      );
      if (runs.some((run) => run.falseStall))
        console.log(`  ${scan.name}: the stall line showed during a slow but flowing download`);
      checkBudget(`${scan.name}: click → first 3D frame`, Math.round(first), FIRST_FRAME_MS, "ms");
      checkBudget(`${scan.name}: click → full level in place`, Math.round(full), FULL_LEVEL_MS, "ms");
      if (scan.demo)
        checkBudget(
          `${scan.name}: bytes before first frame`,
          Math.round(kb(bytes)),
          BYTES_BEFORE_FIRST_FRAME_KB,
          "KiB",
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  reportBudgets();
} finally {
  await rm(work, { recursive: true, force: true });
}
