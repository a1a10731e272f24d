/**
 * The site built from the real demo snapshot: the object page and the embed of every demo scan
 * load the prepared levels (thumb, then web), never the original upload, and the button names
 * the size of what it loads. Real Strapi export, real Astro build, real Chromium.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { formatFileSize } from "../../viewer/src/i18n.ts";

interface SnapshotMedia {
  url: string;
  size: number;
}
interface SnapshotScan {
  slug: string;
  locale: string;
  title: string;
  model: SnapshotMedia;
  webModel?: SnapshotMedia | null;
  thumbModel?: SnapshotMedia | null;
  downloadAllowed: boolean;
}

let browser: Browser;
let server: StaticServer;
let dist = "";
let scans: SnapshotScan[] = [];

beforeAll(async () => {
  const snapshot = await ensureDemoSnapshot();
  scans = ["de", "en"].flatMap(
    (locale) =>
      JSON.parse(readFileSync(join(snapshot, "content", `scan.${locale}.json`), "utf8")) as SnapshotScan[],
  );
  dist = (await buildSite({ snapshotDir: snapshot })).outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every built page (path) whose HTML shows the viewer of `slug`'s scan: object pages and the embed. */
function pagesShowing(scan: SnapshotScan): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name === "index.html") {
        const html = readFileSync(join(dist, path), "utf8");
        const model = scan.webModel && basename(scan.webModel.url);
        // Object pages and embeds; the kiosk's pages (its turntable included) have their own tests.
        const objectOrEmbed = /^(objekte|en\/objects|embed)\//.test(dir);
        if (objectOrEmbed && model && html.includes("data-scan-viewer=") && html.includes(model)) {
          pages.push(`/${dir}/`);
        }
      }
    }
  };
  walk("");
  return pages;
}

describe("demo scans on the built site", () => {
  // The demo's one scan without download permission is a draft no object shows; the fixture site's
  // is checked in tests/site/build-output.test.ts.
  it("offer the original for download, labelled with its real size, only where the scan allows it", () => {
    const seen = { offered: 0 };
    for (const scan of scans) {
      const original = basename(scan.model.url);
      const objectPages = pagesShowing(scan).filter((path) => /^\/(en\/objects|objekte)\//.test(path));
      // A scan no object shows (only its embed) has no download link to check.
      for (const path of objectPages) {
        const html = readFileSync(join(dist, path, "index.html"), "utf8");
        const links = [...html.matchAll(/<a href="([^"]+)" download data-scan-download>([^<]*)<\/a>/g)];
        if (!scan.downloadAllowed) {
          expect(links, `${path} offers a download its scan does not allow`).toEqual([]);
          expect(html.includes(original), `${path} links the original`).toBe(false);
          continue;
        }
        expect(links, path).toHaveLength(1);
        const [, href, label] = links[0] as RegExpMatchArray;
        expect(basename(href ?? "")).toBe(original);
        const bytes = readFileSync(join(dist, href ?? "")).length;
        const locale = path.startsWith("/en/") ? "en" : "de";
        expect(label, path).toContain(formatFileSize(bytes, locale));
        seen.offered++;
      }
    }
    expect(seen.offered, "no demo object offers its original").toBeGreaterThan(0);
  });

  it("every demo scan has prepared levels, and the original is larger than what visitors load", () => {
    expect(scans.length).toBeGreaterThanOrEqual(2);
    for (const scan of scans) {
      expect(scan.webModel, scan.title).toBeTruthy();
      expect(scan.thumbModel, scan.title).toBeTruthy();
      expect(scan.webModel?.size ?? Number.POSITIVE_INFINITY, scan.title).toBeLessThan(scan.model.size);
    }
  });

  it("object page and embed of every demo scan load a derivative, never the original, with the size the button states", async () => {
    const seen = new Set<string>();
    for (const scan of scans) {
      const web = basename(scan.webModel?.url ?? "missing-web");
      const thumb = basename(scan.thumbModel?.url ?? "missing-thumb");
      const original = basename(scan.model.url);
      const pages = pagesShowing(scan).filter((page) => !seen.has(page));
      // Both languages share the levels: the first of them finds the pages of both.
      if (scan.locale === "en" && pages.length === 0) continue;
      expect(
        pages.some((page) => page.includes("/embed/")),
        `${scan.title}: embed page`,
      ).toBe(true);
      for (const path of pages) {
        seen.add(path);
        const { page, context, consoleErrors, foreignRequests } = await newRecordedPage(browser, server.url);
        try {
          const models: Array<{ file: string; bytes: number }> = [];
          page.on("response", async (response) => {
            const file = basename(new URL(response.url()).pathname);
            if (/\.(glb|gltf)$/.test(file)) models.push({ file, bytes: (await response.body()).byteLength });
          });
          await page.goto(`${server.url}${path}`);
          const button = page.locator("[data-scan-viewer-start]").first();
          const label = (await button.textContent()) ?? "";
          await button.click();
          await page.waitForSelector('[data-scan-viewer-stage][data-level="full"]', { timeout: 60_000 });
          await page.waitForLoadState("networkidle");
          const files = models.map((model) => model.file);
          expect(files, path).not.toContain(original === web ? "never-the-same" : original);
          expect(
            files.every((file) => file === web || file === thumb),
            `${path}: ${files.join(", ")}`,
          ).toBe(true);
          // The button names the bytes of the first file it loads.
          const first = models[0];
          expect(first, path).toBeDefined();
          expect(label, path).toContain(
            formatFileSize(first?.bytes ?? 0, path.startsWith("/en/") ? "en" : "de"),
          );
          expect(consoleErrors, path).toEqual([]);
          expect(foreignRequests, path).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
    // Scans shown on an object page (not every demo scan belongs to an object) were tested there too.
    expect([...seen].filter((page) => !page.includes("/embed/")).length).toBeGreaterThan(0);
    console.log(`demo scan pages checked: ${[...seen].sort().join(" ")}`);
  }, 600_000);
});
