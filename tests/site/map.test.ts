/**
 * The maps in Chromium (360 px and 1366 px), served with the site's real security headers: the
 * overview map (/karte/, /en/map/) lists every place, a tour's map shows its stops numbered in
 * order, the interactive map loads only the site's own files and only when opened, the keyboard
 * reaches every marker, "near me" sorts by a mocked position, axe finds nothing, the page does not
 * shift, and pages without the interactive map ship no map script.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { withSecurityHeaders } from "../support/site-server.ts";
import { FIXTURE_PAGES } from "./pages.ts";

let browser: Browser;
let server: StaticServer;
let dist = "";

const page = (type: string) => {
  const found = FIXTURE_PAGES.find((entry) => entry.type === type);
  if (!found) throw new Error(`tests/site/pages.ts has no "${type}" page`);
  return found;
};
const TOUR = page("tour");
const STOP = page("stop");
const PLACE = page("place");
const WIDTHS = [360, 1366] as const;

beforeAll(async () => {
  dist = (await buildSite({ snapshotDir: await ensureFixtureSnapshot() })).outDir;
  server = await serveStatic(dist, {
    // Like the site server of `npm start`: every response carries the real security headers.
    intercept: withSecurityHeaders,
  });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** The stops a tour page lists, in order (links and titles). */
const tourStops = (path: string) =>
  [
    ...(html(path).match(/<ol class="stops"[\s\S]*?<\/ol>/)?.[0] ?? "").matchAll(
      /<li><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g,
    ),
  ].map((match) => ({ href: match[1] ?? "", title: match[2] ?? "" }));
const scriptSources = (path: string) =>
  [...html(path).matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? "");

/** Sums the layout shifts of a page load that no input caused (what CLS counts). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

async function openInteractiveMap(page: Page): Promise<void> {
  await page.locator("[data-map-open]").click();
  await page.waitForSelector("[data-map-interactive][data-map-ready]", { timeout: 15_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) => `${page.url()}: ${violation.id} (${violation.nodes.length}×) ${violation.help}`,
  );
}

describe("the maps", () => {
  it("puts every place on the overview map and lists every place and stop, in both languages", () => {
    for (const [overview, places] of [
      ["/karte/", "/orte/"],
      ["/en/map/", "/en/places/"],
    ] as const) {
      const placeLinks = [...html(places).matchAll(/<h2><a href="([^"]+)"/g)].map((match) => match[1]);
      expect(placeLinks.length).toBeGreaterThan(0);
      const map = html(overview);
      expect(map.match(/class="map-marker map-marker--place"/g)?.length, overview).toBe(placeLinks.length);
      for (const link of placeLinks) expect(map, `${overview} links ${link}`).toContain(`href="${link}"`);
      const stops = tourStops(TOUR[overview === "/karte/" ? "de" : "en"]);
      expect(stops.length).toBeGreaterThan(0);
      for (const { href } of stops) expect(map, `${overview} lists ${href}`).toContain(`href="${href}"`);
      expect(map, "the demo basemap is marked").toMatch(/class="map-demo-note"/);
    }
  });

  it("draws a small map on place and stop pages in both languages, without any map script", () => {
    for (const path of [PLACE.de, PLACE.en, STOP.de, STOP.en]) {
      expect(html(path), path).toMatch(/<svg class="map-svg"[^>]*role="img"/);
      expect(
        scriptSources(path).filter((src) => /map/i.test(src)),
        path,
      ).toEqual([]);
    }
    for (const path of ["/", "/orte/", "/objekte/fundstueck-2/", "/impressum/"])
      expect(
        scriptSources(path).filter((src) => /map/i.test(src)),
        path,
      ).toEqual([]);
  });

  it("draws the tour's route with its stops numbered in order, before and after the map is opened", async () => {
    const stopLinks = tourStops(TOUR.de).map((stop) => stop.title);
    expect(stopLinks.length).toBeGreaterThanOrEqual(2);
    const numbers = [
      ...html(TOUR.de).matchAll(
        /<g class="map-marker[^"]*"[^>]*><circle[^>]*><\/circle><text[^>]*>(\d+)<\/text>/g,
      ),
    ].map((m) => Number(m[1]));
    expect(numbers).toEqual(stopLinks.map((_, index) => index + 1));
    expect(html(TOUR.de)).toMatch(/<path class="map-route" d="M[^"]+L/);

    const { page: tab, context } = await newRecordedPage(browser, server.url, {
      viewport: { width: 360, height: 740 },
    });
    await tab.goto(`${server.url}${TOUR.de}`);
    await openInteractiveMap(tab);
    const labels = await tab
      .locator(".map-pin")
      .evaluateAll((pins) => pins.map((pin) => pin.getAttribute("aria-label")));
    expect(labels).toEqual(stopLinks.map((title, index) => `Station ${index + 1}: ${title}`));
    expect(await tab.locator(".map-surface .map-route").getAttribute("d")).toMatch(/^M[^L]+L/);
    await context.close();
  });

  for (const width of WIDTHS) {
    it(`loads the interactive map at ${width} px only when opened, from the site's own files, without shift or axe violations`, async () => {
      const recorded = await newRecordedPage(browser, server.url, { viewport: { width, height: 800 } });
      const { page: tab, context, foreignRequests, consoleErrors } = recorded;
      const requests: string[] = [];
      tab.on("request", (request) => requests.push(request.url()));
      const problems: string[] = [];
      tab.on("response", (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      // Both overview pages at both widths; the tour page and the small maps of place and stop
      // pages split between the widths (each language once), which keeps the file fast.
      const narrow = width === WIDTHS[0];
      for (const path of ["/karte/", "/en/map/", ...(narrow ? [TOUR.de] : [TOUR.en])]) {
        requests.length = 0;
        await tab.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
        expect(await layoutShift(tab), `${path}: layout shift while loading`).toBeLessThanOrEqual(0.05);
        expect(
          requests.filter((url) => /basemap|map-view/.test(url)),
          `${path} before opening`,
        ).toEqual([]);
        const before = await tab.locator("[data-map-box]").boundingBox();
        await openInteractiveMap(tab);
        const after = await tab.locator("[data-map-box]").boundingBox();
        expect(after?.height, `${path}: the map keeps its box`).toBeCloseTo(before?.height ?? 0, 0);
        expect(
          requests.some((url) => url.endsWith("/map/basemap.geojson")),
          `${path} fetched the basemap`,
        ).toBe(true);
        expect(await tab.locator(".map-surface .map-water").getAttribute("d"), `${path} draws water`).toMatch(
          /^M/,
        );
        problems.push(...(await axeViolations(tab)));
        // Drag and wheel move the map: the first marker moves with it.
        const pin = tab.locator(".map-pin").first();
        const start = await pin.boundingBox();
        const surface = await tab.locator(".map-surface").boundingBox();
        if (!start || !surface) throw new Error(`${path}: no marker or map surface`);
        // From a corner: the markers sit in the middle of a fitted view.
        await tab.mouse.move(surface.x + 12, surface.y + surface.height - 12);
        await tab.mouse.down();
        await tab.mouse.move(surface.x + 52, surface.y + surface.height - 32, { steps: 4 });
        await tab.mouse.up();
        await tab.waitForTimeout(50);
        const moved = await pin.boundingBox();
        expect((moved?.x ?? 0) - start.x, `${path}: dragging pans`).toBeGreaterThan(20);
      }
      for (const path of narrow ? [PLACE.de, STOP.en] : [PLACE.en, STOP.de]) {
        await tab.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
        problems.push(...(await axeViolations(tab)));
      }
      expect(problems).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it("zooms in with a two-finger pinch and out with the mouse wheel", async () => {
    const { page: tab, context } = await newRecordedPage(browser, server.url, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await tab.goto(`${server.url}${TOUR.de}`);
    await openInteractiveMap(tab);
    const spread = async () => {
      const boxes = await tab.locator(".map-pin").evaluateAll((pins) =>
        pins.map((pin) => {
          const box = pin.getBoundingClientRect();
          return [box.x, box.y] as const;
        }),
      );
      const [a, b] = [boxes[0] ?? [0, 0], boxes[boxes.length - 1] ?? [0, 0]];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    };
    const surface = await tab.locator(".map-surface").boundingBox();
    if (!surface) throw new Error("no map surface");
    const before = await spread();
    // Two fingers near the bottom edge (away from the markers in the middle) moving apart.
    const y = Math.round(surface.y + surface.height - 10);
    const cx = surface.x + surface.width / 2;
    const cdp = await context.newCDPSession(tab);
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", gap: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints:
          type === "touchEnd"
            ? []
            : [
                { x: Math.round(cx - gap), y, id: 1 },
                { x: Math.round(cx + gap), y, id: 2 },
              ],
      });
    await touch("touchStart", 30);
    for (const gap of [45, 60, 75, 90]) await touch("touchMove", gap);
    await touch("touchEnd", 0);
    await tab.waitForTimeout(50);
    const pinched = await spread();
    expect(pinched, "pinch apart zooms in").toBeGreaterThan(before * 1.8);
    await tab.mouse.move(cx, y);
    await tab.mouse.wheel(0, 400);
    await tab.waitForTimeout(50);
    expect(await spread(), "wheel down zooms out").toBeLessThan(pinched * 0.7);
    await context.close();
  });

  it("says so when the basemap cannot be loaded and opens on the next try", async () => {
    const { page: tab, context } = await newRecordedPage(browser, server.url, {
      viewport: { width: 360, height: 740 },
    });
    await tab.goto(`${server.url}/en/map/`, { waitUntil: "networkidle" });
    await tab.route("**/map/basemap.geojson", (route) => route.abort("internetdisconnected"));
    await tab.locator("[data-map-open]").click();
    await expect
      .poll(() => tab.locator("[data-map-status]").textContent())
      .toContain("The map could not be loaded");
    expect(await tab.locator("[data-map-open]").isEnabled()).toBe(true);
    expect(await tab.locator("svg[data-map-static]").count(), "the build-time map stays").toBe(1);
    await tab.unroute("**/map/basemap.geojson");
    await openInteractiveMap(tab);
    expect(await tab.locator("[data-map-status]").textContent()).toBe("");
    await context.close();
  });

  it("lets the keyboard reach every marker, open its popup and return", async () => {
    const { page: tab, context } = await newRecordedPage(browser, server.url, {
      viewport: { width: 1366, height: 800 },
    });
    await tab.goto(`${server.url}${TOUR.en}`);
    await openInteractiveMap(tab);
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe("map-surface");
    await tab.keyboard.press("+");
    const pins = await tab.locator(".map-pin").count();
    const reached: string[] = [];
    for (let i = 0; i < pins; i++) {
      await tab.keyboard.press("Tab");
      reached.push((await tab.evaluate(() => document.activeElement?.getAttribute("aria-label"))) ?? "");
    }
    expect(reached).toEqual(
      await tab.locator(".map-pin").evaluateAll((all) => all.map((pin) => pin.getAttribute("aria-label"))),
    );
    await tab.keyboard.press("Enter");
    const link = await tab.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute("href"),
    );
    expect(link).toBe(tourStops(TOUR.en)[pins - 1]?.href);
    await tab.keyboard.press("Escape");
    expect(await tab.evaluate(() => document.activeElement?.classList.contains("map-pin"))).toBe(true);
    expect(await tab.locator(".map-popup").isHidden()).toBe(true);
    await context.close();
  });

  it("sorts places and stops by distance from the visitor's position after the button is pressed", async () => {
    // South of both places: the church (54.2925) is nearer than the rampart (54.2942), the reverse of the list.
    const position = { latitude: 54.29, longitude: 10.886 };
    const {
      page: tab,
      context,
      foreignRequests,
    } = await newRecordedPage(browser, server.url, {
      viewport: { width: 360, height: 740 },
      geolocation: position,
      permissions: ["geolocation"],
      locale: "de-DE",
    });
    await tab.goto(`${server.url}/karte/`, { waitUntil: "networkidle" });
    const order = () =>
      tab
        .locator("[data-near-list]")
        .evaluateAll((lists) =>
          lists.map((list) =>
            [...list.querySelectorAll("li")].map((item) => item.querySelector("a")?.textContent ?? ""),
          ),
        );
    const before = await order();
    await tab.locator("[data-near-me-button]").click();
    await tab.waitForFunction(() =>
      document.querySelector("[data-near-me-status]")?.textContent?.includes("sortiert"),
    );
    const after = await order();
    const metres = await tab
      .locator("[data-near-list]")
      .evaluateAll((lists) =>
        lists.map((list) =>
          [...list.querySelectorAll("li")].map((item) => Number((item as HTMLElement).dataset.metres)),
        ),
      );
    for (const list of metres) expect(list).toEqual([...list].sort((a, b) => a - b));
    expect(before[0]?.[0]).toContain("Wall");
    expect(after[0]).toEqual([...(before[0] ?? [])].reverse());
    expect(after[1]?.length).toBe(before[1]?.length);
    expect(await tab.locator("[data-near-list] [data-distance]").first().textContent()).toMatch(
      /\d+ m entfernt|km entfernt/,
    );
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
