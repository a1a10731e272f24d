/**
 * Pages that feel like a museum, in Chromium at a phone's 360 px and a laptop's 1366 px, on the site
 * built from the demo content: a header of at most 64 px with a menu button, layouts without empty
 * columns, a home page that opens with a picture and the tours, object pages with a zoomable
 * gallery, licences at the images, related objects, tour links and a citation, and filters folded
 * behind one button whose count and results change visibly. One build for the whole file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { buildSite } from "../../scripts/src/dev/site-build.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";

let browser: Browser;
let server: StaticServer;
let snapshot = "";
let builtAt = 0;

beforeAll(async () => {
  snapshot = await ensureDemoSnapshot();
  builtAt = Date.now();
  const dist = (await buildSite({ snapshotDir: snapshot })).outDir;
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1366, height: 768 };

/** One page of every type, German and English. */
const PAGES = [
  ["/", "/en/"],
  ["/objekte/", "/en/objects/"],
  ["/objekte/taufengel/", "/en/objects/baptismal-angel/"],
  ["/orte/", "/en/places/"],
  ["/touren/", "/en/tours/"],
  ["/orte/st-johannis-kirche/", "/en/places/st-johns-church/"],
  ["/touren/st-johannis-entdecken/", "/en/tours/discover-st-johns/"],
  ["/touren/st-johannis-entdecken/der-taufengel/", "/en/tours/discover-st-johns/the-baptismal-angel/"],
  ["/karte/", "/en/map/"],
  ["/veranstaltungen/", "/en/events/"],
  ["/veranstaltungen/konzert-in-st-johannis/", "/en/events/concert-at-st-johns/"],
  ["/suche/", "/en/search/"],
  ["/impressum/", "/en/imprint/"],
] as const;

async function open(path: string, viewport = PHONE) {
  const recorded = await newRecordedPage(browser, server.url, { viewport });
  const response = await recorded.page.goto(`${server.url}${path}`, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  return recorded;
}

/** The English page of a German one, from its language switch (slugs differ per language). */
async function englishOf(page: Page): Promise<string> {
  const href = await page.locator("[data-language-switch]").getAttribute("href");
  if (!href) throw new Error(`${page.url()} has no language switch`);
  return href;
}

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (violation) =>
      `${page.url()}: ${violation.id} ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

describe("the site header on a phone", () => {
  it("is at most 64 px high on every page type in both languages, and its menu opens by keyboard", async () => {
    const problems: string[] = [];
    const recorded = await newRecordedPage(browser, server.url, { viewport: PHONE });
    const { page } = recorded;
    for (const [german, english] of PAGES) {
      for (const path of [german, english]) {
        await page.goto(`${server.url}${path}`, { waitUntil: "load" });
        const height = await page
          .locator(".site-header")
          .evaluate((header) => header.getBoundingClientRect().height);
        if (height > 64) problems.push(`${path}: header ${height} px`);
      }
    }
    await page.goto(`${server.url}/objekte/`);
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await nav.getByRole("link", { name: "Touren" }).isVisible()).toBe(false);
    await page.locator(".site-menu summary").focus();
    await page.keyboard.press("Enter");
    expect(await nav.getByRole("link", { name: "Touren" }).isVisible()).toBe(true);
    expect(await nav.getByRole("link", { name: "Karte" }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  }, 120_000);

  it("shows the whole navigation without a menu button on a laptop", async () => {
    const { page, context } = await open("/en/", LAPTOP);
    expect(await page.locator(".site-menu summary").isVisible()).toBe(false);
    expect(
      await page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("link", { name: "Tours" })
        .isVisible(),
    ).toBe(true);
    const height = await page
      .locator(".site-header")
      .evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(64);
    await context.close();
  });
});

describe("layouts on a laptop", () => {
  it("leave no grid column empty, and an object without description uses the width", async () => {
    const problems: string[] = [];
    const recorded = await newRecordedPage(browser, server.url, { viewport: LAPTOP });
    const { page } = recorded;
    for (const path of [
      "/objekte/taufengel/",
      "/objekte/ringwall-starigard/",
      "/orte/",
      "/touren/st-johannis-entdecken/",
    ]) {
      await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      problems.push(
        ...(await page.evaluate(() => {
          const found: string[] = [];
          for (const grid of document.querySelectorAll<HTMLElement>("main *")) {
            if (getComputedStyle(grid).display !== "grid" || grid.closest("dialog")) continue;
            const columns = getComputedStyle(grid).gridTemplateColumns.split(" ").length;
            const children = [...grid.children].filter((child) => getComputedStyle(child).display !== "none");
            if (columns > 1 && children.length < columns && !grid.matches(".cards, .gallery"))
              found.push(
                `${location.pathname}: ${grid.className} has ${columns} columns for ${children.length} children`,
              );
            for (const child of children)
              if (child.getBoundingClientRect().height === 0)
                found.push(`${location.pathname}: an empty column in ${grid.className}`);
          }
          return found;
        })),
      );
    }
    // The angel has no description: its image and its facts sit side by side across the width.
    await page.goto(`${server.url}/objekte/taufengel/`);
    const main = await page.locator("main .wrap, main").first().boundingBox();
    const media = await page.locator(".object-media").boundingBox();
    const text = await page.locator(".object-text").boundingBox();
    expect(media && text && main).toBeTruthy();
    if (media && text && main) {
      expect(text.x).toBeGreaterThan(media.x + media.width - 1);
      expect(text.x + text.width - media.x).toBeGreaterThan(0.85 * Math.min(main.width, 72 * 18));
    }
    expect(problems).toEqual([]);
    await recorded.context.close();
  });
});

describe("the home page", () => {
  it("opens with a picture and the tours, and says 'Jetzt live' exactly when an event is live at build time", async () => {
    const events = JSON.parse(readFileSync(join(snapshot, "content", "event-stream.de.json"), "utf8"));
    const rows: { start: string; end: string; statusOverride: string | null }[] = events.data ?? events;
    const liveAtBuild = rows.some(
      (event) =>
        event.statusOverride !== "cancelled" &&
        Date.parse(event.start) <= builtAt &&
        Date.parse(event.end) > builtAt,
    );
    for (const [path, badge] of [
      ["/", "Jetzt live"],
      ["/en/", "Live now"],
    ] as const) {
      const { page, context } = await open(path);
      const order = await page.evaluate(() => {
        const main = document.querySelector("main");
        const picture = main?.querySelector("img");
        const firstHeading = main?.querySelector("h2");
        const intro = main?.querySelector(".prose");
        return {
          pictureAboveFold: picture ? picture.getBoundingClientRect().top < window.innerHeight / 2 : false,
          pictureBeforeHeading: Boolean(
            picture &&
              firstHeading &&
              picture.compareDocumentPosition(firstHeading) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
          firstSection: firstHeading?.id,
          introAtEnd: !intro || intro.getBoundingClientRect().top > window.innerHeight,
        };
      });
      expect(order).toEqual({
        pictureAboveFold: true,
        pictureBeforeHeading: true,
        firstSection: "home-tours",
        introAtEnd: true,
      });
      expect((await page.locator("[data-live-now]").count()) > 0, `${path} live badge`).toBe(liveAtBuild);
      if (liveAtBuild)
        expect(await page.locator("[data-live-now] .badge-live").first().textContent()).toBe(badge);
      expect(await axeProblems(page)).toEqual([]);
      await context.close();
    }
  });
});

describe("an object page", () => {
  it("names licence and credit at each image and lets the visitor download it", async () => {
    const { page, context } = await open("/objekte/taufengel/");
    const figures = page.locator(".gallery figure");
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      expect(await figure.locator("[data-image-licence]").textContent()).toMatch(/Lizenz: \S/);
      expect(
        await figure.getByRole("link", { name: "Bild herunterladen" }).getAttribute("download"),
      ).not.toBeNull();
    }
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${server.url}${await englishOf(page)}`);
    expect(await page.locator("[data-image-licence]").first().textContent()).toMatch(/Licence: \S/);
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });

  it("opens the image in a viewer that zooms and pans by keyboard and by two fingers, and closes back to the image", async () => {
    const recorded = await open("/en/objects/baptismal-angel/");
    const { page } = recorded;
    const opener = page.getByRole("link", { name: /Enlarge image 1 of/ });
    await opener.click();
    const dialog = page.locator("dialog[data-zoom-viewer]");
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    const scale = () => dialog.evaluate((element) => Number((element as HTMLElement).dataset.scale));
    const transform = () =>
      page.locator("[data-zoom-image]").evaluate((image) => (image as HTMLElement).style.transform);
    await page.keyboard.press("+");
    expect(await scale()).toBe(1.5);
    const before = await transform();
    await page.keyboard.press("ArrowLeft");
    expect(await transform()).not.toBe(before);
    await page.getByRole("button", { name: "Whole image" }).click();
    expect(await scale()).toBe(1);
    await page.getByRole("button", { name: "Zoom in" }).click();
    expect(await scale()).toBe(1.5);
    await page.keyboard.press("0");
    // Two fingers moving apart: twice the distance, twice the size.
    const stage = await page.locator("[data-zoom-stage]").boundingBox();
    if (!stage) throw new Error("no zoom stage");
    const cx = stage.x + stage.width / 2;
    const cy = stage.y + stage.height / 2;
    await page.locator("[data-zoom-stage]").evaluate(
      (element, { cx, cy }) => {
        const fire = (type: string, pointerId: number, x: number) =>
          element.dispatchEvent(
            new PointerEvent(type, {
              pointerId,
              clientX: x,
              clientY: cy,
              bubbles: true,
              pointerType: "touch",
            }),
          );
        fire("pointerdown", 1, cx - 50);
        fire("pointerdown", 2, cx + 50);
        fire("pointermove", 2, cx + 150);
        fire("pointerup", 1, cx - 50);
        fire("pointerup", 2, cx + 150);
      },
      { cx, cy },
    );
    expect(await scale()).toBe(2);
    await page.keyboard.press("Escape");
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-gallery-open"))).toBe("");
    expect(await axeProblems(page)).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  });

  it("links related objects and the tour stops that show it, and offers a citation to copy", async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/objekte/taufengel/`);
    const related = page.getByRole("region", { name: "Ähnliche Objekte" });
    // Same church: the brick building and the tower cap.
    // Same church and the same epoch first: the tower cap, then the brick building.
    expect(await related.getByRole("heading").allTextContents()).toEqual(
      expect.arrayContaining(["Turmhaube der St.-Johannis-Kirche", "Backsteinbau der St.-Johannis-Kirche"]),
    );
    expect(await related.getByRole("link", { name: "Taufengel", exact: true }).count()).toBe(0);
    const tours = page.locator("[data-part-of-tours] a");
    expect(await tours.first().getAttribute("href")).toBe("/touren/st-johannis-entdecken/der-taufengel/");
    expect(await tours.first().textContent()).toMatch(/St\. Johannis entdecken, Station \d/);
    const citation = (await page.locator("[data-citation]").textContent()) ?? "";
    expect(citation).toMatch(
      /^.+: Taufengel \(\d{4}\)\. http\S+\/objekte\/taufengel\/ \(abgerufen am \d{1,2}\.\d{1,2}\.\d{4}\)\.$/,
    );
    await page.getByRole("button", { name: "Zitat kopieren" }).click();
    await expect.poll(() => page.locator("[data-copy-status]").textContent()).toBe("Kopiert.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    expect(await axeProblems(page)).toEqual([]);
    await context.close();
  });
});

describe("lists and search on a phone", () => {
  it("fold the object filters behind one button whose count and the result count change when a filter is set", async () => {
    const recorded = await open("/objekte/");
    const { page } = recorded;
    const toggle = page.locator("[data-filter-toggle] summary");
    expect(await toggle.textContent()).toBe("Filter");
    expect(await page.getByLabel("Ort").isVisible()).toBe(false);
    const status = page.locator("[data-filter-status]");
    const before = await status.textContent();
    await toggle.click();
    await page.getByLabel("Ort").selectOption({ index: 1 });
    await expect.poll(() => toggle.textContent()).toBe("Filter (1)");
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await axeProblems(page)).toEqual([]);
    expect(recorded.consoleErrors).toEqual([]);
    await recorded.context.close();
  });

  it("fold the search facets behind one button with the number of chosen values", async () => {
    const recorded = await open("/en/search/?q=church");
    const { page } = recorded;
    const toggle = page.locator(".search-filter-toggle summary");
    await expect.poll(() => toggle.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await toggle.textContent()).toBe("Filter");
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent()).not.toBe("");
    const before = await status.textContent();
    await toggle.click();
    await page.locator("[data-search-facets] input[type=checkbox]").first().check();
    await expect.poll(() => toggle.textContent()).toBe("Filter (1)");
    await expect.poll(() => status.textContent()).not.toBe(before);
    expect(await axeProblems(page)).toEqual([]);
    await recorded.context.close();
  });
});

describe("digits in text", () => {
  // Atkinson Hyperlegible Next as distributed (no plain-zero alternate in any npm build) draws a
  // slashed zero that reads as "Ø" in a date; digits come from the device's own sans-serif face.
  it("draws the digits of an event's date in a face with a plain zero, the letters in the text face", async () => {
    const recorded = await open("/veranstaltungen/konzert-in-st-johannis/", LAPTOP);
    const { page } = recorded;
    // The text face has font-display: optional; on the second view it comes from the cache and is used.
    await page.evaluate(() => document.fonts.load('1em "Showroom Text"', "Tour"));
    await page.reload({ waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "main time" });
    const text = (await page.locator("main time").first().textContent()) ?? "";
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const digits = (text.match(/[0-9]/g) ?? []).length;
    expect(digits, text).toBeGreaterThan(0);
    const digitFace = fonts.find((font) => !/atkinson/i.test(font.familyName));
    expect(fonts, JSON.stringify(fonts)).toContainEqual(expect.objectContaining({ glyphCount: digits }));
    expect(digitFace?.glyphCount, JSON.stringify(fonts)).toBe(digits);
    await recorded.context.close();
  });
});
