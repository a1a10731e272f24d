/**
 * The same search UI on the Meilisearch backend: the demo content pushed by the reindex into the
 * recorder (or a real Meilisearch with MEILISEARCH_TEST_HOST), the built search page configured the
 * way a build with PUBLIC_MEILISEARCH_HOST configures it, searched in Chromium.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotContentSource } from "@showroom/content-types/content-source";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { reindex } from "../../scripts/src/staff/search/reindex.ts";
import { readSearchClientConfig } from "../../site/src/lib/search/search-config.ts";
import { type MeilisearchUnderTest, meilisearchUnderTest } from "./support/meilisearch-under-test.ts";

let meili: MeilisearchUnderTest;
let server: StaticServer;
let browser: Browser;
let searchKey: string;
const recorded: RecordedPage[] = [];

beforeAll(async () => {
  meili = await meilisearchUnderTest();
  const snapshotDir = await ensureDemoSnapshot();
  await reindex({ source: snapshotContentSource(snapshotDir), env: meili.env });
  searchKey = await meili.searchKey();
  const dist = (await buildSite({ snapshotDir })).outDir;
  const env = {
    PUBLIC_MEILISEARCH_HOST: meili.host,
    PUBLIC_MEILISEARCH_SEARCH_KEY: searchKey,
    PUBLIC_MEILISEARCH_INDEX_PREFIX: meili.prefix,
    MEILISEARCH_ADMIN_KEY: meili.adminKey,
  };
  server = await serveStatic(dist, {
    // The search pages as a build with PUBLIC_MEILISEARCH_* would write them (same config function).
    intercept(req, res) {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const locale = path === "/suche/" ? "de" : path === "/en/search/" ? "en" : undefined;
      if (!locale) return false;
      const html = readFileSync(join(dist, path, "index.html"), "utf8").replace(
        /(<script type="application\/json" data-search-config>)[^<]*(<\/script>)/,
        (_, open: string, close: string) =>
          `${open}${JSON.stringify(readSearchClientConfig(env, locale))}${close}`,
      );
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      return true;
    },
  });
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await meili?.close();
});

async function search(path: string, term: string): Promise<Page> {
  const page = await newRecordedPage(browser, server.url);
  recorded.push(page);
  await page.page.goto(`${server.url}${path}`);
  await page.page.waitForSelector("showroom-search[data-ready]");
  await page.page.fill("#search-q", term);
  await page.page.waitForFunction(
    (expected) =>
      new URL(location.href).searchParams.get("q") === expected &&
      !document.querySelector("showroom-search[aria-busy]"),
    term,
  );
  return page.page;
}

describe("search UI on Meilisearch", () => {
  it("shows grouped, highlighted results from the German index", async () => {
    const page = await search("/suche/", "Starigard");
    const hrefs = await page.$$eval("a[data-result]", (links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    expect(hrefs.some((href) => href.startsWith("/objekte/"))).toBe(true);
    expect(hrefs.every((href) => !href.startsWith("/en/"))).toBe(true);
    expect(
      await page.$$eval("[data-search-results] mark", (marks) => marks.map((m) => m.textContent)),
    ).toContain("Starigard");
    expect(await page.$$("[data-facet=type] input")).not.toHaveLength(0);
  });

  it("filters with the facets and searches the English index in English", async () => {
    const page = await search("/en/search/", "church");
    await page.check("[data-facet=type] input[value=item]");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("type") === "item");
    await page.waitForFunction(() => !document.querySelector("showroom-search[aria-busy]"));
    const hrefs = await page.$$eval("a[data-result]", (links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith("/en/objects/"))).toBe(true);
  });

  it("sends only the search-only key, and only to the configured Meilisearch", () => {
    expect(recorded.length).toBeGreaterThan(0);
    for (const page of recorded) {
      for (const url of page.foreignRequests) expect(new URL(url).origin).toBe(new URL(meili.host).origin);
      expect(page.consoleErrors).toEqual([]);
    }
    if (meili.recorder) {
      const searches = meili.recorder.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith("/search"),
      );
      expect(searches.length).toBeGreaterThan(0);
      for (const request of searches) expect(request.authorization).toBe(`Bearer ${searchKey}`);
      expect(
        meili.recorder.requests.some(
          (r) =>
            r.authorization === `Bearer ${searchKey}` &&
            !r.path.endsWith("/search") &&
            r.method !== "OPTIONS",
        ),
      ).toBe(false);
    }
  });
});
