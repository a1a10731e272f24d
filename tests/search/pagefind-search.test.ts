/**
 * The embedded search for real: the demo site built with its Pagefind index, served like a static
 * host, searched in Chromium through the search UI in both languages.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

let dist: string;
let server: StaticServer;
let browser: Browser;
const pages: RecordedPage[] = [];

beforeAll(async () => {
  const snapshotDir = await ensureDemoSnapshot();
  let build = await buildSite({ snapshotDir });
  // A cached build from before the search integration existed has no index: build again.
  if (!existsSync(join(build.outDir, "pagefind", "pagefind.js")))
    build = await buildSite({ snapshotDir, force: true });
  dist = build.outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openSearch(path: string): Promise<Page> {
  const recorded = await newRecordedPage(browser, server.url);
  pages.push(recorded);
  await recorded.page.goto(`${server.url}${path}`);
  await recorded.page.waitForSelector("showroom-search[data-ready]");
  return recorded.page;
}

async function typeAndWait(page: Page, term: string): Promise<void> {
  await page.fill("#search-q", term);
  await page.waitForFunction(
    (expected) =>
      new URL(location.href).searchParams.get("q") === expected &&
      !document.querySelector("showroom-search[aria-busy]"),
    term,
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

const resultHrefs = (page: Page) =>
  page.$$eval("a[data-result]", (links) => links.map((link) => link.getAttribute("href") ?? ""));

describe("embedded Pagefind search on the demo site", () => {
  it("builds one index per language from the detail pages only", () => {
    const entry = JSON.parse(readFileSync(join(dist, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.keys(entry.languages);
    expect(languages.some((language) => language.startsWith("de"))).toBe(true);
    expect(languages).toContain("en");
    for (const info of Object.values(entry.languages)) expect(info.page_count).toBeGreaterThan(5);
    const marked = htmlFiles(dist).filter((file) =>
      readFileSync(file, "utf8").includes("data-pagefind-body"),
    );
    expect(marked.some((file) => file.includes(`${join("suche", "index.html")}`))).toBe(false);
    const indexed = Object.values(entry.languages).reduce((sum, info) => sum + info.page_count, 0);
    expect(indexed).toBe(marked.length);
    const words = JSON.parse(readFileSync(join(dist, "search-words", "de.json"), "utf8")) as string[];
    expect(words).toContain("Starigard");
  });

  it("shows results as you type, grouped by type, with the typed word highlighted", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "Starigard");
    const groups = await page.$$eval("[data-group]", (sections) =>
      sections.map((s) => s.getAttribute("data-group")),
    );
    expect(groups).toContain("item");
    expect(groups).toContain("place");
    expect(await page.textContent("[data-group=item] h2")).toMatch(/^Objekte \(\d+\)$/);
    const hrefs = await resultHrefs(page);
    expect(hrefs.some((href) => href.startsWith("/objekte/"))).toBe(true);
    expect(hrefs.every((href) => !href.startsWith("/en/"))).toBe(true);
    const marks = await page.$$eval("[data-search-results] mark", (nodes) =>
      nodes.map((n) => n.textContent ?? ""),
    );
    expect(marks.some((mark) => /starigard/i.test(mark))).toBe(true);
    expect(await page.textContent("#search-status")).toMatch(/\d+ Treffer/);
  });

  it("filters by type and place with facet counts", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "Kirche");
    const before = (await resultHrefs(page)).length;
    expect(await page.$$("[data-facet=place] input")).not.toHaveLength(0);
    await page.check("[data-facet=type] input[value=item]");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("type") === "item");
    await page.waitForFunction(() => !document.querySelector("showroom-search[aria-busy]"));
    const items = await resultHrefs(page);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(before);
    expect(items.every((href) => href.startsWith("/objekte/"))).toBe(true);
    const place = await page.$eval("[data-facet=place] input", (input) => (input as HTMLInputElement).value);
    await page.check(`[data-facet=place] input[value="${place}"]`);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("place"));
    await page.waitForFunction(() => !document.querySelector("showroom-search[aria-busy]"));
    const metas = await page.$$eval(".search-hit-meta", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((meta) => meta.includes(place))).toBe(true);
  });

  it("offers epoch and 3D facets for heritage items", async () => {
    const page = await openSearch("/suche/?type=item");
    await page.waitForSelector("[data-facet=epoch]");
    expect(await page.$$("[data-facet=epoch] input")).not.toHaveLength(0);
    await page.check("[data-facet=has3d] input");
    await page.waitForFunction(() => new URL(location.href).searchParams.get("has3d") === "yes");
    await page.waitForFunction(() => !document.querySelector("showroom-search[aria-busy]"));
    const metas = await page.$$eval(".search-hit-meta", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((meta) => meta.includes("mit 3D-Modell"))).toBe(true);
  });

  it("searches the English index on the English search page", async () => {
    const page = await openSearch("/en/search/");
    await typeAndWait(page, "rampart");
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith("/en/"))).toBe(true);
    expect(await page.textContent("#search-status")).toMatch(/\d+ results?/);
    const headings = await page.$$eval("[data-group] h2", (nodes) => nodes.map((n) => n.textContent ?? ""));
    expect(
      headings.some((heading) => /^(Objects|Places|Tours|Tour stops|Events) \(\d+\)$/.test(heading)),
    ).toBe(true);
  });

  it("suggests Starigard for Starigrad and shows its results", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "Starigrad");
    expect(await page.getAttribute("[data-did-you-mean]", "data-did-you-mean")).toBe("Starigard");
    expect(await page.textContent(".search-correction")).toContain("Meinten Sie");
    expect((await resultHrefs(page)).length).toBeGreaterThan(0);
  });

  it("moves through the results with the arrow keys and back to the field with Escape", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "Kirche");
    await page.focus("#search-q");
    await page.keyboard.press("ArrowDown");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    const hrefs = await resultHrefs(page);
    expect(first).toBe(hrefs[0]);
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(hrefs[1]);
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
  });

  it("runs the search of a shared link at once", async () => {
    const page = await openSearch("/suche/?q=Taufengel&type=item");
    await page.waitForSelector("a[data-result]");
    expect(await page.inputValue("#search-q")).toBe("Taufengel");
    expect(await page.isChecked("[data-facet=type] input[value=item]")).toBe(true);
  });

  it("never finds draft content", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "ENTWURF");
    const titles = await page.$$eval("a[data-result]", (links) =>
      links.map((link) => link.textContent ?? ""),
    );
    expect(titles.filter((title) => /entwurf/i.test(title))).toEqual([]);
  });

  it("falls back to a plain form to the search page without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/orte/`);
      await page.goto(`${server.url}/suche/?q=Wall`);
      expect(await page.getAttribute("form[data-search-form]", "action")).toBe("/suche/");
      expect(await page.getAttribute("form[data-search-form]", "method")).toBe("get");
      const overviews = await page.$$eval("noscript a", (links) =>
        links.map((link) => link.getAttribute("href")),
      );
      expect(overviews).toEqual(["/objekte/", "/orte/", "/touren/", "/veranstaltungen/"]);
      await page.fill("#search-q", "Taufengel");
      await Promise.all([
        page.waitForURL(/\/suche\/\?q=Taufengel/),
        page.click("form[data-search-form] button"),
      ]);
    } finally {
      await context.close();
    }
  });

  it("has no axe violations with results, facets and a suggestion on screen", async () => {
    const page = await openSearch("/suche/");
    await typeAndWait(page, "Starigrad");
    await page.waitForSelector("[data-facet=type]");
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });

  it("made no third-party requests and logged no errors", () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const recorded of pages) {
      expect(recorded.foreignRequests).toEqual([]);
      expect(recorded.consoleErrors).toEqual([]);
    }
  });
});
