/** A long object list is split into pages; its filters still search every object (through the filter index). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

let dist = "";
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot({ items: 100 }) })).outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cardsIn = (path: string) =>
  readFileSync(join(dist, path, "index.html"), "utf8").match(/<li class="card" data-object-card/g)?.length ??
  0;

describe("a long object list", () => {
  it("is split into pages of 48 that link to each other, in both languages", () => {
    expect(cardsIn("objekte")).toBe(48);
    expect(cardsIn("objekte/seite/2")).toBe(48);
    expect(cardsIn("en/objects/page/3")).toBe(4);
    const second = readFileSync(join(dist, "objekte", "seite", "2", "index.html"), "utf8");
    expect(second).toContain('href="/objekte/" rel="prev"');
    expect(second).toContain('href="/objekte/seite/3/" rel="next"');
    expect(second).toMatch(/hreflang="en" href="[^"]*\/en\/objects\/page\/2\/"/);
    const index = JSON.parse(readFileSync(join(dist, "json", "en", "objects.json"), "utf8"));
    expect(index.rows).toHaveLength(100);
  });

  it("filters across all pages and returns to the page when the filters are reset", async () => {
    const recorded = await newRecordedPage(browser, server.url);
    const { page } = recorded;
    await page.goto(`${server.url}/en/objects/page/2/`);
    const visible = () => page.locator("[data-object-card]:visible").count();
    expect(await visible()).toBe(48);
    await page.getByLabel("Only with 3D model").check();
    await expect.poll(visible).toBe(1);
    expect(await page.locator("[data-object-card]:visible a").getAttribute("href")).toBe(
      "/en/objects/find-1/",
    );
    expect(await page.locator("[data-object-pager]").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(visible).toBe(48);
    await page.getByLabel("Place").selectOption({ label: "St John's Church (50)" });
    await expect.poll(visible).toBe(50);
    await expect.poll(() => page.locator("[data-filter-status]").textContent()).toBe("50 objects");
    await page.goto(`${server.url}/objekte/?licence=cc0`);
    await expect.poll(visible).toBe(25);
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  });
});
