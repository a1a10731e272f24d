/**
 * Prepared levels in the viewer: the quick level first, the full level swapped in place; progress
 * in bytes from the click; a stalled download says so and resumes on retry. Real Chromium, real
 * viewer build (scripts/src/dev/viewer/viewer-harness.ts), servers that hold back or cut off bytes on purpose.
 */
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { posterPageWith } from "@showroom/scripts/dev/viewer/levels-page.ts";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { emulateSlowMobile } from "../../scripts/src/dev/slow-network.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { formatFileSize } from "../../viewer/src/i18n.ts";
import type { ScanViewerOptions } from "../../viewer/src/types.ts";
import { buildHarness, type Harness } from "./harness.ts";
import { openMountPage, readView } from "./page.ts";

let harness: Harness;
let browser: Browser;
let cube: Buffer;
let bowl: Buffer;

beforeAll(async () => {
  harness = await buildHarness();
  cube = await readFile(`${harness.dir}/generated/cube.glb`);
  bowl = await readFile(`${harness.dir}/generated/bowl.glb`);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

/** A harness server with extra routes: path → handler (return true when it answered). */
async function serveWith(
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void>,
): Promise<StaticServer> {
  return serveStatic(harness.dir, {
    intercept: (req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const route = routes[path];
      if (!route) return false;
      route(req, res);
      return true;
    },
  });
}

const sendGlb = (body: Buffer) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { "content-type": "model/gltf-binary", "content-length": body.byteLength }).end(body);
};

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));

describe("the quick level first, the full level in place", () => {
  it("shows the thumb at once, then swaps in the full level keeping camera, open note and measuring", async () => {
    let releaseFull: () => void = () => undefined;
    const fullHeld = new Promise<void>((resolve) => {
      releaseFull = resolve;
    });
    const server = await serveWith({
      "/levels/thumb.glb": sendGlb(cube),
      "/levels/full.glb": (req, res) => void fullHeld.then(() => sendGlb(cube)(req, res)),
    });
    const { page, context, consoleErrors } = await openMountPage(browser, server.url);
    try {
      const options: ScanViewerOptions = {
        model: "/levels/full.glb",
        fileSize: cube.byteLength,
        thumb: { url: "/levels/thumb.glb", size: cube.byteLength },
        alt: "Würfel",
        autoRotate: false,
        annotations: [{ title: "Vorderseite", text: "Die Vorderseite.", position: [0, 0, 0.5] }],
      };
      await page.evaluate(
        (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
        options,
      );
      await page.waitForSelector('#stage[data-state="ready"][data-level="thumb"]', { timeout: 30_000 });
      // The full level is loading: the visitor sees its progress without losing the view.
      await page.waitForSelector('[data-scan-viewer-progress="full"]');

      await page.locator("#stage canvas").focus();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowLeft");
      await page.waitForTimeout(600);
      await page.locator(".scan-viewer__hotspot").first().click();
      await page.getByRole("button", { name: "Messen" }).click();
      // Opening the note flies the camera to it: wait until it stands still.
      let before = await readView(page);
      for (;;) {
        await page.waitForTimeout(300);
        const now = await readView(page);
        if (distance(now.position, before.position) < 1e-6) break;
        before = now;
      }
      const note = await page.locator(".scan-viewer__note").textContent();

      releaseFull();
      await page.waitForSelector('#stage[data-level="full"]', { timeout: 30_000 });
      const after = await readView(page);
      expect(distance(after.position, before.position)).toBeLessThan(1e-3);
      expect(distance(after.target, before.target)).toBeLessThan(1e-3);
      await expect(page.locator(".scan-viewer__note").isVisible()).resolves.toBe(true);
      await expect(page.locator(".scan-viewer__note").textContent()).resolves.toBe(note);
      await expect(page.locator(".scan-viewer__hotspot").count()).resolves.toBe(1);
      await expect(page.getByRole("button", { name: "Messen" }).getAttribute("aria-pressed")).resolves.toBe(
        "true",
      );
      await expect(page.locator("[data-scan-viewer-progress]").count()).resolves.toBe(0);
      await expect(page.locator("[data-scan-viewer-live]").textContent()).resolves.toContain(
        "in voller Qualität",
      );
      expect(consoleErrors).toEqual([]);
    } finally {
      releaseFull();
      await context.close();
      await server.close();
    }
  });

  it("names on the button the bytes it loads first, and exactly those bytes arrive first", async () => {
    const config: ScanViewerOptions = {
      model: "/levels/full.glb",
      fileSize: bowl.byteLength,
      thumb: { url: "/levels/thumb.glb", size: cube.byteLength },
      alt: "Schale",
      autoRotate: false,
      decoderPath: "/decoders/",
    };
    const html = await posterPageWith(harness.dir, config);
    const server = await serveWith({
      "/levels.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html),
      "/levels/thumb.glb": sendGlb(cube),
      "/levels/full.glb": sendGlb(bowl),
    });
    const { page, context } = await newRecordedPage(browser, server.url);
    try {
      const bytes = new Map<string, number>();
      const order: string[] = [];
      page.on("response", async (response) => {
        const path = new URL(response.url()).pathname;
        if (!path.endsWith(".glb")) return;
        order.push(path);
        bytes.set(path, (await response.body()).byteLength);
      });
      await page.goto(`${server.url}/levels.html`);
      const button = page.locator("[data-scan-viewer-start]");
      await expect(button.textContent()).resolves.toBe(
        `3D-Modell anzeigen (${formatFileSize(cube.byteLength)})danach volle Qualität: ${formatFileSize(bowl.byteLength)}`,
      );
      await button.click();
      await page.waitForSelector('[data-scan-viewer-stage][data-level="full"]', { timeout: 45_000 });
      expect(order).toEqual(["/levels/thumb.glb", "/levels/full.glb"]);
      expect(bytes.get("/levels/thumb.glb")).toBe(cube.byteLength);
      expect(formatFileSize(bytes.get("/levels/full.glb") ?? 0)).toBe(formatFileSize(bowl.byteLength));
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe("when the full level cannot be loaded", () => {
  it("keeps the quick level on screen and says so quietly instead of an error", async () => {
    const server = await serveWith({
      "/levels/thumb.glb": sendGlb(cube),
      "/levels/full.glb": (_req, res) => res.writeHead(404).end(),
    });
    const { page, context } = await openMountPage(browser, server.url);
    try {
      await page.evaluate(
        (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
        {
          model: "/levels/full.glb",
          thumb: { url: "/levels/thumb.glb" },
          alt: "Würfel",
          autoRotate: false,
        } satisfies ScanViewerOptions,
      );
      const note = page.locator("[data-scan-viewer-full-failed]");
      await note.waitFor({ state: "visible", timeout: 30_000 });
      await expect(note.textContent()).resolves.toBe(
        "Die volle Qualität konnte nicht geladen werden; Sie sehen die Schnellansicht.",
      );
      await expect(page.locator("#stage").getAttribute("data-state")).resolves.toBe("ready");
      await expect(page.locator("#stage").getAttribute("data-level")).resolves.toBe("thumb");
      await expect(page.locator("[data-scan-viewer-error]").count()).resolves.toBe(0);
      await expect(page.locator("[data-scan-viewer-progress]").count()).resolves.toBe(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe("feedback from the first byte", () => {
  it("shows progress in bytes and percent within 200 ms of the click on a slow mobile connection", async () => {
    const config: ScanViewerOptions = {
      model: "/levels/full.glb",
      fileSize: bowl.byteLength,
      alt: "Schale",
      autoRotate: false,
    };
    const html = await posterPageWith(harness.dir, config);
    const server = await serveWith({
      "/levels.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html),
      "/levels/full.glb": sendGlb(bowl),
    });
    const { page, context } = await newRecordedPage(browser, server.url);
    try {
      await page.goto(`${server.url}/levels.html`);
      await emulateSlowMobile(context, page);
      await page.evaluate(() => {
        const seen: Array<{ ms: number; text: string; canvas: boolean; stalled: boolean }> = [];
        let clickedAt = 0;
        document.querySelector("[data-scan-viewer-start]")?.addEventListener(
          "click",
          () => {
            clickedAt = performance.now();
          },
          { capture: true },
        );
        new MutationObserver(() => {
          const text = document.querySelector("[data-scan-viewer-progress] > span")?.textContent;
          const stalled = !!document.querySelector("[data-scan-viewer-stalled]:not([hidden])");
          if (text && clickedAt)
            seen.push({
              stalled,
              ms: performance.now() - clickedAt,
              text,
              canvas: !!document.querySelector("canvas"),
            });
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
        Object.assign(window, { progressSeen: seen });
      });
      await page.locator("[data-scan-viewer-start]").click();
      await page.waitForSelector('[data-scan-viewer-stage][data-state="ready"]', { timeout: 60_000 });
      const seen = await page.evaluate(
        () =>
          (
            window as unknown as {
              progressSeen: Array<{ ms: number; text: string; canvas: boolean; stalled: boolean }>;
            }
          ).progressSeen,
      );
      const first = seen[0];
      expect(first?.text).toMatch(/^3D-Modell wird geladen: 0 kB von \d+ kB \(0 %\)$/);
      expect(first?.ms).toBeLessThan(200);
      // Bytes arrive while the viewer code is still on its way (no canvas yet): progress from the first byte.
      expect(seen.some((entry) => !entry.canvas && /\((?:[1-9]\d?|100) %\)/.test(entry.text))).toBe(true);
      // Slow but flowing: never "stuck".
      expect(seen.filter((entry) => entry.stalled)).toEqual([]);
      const percents = seen.map((entry) => Number(/\((\d+) %\)/.exec(entry.text)?.[1]));
      expect(percents.filter((n) => !Number.isNaN(n))).toContain(100);
    } finally {
      await context.close();
      await server.close();
    }
  }, 90_000);

  it("says a stalled download is stuck and resumes it where it stopped on retry", async () => {
    const half = Math.floor(bowl.byteLength / 2);
    const ranges: Array<string | undefined> = [];
    const server = await serveWith({
      "/stall/bowl.glb": (req, res) => {
        ranges.push(req.headers.range);
        const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
        if (range) {
          const from = Number(range[1]);
          res
            .writeHead(206, {
              "content-type": "model/gltf-binary",
              "content-length": bowl.byteLength - from,
              "content-range": `bytes ${from}-${bowl.byteLength - 1}/${bowl.byteLength}`,
            })
            .end(bowl.subarray(from));
          return;
        }
        // Half the file, then silence: the connection stays open and nothing more arrives.
        res.writeHead(200, { "content-type": "model/gltf-binary", "content-length": bowl.byteLength });
        res.write(bowl.subarray(0, half));
      },
    });
    const { page, context, consoleErrors } = await openMountPage(browser, server.url);
    try {
      await page.evaluate(
        (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
        { model: "/stall/bowl.glb", alt: "Schale", autoRotate: false } satisfies ScanViewerOptions,
      );
      const stalled = page.locator("[data-scan-viewer-stalled]");
      await stalled.waitFor({ state: "visible", timeout: 20_000 });
      await expect(stalled.textContent()).resolves.toContain("Der Download stockt");
      await stalled.getByRole("button", { name: "Erneut versuchen" }).click();
      await page.waitForSelector('#stage[data-state="ready"]', { timeout: 30_000 });
      expect(ranges).toEqual([undefined, `bytes=${half}-`]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);

  it("starts over cleanly when the server ignores the Range request", async () => {
    const half = Math.floor(bowl.byteLength / 2);
    let requests = 0;
    const server = await serveWith({
      "/stall/bowl.glb": (_req, res) => {
        requests += 1;
        res.writeHead(200, { "content-type": "model/gltf-binary", "content-length": bowl.byteLength });
        if (requests === 1) res.write(bowl.subarray(0, half));
        else res.end(bowl);
      },
    });
    const { page, context, consoleErrors } = await openMountPage(browser, server.url);
    try {
      await page.evaluate(
        (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
        { model: "/stall/bowl.glb", alt: "Schale", autoRotate: false } satisfies ScanViewerOptions,
      );
      const stalled = page.locator("[data-scan-viewer-stalled]");
      await stalled.waitFor({ state: "visible", timeout: 20_000 });
      await stalled.getByRole("button", { name: "Erneut versuchen" }).click();
      await page.waitForSelector('#stage[data-state="ready"]', { timeout: 30_000 });
      expect(requests).toBe(2);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});

describe("a scan without a prepared level", () => {
  it("shows the poster and a line saying so, with no button that would load a model", async () => {
    for (const [status, line] of [
      ["pending", "Das 3D-Modell wird noch aufbereitet."],
      ["failed", "Das 3D-Modell konnte nicht für die Website aufbereitet werden"],
    ] as const) {
      const html = await posterPageWith(harness.dir, {
        model: "",
        unavailable: status,
        poster: "/poster.svg",
        alt: "Schale",
      });
      const server = await serveWith({
        "/levels.html": (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html),
      });
      const { page, context, consoleErrors } = await newRecordedPage(browser, server.url);
      try {
        const models: string[] = [];
        page.on("request", (request) => {
          if (/\.(glb|gltf)$/.test(new URL(request.url()).pathname)) models.push(request.url());
        });
        await page.goto(`${server.url}/levels.html`);
        await expect(page.locator(".scan-viewer__poster").isVisible()).resolves.toBe(true);
        await expect(page.locator("[data-scan-viewer-unavailable]").textContent()).resolves.toContain(line);
        await expect(page.locator("[data-scan-viewer-start]").count()).resolves.toBe(0);
        await page.waitForTimeout(300);
        expect(models).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
        await server.close();
      }
    }
  });
});
