import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoModels } from "../../scripts/src/demo/demo-models/index.ts";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { prepareScan } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { sharedFixtures, sharedFixturesOrSkipReason } from "../support/paths.ts";
import { buildHarness } from "../viewer/harness.ts";
import { mountAndSettle, openMountPage, readPixels } from "../viewer/page.ts";
import { photoTexturedScan } from "./support/photo-scan.ts";

// The web levels made by prepare-scan, shown by the project's own viewer (viewer/) with its
// self-hosted decoders: what a visitor's browser gets.
let work: string;
let server: StaticServer;
let browser: Browser;
const derivatives: string[] = [];
/** Per prepared input: its thumb and web level (paths below /derived/). */
const levelPairs: Array<{ thumb: string; web: string }> = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "derivative-in-viewer-"));
  const inputs: string[] = [];
  for (const model of await generateDemoModels()) {
    const file = join(work, model.fileName);
    await writeFile(file, model.glb);
    inputs.push(file);
  }
  if (!sharedFixturesOrSkipReason())
    inputs.push(join(sharedFixtures, "CesiumMilkTruck", "CesiumMilkTruck.gltf"));
  for (const [index, input] of inputs.entries()) {
    // Both codecs: meshopt for the demo models, Draco for the truck's second run.
    for (const geometry of index === inputs.length - 1
      ? (["meshopt", "draco"] as const)
      : (["meshopt"] as const)) {
      const outDir = join(work, "out", geometry);
      const report = await prepareScan(input, { outDir, poster: false, geometry });
      derivatives.push(`${geometry}/${report.web.file}`, `${geometry}/${report.thumb.file}`);
      levelPairs.push({ thumb: `${geometry}/${report.thumb.file}`, web: `${geometry}/${report.web.file}` });
    }
  }
  const harness = await buildHarness();
  server = await serveStatic(harness.dir, {
    intercept(req, res) {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      if (!path.startsWith("/derived/")) return false;
      const relative = decodeURIComponent(path.slice("/derived/".length));
      if (!derivatives.includes(relative)) return false;
      res.writeHead(200, { "content-type": "model/gltf-binary" });
      createReadStream(join(work, "out", relative)).pipe(res);
      return true;
    },
  });
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

describe("prepared scans in the viewer", () => {
  it("shows every web and thumb level framed, without console errors or foreign requests", async () => {
    expect(derivatives.length).toBeGreaterThanOrEqual(8);
    for (const derivative of derivatives) {
      const { page, context, consoleErrors, foreignRequests } = await openMountPage(browser, server.url);
      try {
        const state = await mountAndSettle(page, {
          model: `/derived/${derivative}`,
          alt: basename(derivative),
          decoderPath: "/decoders/",
          autoRotate: false,
        });
        expect(state, derivative).toBe("ready");
        const pixels = await readPixels(page);
        expect(pixels?.coverage, derivative).toBeGreaterThan(0.02);
        expect(pixels?.centre, derivative).toBe(true);
        expect(consoleErrors, derivative).toEqual([]);
        expect(foreignRequests, derivative).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 600_000);

  it("shows the thumb level first and swaps the web level in place, as object pages load them", async () => {
    expect(levelPairs.length).toBeGreaterThanOrEqual(4);
    for (const { thumb, web } of levelPairs) {
      const { page, context, consoleErrors, foreignRequests } = await openMountPage(browser, server.url);
      try {
        const loaded: string[] = [];
        page.on("request", (request) => {
          const path = new URL(request.url()).pathname;
          if (path.startsWith("/derived/")) loaded.push(decodeURIComponent(path.slice("/derived/".length)));
        });
        await page.evaluate(
          (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
          {
            model: `/derived/${web}`,
            thumb: { url: `/derived/${thumb}` },
            alt: basename(web),
            decoderPath: "/decoders/",
            autoRotate: false,
          },
        );
        await page.waitForSelector('#stage[data-level="full"], #stage[data-state="error"]', {
          timeout: 60_000,
        });
        expect(await page.locator("#stage").getAttribute("data-level"), web).toBe("full");
        expect(loaded, web).toEqual([thumb, web]);
        const pixels = await readPixels(page);
        expect(pixels?.coverage, web).toBeGreaterThan(0.02);
        expect(consoleErrors, web).toEqual([]);
        expect(foreignRequests, web).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 600_000);

  it("shows a KTX2 full level after its WebP thumb, transcoded by the site's own Basis decoder, in the colours of its WebP twin", async () => {
    const input = join(work, "photo.glb");
    await writeFile(input, await photoTexturedScan());
    // The default choice (KTX2 for this texture) and WebP only, to compare what the visitor sees.
    const ktx2 = await prepareScan(input, { outDir: join(work, "out", "ktx2"), poster: false });
    const webp = await prepareScan(input, {
      outDir: join(work, "out", "webp"),
      poster: false,
      textureFormat: "webp",
    });
    expect(ktx2.web.extensionsUsed).toContain("KHR_texture_basisu");
    expect(ktx2.thumb.extensionsUsed).not.toContain("KHR_texture_basisu");
    expect(webp.web.extensionsUsed).not.toContain("KHR_texture_basisu");
    derivatives.push(`ktx2/${ktx2.web.file}`, `ktx2/${ktx2.thumb.file}`, `webp/${webp.web.file}`);

    const meanColours: Array<[number, number, number]> = [];
    for (const [folder, report, thumb] of [
      ["ktx2", ktx2, ktx2.thumb.file],
      ["webp", webp, null],
    ] as const) {
      const { page, context, consoleErrors, foreignRequests } = await openMountPage(browser, server.url);
      try {
        const requested: string[] = [];
        page.on("request", (request) => requested.push(new URL(request.url()).pathname));
        await page.evaluate(
          (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
          {
            model: `/derived/${folder}/${report.web.file}`,
            ...(thumb ? { thumb: { url: `/derived/${folder}/${thumb}` } } : {}),
            alt: report.web.file,
            decoderPath: "/decoders/",
            autoRotate: false,
          },
        );
        await page.waitForSelector('#stage[data-level="full"], #stage[data-state="error"]', {
          timeout: 90_000,
        });
        expect(await page.locator("#stage").getAttribute("data-level"), folder).toBe("full");
        const basis = requested.filter((path) => /basis/i.test(path));
        if (folder === "ktx2") {
          expect(basis.sort()).toEqual(["/decoders/basis_transcoder.js", "/decoders/basis_transcoder.wasm"]);
        } else {
          expect(basis).toEqual([]);
        }
        expect(consoleErrors, folder).toEqual([]);
        expect(foreignRequests, folder).toEqual([]);
        meanColours.push(await meanDrawnColour(page));
      } finally {
        await context.close();
      }
    }
    const [fromKtx2, fromWebp] = meanColours;
    // Same model, same light: a KTX2 texture that failed or decoded wrongly (white, black, swapped
    // channels) is tens of levels off; ETC1S against WebP differs by a few.
    for (const channel of [0, 1, 2]) {
      expect(
        Math.abs((fromKtx2?.[channel] ?? 0) - (fromWebp?.[channel] ?? 255)),
        `channel ${channel}`,
      ).toBeLessThan(8);
    }
    // And the texture's warm brown shows (red over blue), not the plain white of a missing texture.
    expect((fromKtx2?.[0] ?? 0) - (fromKtx2?.[2] ?? 0)).toBeGreaterThan(20);
  }, 300_000);
});

/** The mean colour of the model's pixels on the viewer's canvas (transparent pixels left out). */
function meanDrawnColour(page: Page): Promise<[number, number, number]> {
  return page.evaluate(() => {
    const canvas = document.querySelector("#stage canvas") as HTMLCanvasElement;
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    const sum = [0, 0, 0];
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) <= 16) continue;
      drawn += 1;
      for (let c = 0; c < 3; c += 1) sum[c] = (sum[c] ?? 0) + (data[i + c] ?? 0);
    }
    return sum.map((value) => value / Math.max(1, drawn)) as [number, number, number];
  });
}
