/**
 * From the QR code on a sign to the stop, the way a tourist's phone goes: the site server of
 * `npm start` answers the printed URL in any letter case with one redirect straight to the stop in
 * the visitor's language; codes it does not know and pages that do not exist answer in English to
 * English browsers (with and without JavaScript); the 404 page says nothing about QR codes; a stop's
 * 3D link opens the object page. The static-host files say the same.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { type SiteServer, startSiteServer } from "../../scripts/src/host/publish/site-server.ts";

const STOP_DE = "/touren/rund-um-den-wall/auf-dem-wall/";
const STOP_EN = "/en/tours/around-the-rampart/on-the-rampart/";

let dist = "";
let releasesDir = "";
let worker: RebuildWorker;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-qr-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 1,
    build: async (outDir) => cpSync(dist, outDir, { recursive: true }),
  });
  worker.trigger("qr test release");
  await worker.idle();
  site = await startSiteServer({ worker, hookSecret: "qr-test" });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await worker?.close();
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true });
});

/** One raw GET: status, headers and body, redirects not followed. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; location?: string; vary?: string; body: string }>((done, fail) => {
    request(`${site.url}${path}`, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          ...(res.headers.location && { location: res.headers.location }),
          ...(typeof res.headers.vary === "string" && { vary: res.headers.vary }),
          body,
        }),
      );
    })
      .on("error", fail)
      .end();
  });
}

const visibleText = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("QR codes on the site server", () => {
  it("sends the printed URL in any letter case with one redirect to the stop in the browser's language", async () => {
    const cases = [
      { path: "/q/WALL2", language: "en-GB,en;q=0.9", expected: STOP_EN },
      { path: "/q/wall2", language: "en-GB,en;q=0.9", expected: STOP_EN },
      { path: "/q/Wall2/", language: "de-DE,de;q=0.9,en;q=0.5", expected: STOP_DE },
      { path: "/q/wall2", language: "fr-FR,fr;q=0.9", expected: STOP_DE },
      { path: "/q/wall2", language: "", expected: STOP_DE },
      { path: "/q/wall2", language: "fr;q=0.9,en;q=0.8,de;q=0.1", expected: STOP_EN },
    ];
    for (const { path, language, expected } of cases) {
      const first = await get(path, language ? { "accept-language": language } : {});
      expect(first.status, `${path} (${language})`).toBe(302);
      expect(first.location, `${path} (${language})`).toBe(expected);
      expect(first.vary).toContain("Accept-Language");
      expect((await get(expected)).status).toBe(200);
    }
  });

  it("lands a lowercase QR code on the English stop in Chromium after a single redirect", async () => {
    const recorded = await newRecordedPage(browser, site.url, { locale: "en-GB" });
    const response = await recorded.page.goto(`${site.url}/q/wall3`);
    expect(new URL(recorded.page.url()).pathname).toBe("/en/tours/around-the-rampart/the-outer-bailey/");
    let hops = 0;
    for (let request = response?.request().redirectedFrom(); request; request = request.redirectedFrom())
      hops++;
    expect(hops).toBe(1);
    await recorded.context.close();
  });

  it("answers an unknown code with the stop-number page, English for English browsers with and without JavaScript", async () => {
    const english = await get("/q/nope42", { "accept-language": "en-GB,en;q=0.9" });
    expect(english.status).toBe(404);
    expect(english.body).toMatch(/<html lang="en/);
    expect(visibleText(english.body)).toContain("Stop number on the sign");
    for (const javaScriptEnabled of [true, false]) {
      const recorded = await newRecordedPage(browser, site.url, { locale: "en-GB", javaScriptEnabled });
      const response = await recorded.page.goto(`${site.url}/q/nope42`);
      expect(response?.status()).toBe(404);
      expect(await recorded.page.getAttribute("html", "lang")).toMatch(/^en/);
      await expect.poll(() => recorded.page.locator("h1").textContent()).toContain("We don't know this stop");
      await recorded.page.getByLabel("Stop number on the sign").fill("kirche1");
      await recorded.page.getByRole("button", { name: "Open stop" }).click();
      await recorded.page.waitForURL(/\/(en\/tours|touren)\/[^/]+\/[^/]+\/$/);
      await recorded.context.close();
    }
    const german = await get("/q/nope42", { "accept-language": "de-DE" });
    expect(german.status).toBe(404);
    expect(visibleText(german.body)).toContain("Diese Station kennen wir nicht");
  });

  it("answers a missing page in English to English browsers, and the 404 page says nothing about QR codes", async () => {
    const english = await get("/gibt-es-nicht/", { "accept-language": "en-US,en;q=0.9" });
    expect(english.status).toBe(404);
    expect(english.body).toMatch(/<html lang="en/);
    const german = await get("/gibt-es-nicht/", { "accept-language": "de" });
    expect(german.body).toMatch(/<html lang="de/);
    const recorded = await newRecordedPage(browser, site.url, { locale: "en-GB", javaScriptEnabled: false });
    await recorded.page.goto(`${site.url}/objekte/gibt-es-nicht/`);
    expect(await recorded.page.getAttribute("html", "lang")).toMatch(/^en/);
    await recorded.context.close();
    for (const page of [english.body, german.body]) {
      expect(visibleText(page)).not.toMatch(/QR|Stationsnummer|stop number/i);
    }
    // A static host without language rules serves the German page: it still points English readers home.
    expect(visibleText(readFileSync(join(dist, "404.html"), "utf8"))).toContain("Page not found");
  });
});

describe("QR codes on static hosts and stop pages", () => {
  it("writes redirect rules that match codes in any letter case and 404 pages by language", () => {
    const nginx = readFileSync(join(dist, "nginx-qr-redirects.conf"), "utf8");
    expect(nginx).toMatch(/location ~\* \^\/q\/WALL2\/\?\$/);
    expect(nginx).toContain("error_page 404 $showroom_not_found;");
    const netlify = readFileSync(join(dist, "_redirects"), "utf8");
    expect(netlify).toContain("/*  /en/404.html  404  Language=en");
  });

  it("links a stop's 3D scan to the object page that shows it, not to the bare embed", () => {
    for (const stop of [
      "touren/rund-um-den-wall/am-eingang/index.html",
      "en/tours/around-the-rampart/at-the-entrance/index.html",
    ]) {
      const html = readFileSync(join(dist, stop), "utf8");
      const scans = /<section[^>]*aria-labelledby="stop-scans"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
      expect(scans, stop).not.toContain('href="/embed/');
      expect(scans, stop).toMatch(/href="\/(en\/objects|objekte)\/[^"]+\/"/);
    }
  });
});
