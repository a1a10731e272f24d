/**
 * A kiosk locked to one language (KIOSK_LANGUAGES=en): only English kiosk pages, no language
 * toggle, the German kiosk address forwards to the English start screen, and the worker is
 * registered for the English scope only.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { kioskPages } from "../../site/src/lib/kiosk/integration.ts";
import { type SiteServer, startSiteServer } from "../support/site-server.ts";

let dist = "";
let browser: Browser;
let site: SiteServer;
let origin = "";

beforeAll(async () => {
  const snapshotDir = await ensureFixtureSnapshot();
  dist = (await buildSite({ snapshotDir, env: { KIOSK_LANGUAGES: "en", KIOSK_IDLE_SECONDS: "30" } })).outDir;
  site = await startSiteServer(dist);
  origin = site.origin;
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe("a kiosk locked to English", () => {
  it("builds English kiosk pages only, without a language toggle", () => {
    const pages = kioskPages(dist);
    expect(pages.filter((path) => !path.startsWith("/en/kiosk/"))).toEqual(["/kiosk/"]);
    expect(pages.length).toBeGreaterThan(3);
    expect(existsSync(join(dist, "kiosk", "touren"))).toBe(false);
    for (const path of pages.filter((page) => page.startsWith("/en/"))) {
      expect(readFileSync(join(dist, path, "index.html"), "utf8"), path).not.toContain("data-kiosk-language");
    }
  });

  it("forwards the German kiosk address to the English start screen and installs the worker for English only", async () => {
    const recorded = await newRecordedPage(browser, origin);
    const { page } = recorded;
    await page.goto(`${origin}/kiosk/`);
    await page.waitForURL(`${origin}/en/kiosk/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await expect
      .poll(() =>
        page.evaluate(async () =>
          (await navigator.serviceWorker.getRegistrations()).map(
            (registration) => new URL(registration.scope).pathname,
          ),
        ),
      )
      .toEqual(["/en/kiosk/"]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 60_000);
});
