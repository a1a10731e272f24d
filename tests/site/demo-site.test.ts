/**
 * The site built from the real demo snapshot (seeded Strapi, exported through REST): one page of
 * every type, in both languages, renders in Chromium without foreign requests or axe violations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, loadAllImages, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

let browser: Browser;
let server: StaticServer;
let dist = "";

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureDemoSnapshot() })).outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The first page below a folder of the build, e.g. firstPage("objekte") → "/objekte/<slug>/". */
function firstPage(folder: string, depth = 1): string | undefined {
  const walk = (dir: string, level: number): string | undefined => {
    for (const entry of readdirSync(join(dist, dir), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (!entry.isDirectory()) continue;
      const path = `${dir}/${entry.name}`;
      if (level === depth) return `/${path}/`;
      const deeper = walk(path, level + 1);
      if (deeper) return deeper;
    }
    return undefined;
  };
  return walk(folder, 1);
}

/** The English version of a German page, from its hreflang link. */
function englishOf(path: string): string | undefined {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  const href = html.match(/hreflang="en" href="([^"]+)"/)?.[1];
  return href && new URL(href).pathname;
}

describe("the site built from the demo content", () => {
  it("renders every page type in both languages without foreign requests or axe violations", async () => {
    const german = [
      "/",
      "/objekte/",
      firstPage("objekte"),
      "/orte/",
      firstPage("orte"),
      "/touren/",
      firstPage("touren"),
      firstPage("touren", 2),
      "/barrierefreiheit/",
    ];
    const paths = german.filter((path): path is string => Boolean(path));
    expect(paths.length).toBe(german.length);
    const all = [...paths, ...paths.map((path) => englishOf(path) ?? `missing English of ${path}`)];
    const problems: string[] = [];
    const recorded = await newRecordedPage(browser, server.url, { viewport: { width: 320, height: 640 } });
    for (const path of all) {
      const response = await recorded.page.goto(`${server.url}${path}`, { waitUntil: "load" });
      if (response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      await loadAllImages(recorded.page);
      const overflow = await recorded.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 1) problems.push(`${path}: ${overflow}px wider than a 320px screen`);
      const axe = await new AxeBuilder({ page: recorded.page }).analyze();
      for (const violation of axe.violations) {
        problems.push(
          `${path}: axe ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
      }
    }
    if (recorded.foreignRequests.length)
      problems.push(`foreign requests: ${recorded.foreignRequests.join(", ")}`);
    if ((await recorded.context.cookies()).length) problems.push("cookies were set");
    if (recorded.consoleErrors.length) problems.push(`console errors: ${recorded.consoleErrors.join(" | ")}`);
    await recorded.context.close();
    expect(problems).toEqual([]);
  }, 300_000);
});
