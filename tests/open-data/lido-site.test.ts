/**
 * LIDO in the built site (fixture snapshot, the build other site tests share): a record per item at
 * `/lido/<german slug>.xml` and the wrap `/lido/alle.xml`, valid LIDO 1.1 with every linked media
 * file in the build; and the "Daten & Lizenz" section of the object pages in both languages, whose
 * links (LIDO, IIIF with its logo, JSON-LD, model download with licence) all reach files of the
 * build, with no script and no axe violation.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { lidoRecordPath, lidoWrapPath, objectPath } from "@showroom/content-types/url-scheme";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { withSecurityHeaders } from "../support/site-server.ts";
import { lidoValidationSkipReason, validateLido } from "./lido-xmllint.ts";

/** The address the test build writes into absolute URLs (the site build's default PUBLIC_SITE_URL). */
const BASE = "http://localhost:4321";
const skipReason = lidoValidationSkipReason();
let dist = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const lidoFiles = () => readdirSync(join(dist, "lido")).map((file) => join(dist, "lido", file));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** The "Daten & Lizenz" section of a page. */
const openData = (path: string) =>
  /<section[^>]*class="[^"]*open-data[\s\S]*?<\/section>/.exec(html(path))?.[0] ?? "";
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? "");

describe("LIDO in the built site", () => {
  it("writes a record per item, by its German slug, and the wrap of all items", () => {
    const files = readdirSync(join(dist, "lido"));
    expect(files).toContain("alle.xml");
    expect(existsSync(join(dist, lidoRecordPath("fundstueck-1")))).toBe(true);
    expect(existsSync(join(dist, lidoRecordPath("find-1")))).toBe(false);
    const wrap = readFileSync(join(dist, lidoWrapPath()), "utf8");
    expect(wrap.split("<lido:lido ").length - 1).toBe(files.length - 1);
    expect(wrap).toContain(`<lido:recordInfoLink>${BASE}/en/objects/find-1/</lido:recordInfoLink>`);
  });

  it.skipIf(skipReason)("gives valid LIDO 1.1 in every file (0 xmllint errors)", async () => {
    const files = lidoFiles();
    const { valid, errors } = await validateLido(files);
    expect(errors).toBe("");
    expect(valid.sort()).toEqual(files.sort());
  });

  it("links only media files that the build contains", () => {
    const links = [
      ...readFileSync(join(dist, lidoWrapPath()), "utf8").matchAll(/<lido:linkResource[^>]*>([^<]+)</g),
    ].map((match) => match[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    const missing = links.filter(
      (url) => !url.startsWith(`${BASE}/`) || !existsSync(join(dist, url.slice(BASE.length))),
    );
    expect(missing).toEqual([]);
  });
});

describe("the object page's Daten & Lizenz section", () => {
  it.each([
    ["de", objectPath("de", "fundstueck-1")],
    ["en", objectPath("en", "find-1")],
  ] as const)(
    "links LIDO, IIIF, JSON-LD and the model download with its licence (%s), all files of the build",
    (locale, path) => {
      const section = openData(path);
      expect(section).toContain(locale === "de" ? "Daten &amp; Lizenz" : "Data &amp; licence");
      const links = hrefs(section);
      expect(links).toContain(lidoRecordPath("fundstueck-1"));
      expect(links).toContain("/iiif/fundstueck-1/manifest.json");
      expect(links.some((href) => href.startsWith("/json/"))).toBe(true);
      expect(section).toMatch(/<img src="\/iiif-logo\.svg" alt="IIIF"/);
      expect(section).toMatch(/<a href="\/media\/[^"]+\.glb" download/);
      expect(section).toContain('rel="license"');
      const local = links.filter((href) => href.startsWith("/"));
      expect(local.filter((href) => !existsSync(join(dist, href)))).toEqual([]);
      expect(existsSync(join(dist, "iiif-logo.svg"))).toBe(true);
    },
  );

  it("leaves out the IIIF link of an item without image or scan (it has no manifest)", () => {
    const section = openData(objectPath("de", "fundstueck-3"));
    expect(hrefs(section)).toContain(lidoRecordPath("fundstueck-3"));
    expect(section).not.toContain("/iiif/");
  });

  it("has no axe violations and adds no script, in both languages", async () => {
    server = await serveStatic(dist, { intercept: withSecurityHeaders });
    browser = await launchBrowser();
    const violations: string[] = [];
    for (const path of [objectPath("de", "fundstueck-1"), objectPath("en", "find-1")]) {
      expect(openData(path)).not.toContain("<script");
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      const result = await new AxeBuilder({ page }).analyze();
      violations.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}×) ${v.help}`));
      await context.close();
    }
    expect(violations).toEqual([]);
  });
});
