/**
 * The built site in Debian Chromium: every page type in both languages renders, requests nothing
 * from other origins, sets no cookies and has no axe-core violations; QR landings, the language
 * switch and the object filters work; pages are usable 320 px wide.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loadAllImages, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import {
  ensureFixtureSnapshot,
  FIXTURE_RETIRED_CODE,
} from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { FIXTURE_PAGES } from "./pages.ts";

let browser: Browser;
let server: StaticServer;
let dist = "";

beforeAll(async () => {
  const { outDir } = await buildSite({ snapshotDir: await ensureFixtureSnapshot() });
  dist = outDir;
  server = await serveStatic(outDir, {
    // What the generated `_redirects` rules `/en/*  /en/404.html  404` and
    // `/q/*  /q/unknown-de/  404` ask of a static host.
    intercept: (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const notFound = path.startsWith("/en/")
        ? join(outDir, "en", "404.html")
        : path.startsWith("/q/")
          ? join(outDir, "q", "unknown-de", "index.html")
          : undefined;
      if (!notFound) return false;
      const file = join(outDir, path, path.endsWith("/") ? "index.html" : "");
      if (existsSync(file) || existsSync(join(outDir, path))) return false;
      res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      res.end(readFileSync(notFound));
      return true;
    },
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages of the events and search areas (built by their own packages), visited when present. */
const OTHER_AREAS = [
  { name: "event list (de)", path: "/veranstaltungen/" },
  { name: "event list (en)", path: "/en/events/" },
  { name: "event (de)", path: "/veranstaltungen/sitzung-der-stadtvertretung/" },
  { name: "event (en)", path: "/en/events/town-council-meeting/" },
  { name: "search (de)", path: "/suche/" },
  { name: "search (en)", path: "/en/search/" },
];

const pagesInBothLanguages = () =>
  FIXTURE_PAGES.flatMap((page) => [
    { name: `${page.type} (de)`, path: page.de },
    { name: `${page.type} (en)`, path: page.en },
  ]).concat([
    { name: "404 (de)", path: "/gibt-es-nicht/" },
    { name: "404 (en)", path: "/en/does-not-exist/" },
    { name: "QR code list", path: "/q/" },
    { name: "retired QR code", path: `/q/${FIXTURE_RETIRED_CODE}/` },
    { name: "unknown QR code (de)", path: "/q/unknown-de/" },
    { name: "unknown QR code (en)", path: "/q/unknown-en/" },
    { name: "3D embed", path: "/embed/taufschale-scan/" },
    ...OTHER_AREAS.filter((page) => existsSync(join(dist, page.path, "index.html"))),
  ]);

describe("the site in Chromium", () => {
  for (const group of ["German pages", "English and language-neutral pages"] as const) {
    it(`renders every page type (${group}) without foreign requests, cookies, console errors or axe violations`, async () => {
      const pages = pagesInBothLanguages().filter(
        (page) => page.name.endsWith("(de)") === (group === "German pages"),
      );
      const problems: string[] = [];
      const recorded = await newRecordedPage(browser, server.url, { viewport: { width: 320, height: 640 } });
      let current = "";
      recorded.page.on("response", (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== "document") {
          problems.push(`${current}: ${response.status()} for ${response.url()}`);
        }
      });
      for (const { name, path } of pages) {
        const errorsBefore = recorded.consoleErrors.length;
        current = name;
        const response = await recorded.page.goto(`${server.url}${path}`, { waitUntil: "load" });
        const expectedStatus = name.startsWith("404") ? 404 : 200;
        if (response?.status() !== expectedStatus) problems.push(`${name}: HTTP ${response?.status()}`);
        // Chromium logs the 404 status of a not-found page itself as an error; that one is intended.
        if (expectedStatus === 404) recorded.consoleErrors.splice(errorsBefore, 1);
        await loadAllImages(recorded.page);
        const overflow = await recorded.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 1) problems.push(`${name}: ${overflow}px wider than a 320px screen`);
        if (name === "404 (en)" && (await recorded.page.getAttribute("html", "lang")) !== "en") {
          problems.push("404 (en): not the English 404 page");
        }
        const h1 = await recorded.page.locator("h1").count();
        if (h1 !== 1) problems.push(`${name}: ${h1} h1 elements`);
        const axe = await new AxeBuilder({ page: recorded.page }).analyze();
        for (const violation of axe.violations) {
          problems.push(
            `${name}: axe ${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          );
        }
      }
      const cookies = await recorded.context.cookies();
      if (cookies.length) problems.push(`cookies set: ${cookies.map((cookie) => cookie.name).join(", ")}`);
      if (recorded.foreignRequests.length)
        problems.push(`foreign requests: ${recorded.foreignRequests.join(", ")}`);
      if (recorded.consoleErrors.length)
        problems.push(`console errors: ${recorded.consoleErrors.join(" | ")}`);
      await recorded.context.close();
      expect(problems).toEqual([]);
    }, 300_000);
  }

  it("sends a QR code to the stop in the browser's language, German by default", async () => {
    const cases = [
      { locale: "en-GB", expected: "/en/tours/around-the-rampart/on-the-rampart/" },
      { locale: "de-DE", expected: "/touren/rund-um-den-wall/auf-dem-wall/" },
      { locale: "fr-FR", expected: "/touren/rund-um-den-wall/auf-dem-wall/" },
    ];
    for (const { locale, expected } of cases) {
      const recorded = await newRecordedPage(browser, server.url, { locale });
      await recorded.page.goto(`${server.url}/q/WALL2`);
      await recorded.page.waitForURL(`${server.url}${expected}`);
      expect(new URL(recorded.page.url()).pathname).toBe(expected);
      await recorded.context.close();
    }
  });

  it("follows a QR code to the German stop without JavaScript", async () => {
    const recorded = await newRecordedPage(browser, server.url, {
      javaScriptEnabled: false,
      locale: "en-GB",
    });
    await recorded.page.goto(`${server.url}/q/WALL3/`);
    await recorded.page.waitForURL(`${server.url}/touren/rund-um-den-wall/die-vorburg/`);
    await recorded.context.close();
  });

  it("answers an unknown code with a friendly page whose stop-number field finds the stop", async () => {
    const recorded = await newRecordedPage(browser, server.url, { locale: "de-DE" });
    const response = await recorded.page.goto(`${server.url}/q/NOPE42`);
    expect(response?.status()).toBe(404);
    await recorded.page.getByLabel("Stationsnummer vom Schild").first().fill("kirche1");
    await recorded.page.getByRole("button", { name: "Station öffnen" }).first().click();
    await recorded.page.waitForURL(`${server.url}/touren/kirche-und-altstadt/das-kirchenschiff/`);
    await recorded.page.goto(`${server.url}/q/?code=XX99`);
    await expect.poll(() => recorded.page.locator("[data-qr-nomatch]").isVisible()).toBe(true);
    await recorded.context.close();
  });

  it("switches language to the same page, whose slug differs", async () => {
    const recorded = await newRecordedPage(browser, server.url);
    await recorded.page.goto(`${server.url}/touren/rund-um-den-wall/am-eingang/`);
    await recorded.page.locator("[data-language-switch]").click();
    await recorded.page.waitForURL(`${server.url}/en/tours/around-the-rampart/at-the-entrance/`);
    expect(await recorded.page.getAttribute("html", "lang")).toBe("en");
    await recorded.page.locator("[data-language-switch]").click();
    await recorded.page.waitForURL(`${server.url}/touren/rund-um-den-wall/am-eingang/`);
    await recorded.context.close();
  });

  it("filters the object list by place, epoch, material, 3D and licence, and keeps the filter in the URL", async () => {
    const recorded = await newRecordedPage(browser, server.url);
    const { page } = recorded;
    await page.goto(`${server.url}/en/objects/`);
    const visible = () => page.locator("[data-object-card]:visible").count();
    expect(await visible()).toBe(8);
    await page.getByLabel("Only with 3D model").check();
    expect(await visible()).toBe(1);
    await expect.poll(() => page.locator("[data-filter-status]").textContent()).toBe("1 object");
    expect(page.url()).toContain("has3d=true");
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(visible).toBe(8);
    await page.getByLabel("Place").selectOption({ label: "St John's Church (4)" });
    expect(await visible()).toBe(4);
    await page.getByLabel("Material").selectOption({ label: "Wood (2)" });
    const both = await visible();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(4);
    await page.goto(`${server.url}/en/objects/?licence=cc0`);
    expect(await visible()).toBe(2);
    await page.goto(`${server.url}/en/objects/?epoch=earlyModern`);
    expect(await visible()).toBe(2);
    await recorded.context.close();
  });

  it("shows the poster first and loads the 3D view from the site's own origin on request", async () => {
    const recorded = await newRecordedPage(browser, server.url);
    const { page } = recorded;
    await page.goto(`${server.url}/objekte/fundstueck-1/`);
    expect(await page.locator(".scan-viewer__poster").isVisible()).toBe(true);
    expect(await page.locator("canvas").count()).toBe(0);
    await page.locator("[data-scan-viewer-start]").click();
    await page.locator("canvas").waitFor({ state: "attached", timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    expect(await page.locator("[data-scan-viewer-error]").count()).toBe(0);
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 60_000);
});
