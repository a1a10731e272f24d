/**
 * The offline tour in Chromium, as a visitor without signal meets it: the tour page offers to save
 * the tour with its size; nothing is installed before the visitor saves; after saving, with the
 * browser offline and the server stopped, every stop of the tour opens in both languages with its
 * audio, images and map, and a page that was not saved shows the offline page in the visitor's
 * language; a changed content hash offers an update; "remove" frees the cache and the worker.
 * The site is served with its security headers, so the CSP must allow the service worker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import type { OfflineManifest } from "../../site/src/lib/offline/offline-manifest.ts";
import { contentSecurityPolicy } from "../../site/src/lib/security/headers.ts";
import { type SiteServer, startSiteServer } from "../support/site-server.ts";

const TOUR_DE = "/touren/rund-um-den-wall/";
const TOUR_EN = "/en/tours/around-the-rampart/";

let dist = "";
let manifestPath = "";
let manifest: OfflineManifest;
let browser: Browser;
let site: SiteServer;
let origin = "";
/** Set by a test to serve the tour's offline manifest with another content hash. */
let changedVersion: string | undefined;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
  const tourPage = readFileSync(join(dist, TOUR_DE, "index.html"), "utf8");
  manifestPath = /data-offline-manifest="([^"]+)"/.exec(tourPage)?.[1] ?? "";
  manifest = JSON.parse(readFileSync(join(dist, manifestPath), "utf8")) as OfflineManifest;
  site = await startSiteServer(dist, (path, res) => {
    if (!changedVersion || path !== manifestPath) return false;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ...manifest, version: changedVersion }));
    return true;
  });
  origin = site.origin;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const tourCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("offline-tour:")));

async function saveTour(recorded: RecordedPage): Promise<void> {
  const { page } = recorded;
  await page.goto(`${origin}${TOUR_DE}`);
  await page.getByRole("button", { name: /Tour für offline speichern/ }).click();
  await page.locator('[data-offline-tour][data-offline-state="saved"]').waitFor({ timeout: 60_000 });
}

describe("the offline tour", () => {
  it("has a web app manifest per language that starts on the tour page, with icons drawn at their sizes", async () => {
    const html = readFileSync(join(dist, TOUR_EN, "index.html"), "utf8");
    const link = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1] ?? "";
    const webManifest = JSON.parse(readFileSync(join(dist, link), "utf8")) as {
      start_url: string;
      lang: string;
      display: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(webManifest).toMatchObject({ start_url: TOUR_EN, lang: "en", display: "standalone" });
    expect(webManifest.icons.map((icon) => icon.purpose)).toContain("maskable");
    for (const icon of webManifest.icons) {
      const { width, height } = await sharp(join(dist, icon.src)).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
      expect(manifest.files.map((file) => file.url)).toContain(icon.src);
    }
    expect(manifest.files.map((file) => file.url)).toContain(link);
  });

  it("offers the tour with its size, passes axe in both languages, and installs nothing before the visitor saves", async () => {
    expect(manifest.files.length).toBeGreaterThan(10);
    // The service worker and the web app manifest are files of the site, which the CSP allows.
    expect(contentSecurityPolicy("page")).toMatch(/worker-src 'self'[^;]*;/);
    expect(contentSecurityPolicy("page")).toContain("default-src 'self'");
    const recorded = await newRecordedPage(browser, origin, { locale: "de-DE" });
    const { page } = recorded;
    for (const path of ["/", "/objekte/fundstueck-1/", `${TOUR_DE}am-eingang/`, TOUR_EN, TOUR_DE]) {
      await page.goto(`${origin}${path}`);
      expect(await registrations(page), path).toBe(0);
    }
    const megabytes = new Intl.NumberFormat("de", { maximumFractionDigits: 1 }).format(manifest.bytes / 1e6);
    await expect
      .poll(() => page.locator("[data-offline-save]").textContent())
      .toBe(`Tour für offline speichern (${megabytes} MB)`);
    for (const path of [TOUR_DE, TOUR_EN]) {
      await page.goto(`${origin}${path}`);
      await page.locator("[data-offline-tour]:not([hidden])").waitFor();
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
    }
    expect(await registrations(page)).toBe(0);
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  });

  it("opens every stop of a saved tour offline with audio, images and map, its 3D scan on the object page, and the offline page for the rest", async () => {
    const recorded = await newRecordedPage(browser, origin, { locale: "en-GB" });
    const { page, context } = recorded;
    await saveTour(recorded);
    expect(await page.locator("[data-offline-status]").textContent()).toContain("Gespeichert");
    expect(await registrations(page)).toBe(1);
    await site.stop();
    await context.setOffline(true);
    try {
      const pages = manifest.files
        .map((file) => file.url)
        .filter((url) => /\/(touren|tours)\/.*\/$/.test(url));
      expect(pages.length).toBe(8);
      let audioStops = 0;
      for (const path of pages) {
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await page.locator("h1").count(), path).toBe(1);
        await page.evaluate(() => {
          for (const image of document.images) image.loading = "eager";
        });
        await page.waitForFunction(
          () => [...document.images].every((image) => image.complete && image.naturalWidth > 0),
          null,
          { timeout: 10_000 },
        );
        const audio = await page.evaluate(() => {
          const element = document.querySelector("audio");
          return (
            element?.getAttribute("src") ?? element?.querySelector("source")?.getAttribute("src") ?? null
          );
        });
        if (audio) {
          audioStops++;
          const played = await page.evaluate(async (src) => {
            const whole = await fetch(src);
            const part = await fetch(src, { headers: { range: "bytes=0-9" } });
            const element = document.querySelector("audio") as HTMLAudioElement;
            element.preload = "metadata";
            element.load();
            await new Promise((done, fail) => {
              element.addEventListener("loadedmetadata", done, { once: true });
              element.addEventListener("error", () => fail(new Error(`audio error ${element.error?.code}`)), {
                once: true,
              });
            });
            return { whole: whole.status, part: part.status, length: (await part.arrayBuffer()).byteLength };
          }, audio);
          expect(played, `${path}: audio`).toEqual({ whole: 200, part: 206, length: 10 });
        }
        const openMap = page.locator("[data-map-open]");
        if (await openMap.isVisible()) {
          await openMap.click();
          await expect.poll(() => openMap.count(), { timeout: 10_000 }).toBe(0);
        }
      }
      // Every page of the tour that has an audio guide played it (the fixture has one per language).
      const withAudio = pages.filter((path) =>
        readFileSync(join(dist, path, "index.html"), "utf8").includes("<audio"),
      );
      expect(withAudio.length).toBeGreaterThan(1);
      expect(audioStops).toBe(withAudio.length);
      // The 3D link of a stop opens the object page, saved with its scan's quick level and the viewer.
      await page.goto(`${origin}/objekte/fundstueck-1/`);
      await page.locator("[data-scan-viewer-start]").click();
      await page.locator("canvas").waitFor({ state: "attached", timeout: 30_000 });
      for (const [path, heading] of [
        ["/objekte/", "You are offline"],
        ["/en/objects/", "You are offline"],
      ] as const) {
        await page.goto(`${origin}${path}`);
        expect(await page.locator("h1").textContent(), path).toBe(heading);
      }
    } finally {
      await context.setOffline(false);
      await site.start();
    }
    expect(recorded.foreignRequests).toEqual([]);
    await recorded.context.close();
  }, 120_000);

  it("offers an update when the content hash changes, speaks German offline to German browsers, and removing frees the cache and the service worker", async () => {
    const recorded = await newRecordedPage(browser, origin, { locale: "de-DE" });
    const { page } = recorded;
    await saveTour(recorded);
    expect(await tourCaches(page)).toEqual([`offline-tour:${manifestPath}`]);
    changedVersion = "0000000000000000";
    try {
      await page.reload();
      await page.locator('[data-offline-tour][data-offline-state="outdated"]').waitFor();
      expect(await page.locator("[data-offline-status]").textContent()).toContain("Update verfügbar");
      await page.getByRole("button", { name: /Update laden/ }).click();
      await page.locator('[data-offline-tour][data-offline-state="saved"]').waitFor({ timeout: 60_000 });
      // A German browser gets the German offline page for a page that was not saved.
      await recorded.context.setOffline(true);
      await page.goto(`${origin}/orte/`);
      expect(await page.locator("h1").textContent()).toBe("Sie sind offline");
      await recorded.context.setOffline(false);
      await page.goto(`${origin}${TOUR_DE}`);
      await page.locator('[data-offline-tour][data-offline-state="saved"]').waitFor();
      await page.getByRole("button", { name: "Entfernen" }).click();
      await page.locator('[data-offline-tour][data-offline-state="removed"]').waitFor();
    } finally {
      changedVersion = undefined;
    }
    expect(await tourCaches(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await recorded.context.close();
  }, 120_000);
});
