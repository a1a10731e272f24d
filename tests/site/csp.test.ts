/**
 * The strict Content-Security-Policy holds on the real site: Chromium visits every built page of
 * the fixture site, served by the site server of `npm start` with its real headers, and records
 * every `securitypolicyviolation` event and every console message about the policy. The islands
 * that load code later run too: the stream player (hls.js with MediaSource), the search (Pagefind
 * with WebAssembly) and the 3D viewer on every scan of the demo site (three.js and the WebAssembly
 * meshopt decoder; the fixture's scan has no prepared levels, so no viewer).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { streamsDir, testStreams } from "../../scripts/src/dev/fixtures/streams.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { createRebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { startSiteServer } from "../../scripts/src/host/publish/site-server.ts";

let browser: Browser;
let site: { url: string; close(): Promise<void> };
let dist = "";

/** The fixture's events point at /streams/<name>/index.m3u8: real HLS from the stream tests. */
const STREAMS = { council: "sitzung-der-stadtvertretung", lecture: "vortrag-starigard" } as const;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
  await testStreams();
  site = await serveRelease(dist, (outDir) => {
    for (const [name, source] of Object.entries(STREAMS)) {
      const target = join(outDir, "streams", name);
      mkdirSync(target, { recursive: true });
      cpSync(join(streamsDir, source), target, { recursive: true });
      cpSync(join(streamsDir, source, "master.m3u8"), join(target, "index.m3u8"));
    }
  });
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await (await demoSite)?.close();
});

/** Clicks "show 3D model" and waits until the model is shown or the viewer reports an error. */
async function showModel(page: Page, where: string): Promise<void> {
  await page.locator("[data-scan-viewer-start]").first().click();
  await page.waitForSelector(".scan-viewer--ready, [data-scan-viewer-error]", { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const error = page.locator("[data-scan-viewer-error]");
  expect(
    await error.count(),
    `${where}: ${await error
      .first()
      .textContent()
      .catch(() => "")}`,
  ).toBe(0);
}

/** Serves a built site through the site server of `npm start` (a release that is a copy of `dir`). */
async function serveRelease(dir: string, extra: (outDir: string) => void = () => undefined) {
  const releases = mkdtempSync(join(tmpdir(), "showroom-csp-"));
  const releaseWorker = createRebuildWorker({
    releasesDir: releases,
    debounceMs: 1,
    build: async (outDir) => {
      cpSync(dir, outDir, { recursive: true });
      extra(outDir);
    },
  });
  releaseWorker.trigger("test");
  await releaseWorker.idle();
  const server = await startSiteServer({ worker: releaseWorker, hookSecret: "csp-test" });
  return {
    url: server.url,
    async close() {
      await server.close();
      await releaseWorker.close();
      rmSync(releases, { recursive: true, force: true });
    },
  };
}

/** A context that reports CSP violations (from every frame and worker the page starts) to `out`. */
async function watchedContext(out: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.exposeBinding("__reportCspViolation", ({ page }, text: string) => {
    out.push(`${new URL(page.url()).pathname}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const page = await context.newPage();
  const console = (text: string) => {
    if (/content.security.policy|permissions.policy/i.test(text)) out.push(`${page.url()}: console: ${text}`);
  };
  page.on("console", (message) => console(message.text()));
  page.on("pageerror", (error) => console(String(error)));
  page.on("worker", (worker) => worker.on("console", (message) => console(message.text())));
  return { context, page };
}

function builtPages(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === "index.html")
    .map((entry) => `/${relative(root, entry.parentPath).split(sep).join("/")}/`.replace(/^\/+/, "/"))
    .sort();
}

/** Visits every built page of `root` served at `url`; returns pages without the policy and violations. */
async function visitEveryPage(root: string, url: string): Promise<{ pages: number; problems: string[] }> {
  const pages = builtPages(root);
  const problems: string[] = [];
  const { context, page } = await watchedContext(problems);
  for (const path of pages) {
    const response = await page.goto(`${url}${path}`, { waitUntil: "load" });
    const policy = response?.headers()["content-security-policy"] ?? "";
    if (!policy.includes("script-src 'self'")) problems.push(`${path}: sent without the policy`);
    // A QR landing moves on to its stop page by script: wait for it, so that page is checked too.
    if (readFileSync(join(root, path, "index.html"), "utf8").includes("data-de=")) {
      await page.waitForURL((target) => !target.pathname.startsWith("/q/"));
    }
    await page.evaluate(() => {
      for (const image of document.images) image.loading = "eager";
    });
    await page.waitForLoadState("networkidle");
  }
  await context.close();
  return { pages: pages.length, problems };
}

/** The demo site (seeded demo content), built once for this file and served like the fixture. */
let demoSite: Promise<{ dist: string; url: string; close(): Promise<void> }> | undefined;
const demo = () => {
  demoSite ??= (async () => {
    const demoDist = (await buildSite({ snapshotDir: await ensureDemoSnapshot() })).outDir;
    return { dist: demoDist, ...(await serveRelease(demoDist)) };
  })();
  return demoSite;
};

describe("the Content-Security-Policy in Chromium", () => {
  it("is sent with every page of the fixture site and blocks nothing there", async () => {
    const { pages, problems } = await visitEveryPage(dist, site.url);
    expect(pages).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 300_000);

  it("is sent with every page of the demo site and blocks nothing there", async () => {
    const { dist: demoDist, url } = await demo();
    const { pages, problems } = await visitEveryPage(demoDist, url);
    expect(pages).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 900_000);

  it("blocks nothing the stream player loads when a recording plays (hls.js, MediaSource)", async () => {
    const violations: string[] = [];
    const { context, page } = await watchedContext(violations);
    await page.goto(`${site.url}/veranstaltungen/sitzung-der-stadtvertretung/`);
    const play = page.locator("[data-play]:visible").first();
    await play.click({ timeout: 15_000 });
    // hls.js has parsed the playlist once it offers the qualities.
    await page.waitForSelector("[data-quality-field]:not([hidden])", { timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    await context.close();
    expect(violations).toEqual([]);
  }, 120_000);

  it("blocks nothing the search loads (Pagefind and its WebAssembly)", async () => {
    const violations: string[] = [];
    const { context, page } = await watchedContext(violations);
    await page.goto(`${site.url}/suche/`);
    await page.waitForSelector("showroom-search[data-ready]");
    await page.fill("#search-q", "Taufe");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Taufe");
    await page.waitForFunction(() => !document.querySelector("showroom-search[aria-busy]"));
    await page.waitForLoadState("networkidle");
    expect(await page.locator("[data-search-results] a").count()).toBeGreaterThan(0);
    await context.close();
    expect(violations).toEqual([]);
  }, 120_000);

  // The demo's scans, prepared in levels with meshopt geometry, are what the viewer shows on request.
  it("blocks nothing the 3D viewer loads on request (three.js, the meshopt WebAssembly decoder)", async () => {
    const { dist: demoDist, url: demoUrl } = await demo();
    const violations: string[] = [];
    const { context, page } = await watchedContext(violations);
    try {
      // Every scan of the demo has an /embed/ page with the viewer per language; one language is enough.
      const links = readdirSync(join(demoDist, "embed"))
        .map((slug) => `/embed/${slug}/`)
        .filter((path) =>
          readFileSync(join(demoDist, path, "index.html"), "utf8").includes('<html lang="de'),
        );
      let viewed = 0;
      // One object page too: the viewer inside the site's layout.
      await page.goto(`${demoUrl}${links[0]}`);
      const objectPage = await page.locator("[data-embed-credit] a[target=_top]").last().getAttribute("href");
      if (objectPage) links.push(new URL(objectPage, demoUrl).pathname);
      for (const href of links) {
        await page.goto(`${demoUrl}${href}`);
        const start = page.locator("[data-scan-viewer-start]").first();
        if ((await start.count()) === 0) continue;
        await showModel(page, href);
        viewed += 1;
      }
      expect(viewed, "demo scans shown in the 3D viewer").toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
    expect(violations).toEqual([]);
  }, 600_000);
});
