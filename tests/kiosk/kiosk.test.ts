/**
 * The kiosk for the hub's screens in Chromium, built with a short idle time: every kiosk page stays
 * inside the kiosk (no link out, no download), is noindex and out of the sitemap and search, passes
 * axe in both languages with large touch targets; after the idle time the kiosk forgets the visitor
 * and shows the attract loop (a turning scan, or still images with reduced motion) until a touch;
 * after the first load it runs with the network off; the site's other pages install no worker.
 * A second build locked to English checks the language lock.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { kioskPages } from "../../site/src/lib/kiosk/integration.ts";
import { KIOSK_CACHE_MANIFEST, KIOSK_ROOTS } from "../../site/src/lib/kiosk/paths.ts";
import { isKioskLink } from "../../site/src/lib/kiosk/unlink.ts";
import { type SiteServer, startSiteServer } from "../support/site-server.ts";

const IDLE_SECONDS = 2;
let dist = "";
let pages: string[] = [];
let browser: Browser;
let site: SiteServer;
let origin = "";
/** Set by a test to serve the kiosk's cache list as if a new build had been published. */
let changedVersion: string | undefined;

beforeAll(async () => {
  const snapshotDir = await ensureFixtureSnapshot();
  dist = (await buildSite({ snapshotDir, env: { KIOSK_IDLE_SECONDS: String(IDLE_SECONDS) } })).outDir;
  pages = kioskPages(dist);
  site = await startSiteServer(dist, (path, res) => {
    if (!changedVersion || path !== KIOSK_CACHE_MANIFEST) return false;
    const manifest = JSON.parse(readFileSync(join(dist, KIOSK_CACHE_MANIFEST), "utf8")) as object;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ...manifest, version: changedVersion }));
    return true;
  });
  origin = site.origin;
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

/** A visitor who keeps touching the screen: the idle reset stays away (until `keepAlive` is cleared). */
async function keepTouching(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { keepAlive: number }).keepAlive = window.setInterval(
      () => document.dispatchEvent(new Event("pointerdown")),
      300,
    );
  });
}

function html(path: string): string {
  return readFileSync(join(dist, path, "index.html"), "utf8");
}

describe("the kiosk", () => {
  it("has start, tour and object pages in both languages, noindex, out of the sitemap and the search, linking only inside the kiosk", () => {
    for (const root of KIOSK_ROOTS) {
      expect(pages).toContain(root);
      expect(pages.filter((path) => path.startsWith(root)).length, root).toBeGreaterThanOrEqual(3);
    }
    for (const path of pages) {
      const page = html(path);
      expect(page, path).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(page, path).not.toContain("data-pagefind-body");
      expect(page, path).not.toMatch(/<form\b/i);
      const hrefs = [...page.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>/gi)];
      for (const [tag, href] of hrefs) {
        expect(isKioskLink(href ?? "", KIOSK_ROOTS), `${path}: ${tag}`).toBe(true);
        expect(tag, path).not.toMatch(/\sdownload[\s=>]/);
      }
    }
    const sitemaps = readdirSync(dist).filter((name) => name.startsWith("sitemap"));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(join(dist, name), "utf8")).not.toContain("/kiosk/");
  });

  it("passes axe on the start, tour and object pages in both languages; every page has touch targets of at least 48 px and no link out in the live page", async () => {
    const recorded = await newRecordedPage(browser, origin, { hasTouch: true });
    const { page } = recorded;
    await keepTouching(page);
    // Objects share one template: axe on the first of each language is enough (it is the slow part).
    const axePages = pages.filter((path) => !/\/(objekte|objects)\//.test(path));
    for (const root of KIOSK_ROOTS) axePages.push(pages.find((path) => path.startsWith(`${root}ob`)) ?? "");
    for (const path of pages) {
      await page.goto(`${origin}${path}`);
      if (axePages.includes(path)) {
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
      }
      const problems = await page.evaluate((roots) => {
        const found: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>("a[href], button, audio, summary")) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          if (box.height < 48 || box.width < 48) found.push(`small: ${element.outerHTML.slice(0, 80)}`);
        }
        for (const link of document.querySelectorAll<HTMLAnchorElement>("a[href]")) {
          const url = new URL(link.href);
          const inside =
            url.origin === location.origin && roots.some((root) => url.pathname.startsWith(root));
          if (!inside) found.push(`outbound: ${link.href}`);
        }
        return found;
      }, KIOSK_ROOTS);
      expect(problems, path).toEqual([]);
    }
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 120_000);

  it("forgets the visitor after the idle time: back to the start screen with scroll, storage and history reset, the scan turning until a touch", async () => {
    const recorded = await newRecordedPage(browser, origin, {
      hasTouch: true,
      viewport: { width: 1280, height: 800 },
    });
    const { page } = recorded;
    await page.goto(`${origin}/kiosk/`);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator(".kiosk-tile").first().tap();
    await page.waitForURL(/\/kiosk\/touren\/[^/]+\/$/);
    await page.evaluate(() => {
      sessionStorage.setItem("visitor", "1");
      localStorage.setItem("visitor", "1");
      window.scrollTo(0, 400);
    });
    await page.waitForURL(`${origin}/kiosk/`, { timeout: IDLE_SECONDS * 1000 + 8000 });
    await page.locator('body[data-kiosk-state="attract"][data-kiosk-attract="turntable"]').waitFor();
    expect(
      await page.evaluate(() => ({
        storage: sessionStorage.length + localStorage.length,
        scroll: window.scrollY,
        history: history.length,
      })),
    ).toEqual({ storage: 0, scroll: 0, history: historyLength });
    await page.locator("[data-kiosk-attract] canvas").waitFor({ timeout: 60_000 });
    await page.touchscreen.tap(640, 400);
    await page.locator('body[data-kiosk-state="browsing"]').waitFor();
    expect(await page.locator("[data-kiosk-attract]").isHidden()).toBe(true);
    expect(await page.locator("[data-kiosk-attract] canvas").count()).toBe(0);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 120_000);

  it("shows still images instead of the turning scan when the screen asks for reduced motion", async () => {
    const recorded = await newRecordedPage(browser, origin, { hasTouch: true, reducedMotion: "reduce" });
    const { page } = recorded;
    await page.goto(`${origin}/kiosk/`);
    await page.locator('body[data-kiosk-attract="slides"]').waitFor({ timeout: IDLE_SECONDS * 1000 + 5000 });
    expect(await page.locator("[data-kiosk-slide]:not([hidden])").count()).toBe(1);
    expect(await page.locator("[data-kiosk-attract] canvas").count()).toBe(0);
    await page.touchscreen.tap(100, 100);
    await page.locator('body[data-kiosk-state="browsing"]').waitFor();
    expect(await page.locator("[data-kiosk-attract]").isHidden()).toBe(true);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 60_000);

  it("installs its worker at the first visit while the site's other pages install none and are not controlled by it", async () => {
    const visitor = await newRecordedPage(browser, origin);
    for (const path of ["/", "/touren/", "/objekte/fundstueck-1/", "/en/"]) {
      await visitor.page.goto(`${origin}${path}`);
      expect(await registrations(visitor.page), path).toBe(0);
    }
    await visitor.context.close();
    const kiosk = await newRecordedPage(browser, origin);
    await kiosk.page.goto(`${origin}/kiosk/`);
    await expect.poll(() => registrations(kiosk.page), { timeout: 60_000 }).toBe(KIOSK_ROOTS.length);
    await kiosk.page.goto(`${origin}/`);
    expect(await kiosk.page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await kiosk.context.close();
  }, 60_000);

  it("caches a new build when its start screen loads online, and drops the old copy", async () => {
    const recorded = await newRecordedPage(browser, origin);
    const { page } = recorded;
    const kioskCaches = () =>
      page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("kiosk:")));
    await page.goto(`${origin}/kiosk/`);
    await expect.poll(() => registrations(page), { timeout: 60_000 }).toBe(KIOSK_ROOTS.length);
    const [first] = await kioskCaches();
    expect(first).toMatch(/^kiosk:[0-9a-f]{16}$/);
    changedVersion = "newbuild";
    try {
      await page.goto(`${origin}/kiosk/`);
      await expect.poll(kioskCaches, { timeout: 60_000 }).toEqual(["kiosk:newbuild"]);
    } finally {
      changedVersion = undefined;
    }
    await recorded.context.close();
  }, 120_000);

  it("runs with the network off after the first load: pages, images, audio and the other language", async () => {
    const manifest = JSON.parse(readFileSync(join(dist, KIOSK_CACHE_MANIFEST), "utf8")) as {
      files: { url: string }[];
    };
    for (const path of pages) expect(manifest.files.map((file) => file.url)).toContain(path);
    const recorded = await newRecordedPage(browser, origin, { hasTouch: true });
    const { page, context } = recorded;
    await keepTouching(page);
    await page.goto(`${origin}/kiosk/`);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const workers = await navigator.serviceWorker.getRegistrations();
            const complete = Boolean(await caches.match("/.kiosk-complete"));
            return complete ? workers.filter((registration) => registration.active).length : 0;
          }),
        { timeout: 60_000 },
      )
      .toBe(KIOSK_ROOTS.length);
    await site.stop();
    await context.setOffline(true);
    await page.goto(`${origin}/kiosk/`);
    await page.locator('a[href="/kiosk/touren/rund-um-den-wall/"]').tap();
    await page.waitForURL(/\/kiosk\/touren\//);
    const tourPage = page.url();
    const audio = page.locator("audio").first();
    expect(
      await audio.evaluate(
        (element: HTMLAudioElement) =>
          new Promise<number>((done, fail) => {
            element.addEventListener("loadedmetadata", () => done(element.duration), { once: true });
            element.addEventListener("error", () => fail(new Error("audio failed offline")), { once: true });
            element.load();
          }),
      ),
    ).toBeGreaterThan(0);
    const brokenImages = await page.evaluate(async () => {
      for (const image of document.images) image.loading = "eager";
      await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
      return [...document.images]
        .filter((image) => image.naturalWidth === 0)
        .map((image) => image.currentSrc);
    });
    expect(brokenImages).toEqual([]);
    await page.locator("[data-kiosk-language]").tap();
    await page.waitForURL(/\/en\/kiosk\/tours\//);
    expect(await page.locator("h1").textContent()).not.toBe("");
    for (const path of pages) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(200);
    }
    // A playing audio guide counts as use: no reset while it plays.
    await page.goto(tourPage);
    await page.evaluate(async () => {
      window.clearInterval((window as unknown as { keepAlive: number }).keepAlive);
      const element = document.querySelector("audio") as HTMLAudioElement;
      element.muted = true;
      element.loop = true;
      await element.play();
    });
    await page.waitForTimeout(IDLE_SECONDS * 1000 + 1500);
    expect(page.url()).toBe(tourPage);
    await recorded.context.close();
  }, 120_000);
});
