import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { guardHandler, parseRequestPath } from "../../host/publish/request-path.ts";
import { launchChromium } from "./launch-chromium.ts";
import { posterPageHtml } from "./poster-page.ts";
import { ScanError } from "./scan-error.ts";

export interface RenderPosterOptions {
  width: number;
  height: number;
  /** Page background behind the model (CSS colour). */
  background: string;
  format: "webp" | "png";
  /** WebP quality, 1–100. */
  quality: number;
  /** Give up after this long (software WebGL on a busy server is slow), milliseconds. */
  timeoutMs: number;
  /** Reuse a running browser (tests, batches); otherwise one is started and closed. */
  browser?: Browser;
}

export const RENDER_POSTER_DEFAULTS: RenderPosterOptions = {
  width: 1200,
  height: 900,
  background: "#e8e4dc",
  format: "webp",
  quality: 82,
  timeoutMs: 120_000,
};

export interface Poster {
  image: Uint8Array;
  width: number;
  height: number;
  format: "webp" | "png";
  /** What three.js drew: proves the model loaded in a browser. */
  rendered: { meshes: number; triangles: number; calls: number };
  /** console.error output of the page, for diagnosis. */
  consoleErrors: string[];
}

const threeRoot = resolve(dirname(fileURLToPath(import.meta.resolve("three"))), "..");
const MIME: Record<string, string> = {
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".glb": "model/gltf-binary",
};

/** Serves the poster page, the three.js build and addons, and the model bytes on 127.0.0.1. */
async function serve(glb: Uint8Array): Promise<{ url: string; close: () => Promise<void> }> {
  const allowed = [join(threeRoot, "build") + sep, join(threeRoot, "examples", "jsm") + sep];
  // Guarded: this server runs inside the CMS process, which a throwing handler would end.
  const server = createServer(
    guardHandler("poster server", (req, res) => {
      const parsed = parseRequestPath(req.url);
      if (!parsed.ok) {
        res.writeHead(parsed.status).end();
        return;
      }
      const { path } = parsed;
      if (path === "/") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(posterPageHtml());
        return;
      }
      if (path === "/favicon.ico") {
        res.writeHead(204).end();
        return;
      }
      if (path === "/model.glb") {
        res.writeHead(200, { "content-type": MIME[".glb"], "content-length": glb.byteLength }).end(glb);
        return;
      }
      if (path.startsWith("/three/")) {
        const file = normalize(join(threeRoot, path.slice("/three/".length)));
        if (
          allowed.some((prefix) => file.startsWith(prefix)) &&
          existsSync(file) &&
          statSync(file).isFile()
        ) {
          res.writeHead(200, { "content-type": MIME[extname(file)] ?? "application/octet-stream" });
          createReadStream(file)
            .on("error", () => res.destroy())
            .pipe(res);
          return;
        }
      }
      res.writeHead(404).end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Renders a GLB in headless Chromium with three.js and returns a poster image. Fails with a clear
 * error when the model does not load in the browser or the picture comes out blank.
 *
 * ```ts
 * const { image } = await renderPoster(webGlb, { width: 800, height: 600 });
 * ```
 */
export async function renderPoster(
  glb: Uint8Array,
  overrides: Partial<RenderPosterOptions> = {},
): Promise<Poster> {
  const options = { ...RENDER_POSTER_DEFAULTS, ...overrides };
  const server = await serve(glb);
  let browser: Browser | undefined;
  try {
    browser = options.browser ?? (await launchChromium());
    const context = await browser.newContext({ viewport: { width: options.width, height: options.height } });
    try {
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(String(error)));
      const query = new URLSearchParams({
        w: String(options.width),
        h: String(options.height),
        bg: options.background,
      });
      await page.goto(`${server.url}/?${query}`);
      const handle = await page.waitForFunction(
        () => (window as unknown as { __poster?: unknown }).__poster,
        null,
        {
          timeout: options.timeoutMs,
        },
      );
      const result = (await handle.jsonValue()) as
        | { ok: true; meshes: number; triangles: number; calls: number }
        | { ok: false; error: string };
      if (!result.ok) {
        throw new ScanError(
          "POSTER_FAILED",
          `The model did not load in the browser: ${result.error}`,
          consoleErrors,
        );
      }
      const png = await page.screenshot({ type: "png" });
      const stats = await sharp(png).stats();
      if (stats.channels.slice(0, 3).every((channel) => channel.stdev < 0.5)) {
        throw new ScanError(
          "POSTER_FAILED",
          "The poster came out blank: the model loaded but nothing visible was drawn (all geometry transparent or degenerate?).",
        );
      }
      const image =
        options.format === "webp"
          ? await sharp(png).webp({ quality: options.quality }).toBuffer()
          : Buffer.from(png);
      const { meshes, triangles, calls } = result;
      return {
        image: new Uint8Array(image),
        width: options.width,
        height: options.height,
        format: options.format,
        rendered: { meshes, triangles, calls },
        consoleErrors,
      };
    } finally {
      await context.close();
    }
  } catch (error) {
    if (error instanceof ScanError) throw error;
    throw new ScanError(
      "POSTER_FAILED",
      `Rendering the poster in Chromium failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}. ` +
        "Is Chromium installed (set CHROMIUM_PATH), or skip the poster with --no-poster.",
    );
  } finally {
    if (browser && !options.browser) await browser.close();
    await server.close();
  }
}
