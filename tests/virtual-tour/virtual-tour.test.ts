/**
 * The virtual tour of the demo site in Chromium (SwiftShader WebGL), served with the site's real
 * security headers: poster first with no viewer code, a walk from stop 1 to the last by the
 * hotspots (mouse, then keyboard), the stop's audio guide in place, tiles loaded by view (never the
 * whole panorama), a deep link to a stop and direction, the list that needs neither JavaScript nor
 * WebGL, and axe in both languages.
 */
import AxeBuilder from "@axe-core/playwright";
import { tourPath, virtualTourPath } from "@showroom/content-types/url-scheme";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TOUR_STOPS, DEMO_TOURS } from "../../scripts/src/demo/demo-content/index.ts";
import { launchBrowser, newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { withSecurityHeaders } from "../support/site-server.ts";

let browser: Browser;
let server: StaticServer;
const opened: RecordedPage[] = [];

const tour = DEMO_TOURS.find((candidate) => candidate.slug.de === "rundgang-starigard");
const stops = DEMO_TOUR_STOPS.filter((stop) => stop.tour === tour?.slug.de && !stop.draft).sort(
  (a, b) => a.position - b.position,
);
const pathIn = (locale: "de" | "en") => {
  if (!tour) throw new Error("the demo has no wall tour");
  return virtualTourPath(locale, tour.slug[locale]);
};

beforeAll(async () => {
  const snapshotDir = await ensureDemoSnapshot();
  const dist = (await buildSite({ snapshotDir })).outDir;
  server = await serveStatic(dist, { intercept: withSecurityHeaders });
  browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}) {
  const recorded = await newRecordedPage(browser, server.url, {
    viewport: { width: 1366, height: 900 },
    ...options,
  });
  opened.push(recorded);
  const requests: string[] = [];
  recorded.page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await recorded.page.goto(`${server.url}${path}`);
  return { ...recorded, requests };
}

const currentStop = (page: Page) => page.locator("canvas.virtual-tour__canvas").getAttribute("data-stop");

describe("the virtual tour", () => {
  it("shows the poster and the start button without loading the viewer, and walks from stop 1 to the last by hotspots: mouse, then keyboard", async () => {
    const { page, requests, consoleErrors, foreignRequests } = await open(pathIn("de"));
    await expect.poll(() => page.locator("[data-virtual-tour-start]").isVisible()).toBe(true);
    expect(requests.some((path) => path.includes("/panoramas/") && !path.endsWith("preview.jpg"))).toBe(
      false,
    );
    const scriptsBefore = requests.filter((path) => path.endsWith(".js"));
    await page.click("[data-virtual-tour-start]");
    await expect.poll(() => currentStop(page), { timeout: 60_000 }).toBe("1");
    expect(requests.filter((path) => path.endsWith(".js")).length).toBeGreaterThan(scriptsBefore.length);
    await expect
      .poll(() => page.locator(".virtual-tour__status").textContent())
      .toContain(`Station 1 von ${stops.length}`);
    // The stop's audio guide plays in place: the same page, the stop's file.
    expect(await page.locator(".virtual-tour__panel audio").getAttribute("src")).toMatch(/\/media\//);

    // Stop 1 → 2 with the mouse on the hotspot over the canvas.
    await page.locator(".virtual-tour__hotspot", { hasText: "Weiter:" }).click();
    await expect.poll(() => currentStop(page)).toBe("2");

    // The rest by keyboard: focus is back on the view; Tab reaches the hotspot "Weiter: …", Enter walks.
    for (let number = 3; number <= stops.length; number++) {
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("CANVAS");
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
      expect(focused, `stop ${number - 1}`).toMatch(/^Weiter: /);
      await page.keyboard.press("Enter");
      await expect.poll(() => currentStop(page)).toBe(String(number));
    }
    await expect
      .poll(() => page.locator(".virtual-tour__status").textContent())
      .toContain(`Station ${stops.length} von ${stops.length}: ${stops.at(-1)?.title.de}`);
    // The address follows the view after the status line (history is written once the stop is shown).
    await expect.poll(() => page.url()).toContain(`#stop=${stops.length}&`);
    expect(await page.locator(".virtual-tour__hotspot", { hasText: "Weiter:" }).count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 120_000);

  it("loads the preview, then only the tiles in view, more when the visitor turns, and never the whole panorama", async () => {
    const { page, requests } = await open(`${pathIn("de")}#stop=1&yaw=0&pitch=0`);
    await expect.poll(() => currentStop(page), { timeout: 60_000 }).toBe("1");
    const tiles = () => requests.filter((path) => /\/panoramas\/[^/]+\/\d+\/\d+_\d+\.jpg$/.test(path));
    await expect.poll(() => tiles().length, { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    const columns = (list: string[]) =>
      new Set(list.map((path) => Number(/(\d+)_\d+\.jpg$/.exec(path)?.[1])));
    const first = tiles();
    // 4096 px level: 8 columns of 45°. Looking at yaw 0, the columns behind (yaw ±135…180) are not asked for.
    expect(first.every((path) => /\/1\/\d+_\d+\.jpg$/.test(path))).toBe(true);
    expect(columns(first).has(0)).toBe(false);
    expect(columns(first).has(7)).toBe(false);
    expect(first.length).toBeLessThan(16);
    await page.locator("canvas.virtual-tour__canvas").focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => columns(tiles()).has(7), { timeout: 30_000 }).toBe(true);
    expect(requests.some((path) => path.startsWith("/media/") && path.includes("panorama"))).toBe(false);
    expect(requests.filter((path) => path.endsWith("/preview.jpg")).length).toBeGreaterThan(0);
  }, 120_000);

  it("opens a deep link at its stop and direction", async () => {
    const { page } = await open(`${pathIn("en")}#stop=3&yaw=120&pitch=-5`);
    await expect.poll(() => currentStop(page), { timeout: 60_000 }).toBe("3");
    const view = await page.evaluate(
      () =>
        (document.querySelector("[data-virtual-tour]") as HTMLElement & { virtualTour?: { view: unknown } })
          .virtualTour?.view,
    );
    expect(view).toMatchObject({ stop: 3 });
    const { yaw, pitch } = view as { yaw: number; pitch: number };
    expect(yaw).toBeCloseTo(120, 0);
    expect(pitch).toBeCloseTo(-5, 0);
    await expect
      .poll(() => page.locator(".virtual-tour__status").textContent())
      .toContain(`Stop 3 of ${stops.length}`);
  }, 120_000);

  it("offers the tour as a list that works without JavaScript, and says so when there is no WebGL", async () => {
    const { page } = await open(tourPath("de", tour?.slug.de ?? ""), { javaScriptEnabled: false });
    // The tour's page leads to its virtual visit.
    await page.click("a[data-virtual-tour-link]");
    expect(new URL(page.url()).pathname).toBe(pathIn("de"));
    expect(await page.locator("[data-virtual-tour-start]").isVisible()).toBe(false);
    const items = page.locator("#liste ol > li");
    expect(await items.count()).toBe(stops.length);
    await page.locator('a[href="#station-2"]').first().click();
    expect(page.url()).toMatch(/#station-2$/);
    expect(await page.locator("#station-2 h3").textContent()).toContain(stops[1]?.title.de);
    const previewsLoaded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>("#liste ol > li > img")].map((image) => {
        image.loading = "eager";
        return image.src;
      }),
    );
    expect(previewsLoaded.every((src) => src.endsWith("/preview.jpg"))).toBe(true);
    // An information point holds in the list what it holds in the view: text, picture, sound.
    const infoStop = stops.findIndex((stop) => stop.code === "W2") + 1;
    const info = page.locator(`#station-${infoStop} details`).filter({ hasText: "Info: Bohlenbau" });
    await info.locator("summary").click();
    expect(await info.locator("p").textContent()).toContain("waagerecht geschichteten Bohlen");
    expect(await info.locator("img").getAttribute("alt")).toBe(
      "Demo-Grafik: Holzhaus mit Satteldach, die Wand aus waagerechten Bohlen",
    );
    expect(await info.locator("audio").getAttribute("aria-label")).toBe("Info: Bohlenbau: zum Anhören");
    expect(await info.locator("audio").getAttribute("src")).toMatch(/^\/media\/.+\.m4a$/);

    const noWebgl = await open(pathIn("en"));
    await noWebgl.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        kind: string,
        ...rest: unknown[]
      ) {
        return kind.startsWith("webgl") || kind === "experimental-webgl"
          ? null
          : (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
    });
    await noWebgl.page.reload();
    await noWebgl.page.click("[data-virtual-tour-start]");
    await expect
      .poll(() => noWebgl.page.locator(".virtual-tour__notice").textContent())
      .toContain("tour as a list");
    expect(await noWebgl.page.locator("#liste ol > li").count()).toBe(stops.length);
  }, 120_000);

  it("has no accessibility violations in either language, before and after the start", async () => {
    for (const locale of ["de", "en"] as const) {
      const { page } = await open(pathIn(locale));
      await expect.poll(() => page.locator("[data-virtual-tour-start]").isVisible()).toBe(true);
      const before = await new AxeBuilder({ page }).analyze();
      expect(
        before.violations.map((violation) => `${locale}: ${violation.id} ${violation.nodes[0]?.html}`),
      ).toEqual([]);
      await page.click("[data-virtual-tour-start]");
      await expect.poll(() => currentStop(page), { timeout: 60_000 }).toBe("1");
      const after = await new AxeBuilder({ page }).analyze();
      expect(
        after.violations.map((violation) => `${locale}: ${violation.id} ${violation.nodes[0]?.html}`),
      ).toEqual([]);
    }
  }, 120_000);
});
