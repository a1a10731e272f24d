// The map picker beside the edit form of places and tour stops, in the built admin in Chromium:
// it draws the CMS's own basemap, sets latitude and longitude by click and by keyboard (the API
// then returns those numbers), speaks German, and nothing it does asks another origin.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { nextFrames, settledPage } from "../support/settled-page.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const PLACE = "api::place.place";
const STOP = "api::tour-stop.tour-stop";
const editPath = (uid: string, id: string) =>
  `/admin/content-manager/collection-types/${uid}/${id}?plugins[i18n][locale]=de`;
const START = { latitude: 54.2942, longitude: 10.885 };
let cms: TestStrapi;
let browser: Browser;
let page: Page;
let documentId: string;
/** Every URL the admin page asked for, from the first login on. */
const requested: string[] = [];

const map = () => page.getByRole("application", { name: "Karte zum Setzen der Position" });
const save = () => page.getByRole("button", { name: "Speichern", exact: true });

async function storedPoint(uid = PLACE, id = documentId): Promise<{ latitude: number; longitude: number }> {
  const response = await cms.adminFetch(`/content-manager/collection-types/${uid}/${id}?locale=de`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { geo: { latitude: unknown; longitude: unknown } } };
  const { latitude, longitude } = body.data.geo;
  expect(typeof latitude, "the API keeps numbers").toBe("number");
  expect(typeof longitude, "the API keeps numbers").toBe("number");
  return { latitude: latitude as number, longitude: longitude as number };
}

async function openEntry(uid = PLACE, id = documentId): Promise<void> {
  await page.goto(`${cms.url}${editPath(uid, id)}`);
  await map().waitFor({ timeout: 60_000 });
  // The basemap is drawn (water, roads) before anything is clicked.
  await expect.poll(() => map().locator("path").count(), { timeout: 30_000 }).toBeGreaterThan(3);
}

async function stablePinBox(): Promise<{ x: number; y: number; width: number; height: number }> {
  let last = "";
  for (let attempt = 0; attempt < 100; attempt++) {
    await settledPage(page);
    const box = await page.getByTestId("map-picker-pin").boundingBox();
    const now = JSON.stringify(box);
    if (box && now === last) return box;
    last = now;
    await page.waitForTimeout(200);
  }
  throw new Error(`the pin did not hold still on the page (last box ${last})`);
}

async function saveAndWait(id = documentId): Promise<void> {
  const saved = page.waitForResponse(
    (response) => response.request().method() === "PUT" && response.url().includes(id),
  );
  await save().click();
  expect((await saved).status()).toBe(200);
}

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true });
  const place = await cms.strapi.documents(PLACE).create({
    locale: "de",
    data: {
      name: "Wallmuseum",
      slug: "wallmuseum",
      kind: "museum",
      municipality: "oldenburg_in_holstein",
      summary: "Museum am Oldenburger Wall.",
      geo: START,
    },
  });
  documentId = place.documentId;
  browser = await launchBrowser();
  // A context of its own: axe needs one (browser.newPage has none it can reach).
  page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  page.on("request", (request) => requested.push(request.url()));
  await signInToAdmin(page, cms);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("the map picker in the admin's edit view", () => {
  it("shows the entry's point on the basemap, labelled in German, and sets the point clicked", async () => {
    await openEntry();
    await expect.poll(() => page.getByText("Position auf der Karte").count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId("map-picker-value").textContent())
      .toBe("Breitengrad 54.29420, Längengrad 10.88500");
    await expect.poll(() => page.getByTestId("map-picker-pin").count()).toBe(1);

    // A click left of and above the pin: west and north of the old point. The edit view's side
    // panels still move the map while they load, so the pin's box is read once it holds still.
    const pin = await stablePinBox();
    await page.mouse.click(pin.x + pin.width / 2 - 40, pin.y + pin.height / 2 - 30);
    await nextFrames(page);
    await expect
      .poll(() => page.getByTestId("map-picker-value").textContent())
      .not.toBe("Breitengrad 54.29420, Längengrad 10.88500");
    await saveAndWait();
    const stored = await storedPoint();
    expect(stored.longitude).toBeLessThan(START.longitude);
    expect(stored.latitude).toBeGreaterThan(START.latitude);
    // The form fields show what was saved.
    expect(await page.getByTestId("map-picker-value").textContent()).toBe(
      `Breitengrad ${stored.latitude.toFixed(5)}, Längengrad ${stored.longitude.toFixed(5)}`,
    );
  });

  it("moves the pin with the arrow keys and sets it with Enter", async () => {
    await openEntry();
    const before = await storedPoint();
    await map().focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowDown");
    // Arrows only move the pin: the form keeps the old point until Enter.
    expect(await page.getByTestId("map-picker-value").textContent()).toBe(
      `Breitengrad ${before.latitude.toFixed(5)}, Längengrad ${before.longitude.toFixed(5)}`,
    );
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByTestId("map-picker-value").textContent())
      .not.toBe(`Breitengrad ${before.latitude.toFixed(5)}, Längengrad ${before.longitude.toFixed(5)}`);
    await saveAndWait();
    const after = await storedPoint();
    expect(after.longitude).toBeGreaterThan(before.longitude);
    expect(after.latitude).toBeLessThan(before.latitude);
  });

  it("sets the first point of a tour stop that had none", async () => {
    const stop = await cms.strapi.documents(STOP).create({
      locale: "de",
      data: { title: "Am Wall", slug: "am-wall", code: "MAP1", position: 1, text: "Der Wall." },
    });
    await openEntry(STOP, stop.documentId);
    await expect
      .poll(() => page.getByTestId("map-picker-value").textContent())
      .toBe("Noch keine Position gesetzt.");
    // The map shows the whole basemap: its middle lies in east Holstein.
    await map().locator("svg").click();
    await expect.poll(() => page.getByTestId("map-picker-pin").count()).toBe(1);
    await saveAndWait(stop.documentId);
    const stored = await storedPoint(STOP, stop.documentId);
    expect(stored.latitude).toBeGreaterThan(53.9);
    expect(stored.latitude).toBeLessThan(54.7);
    expect(stored.longitude).toBeGreaterThan(10.2);
    expect(stored.longitude).toBeLessThan(11.5);
  });

  it("has nothing axe finds in the picker", async () => {
    await openEntry();
    const axe = await new AxeBuilder({ page })
      // The panel: help text, map, zoom buttons and the value.
      .include(':has(> [data-testid="map-picker"])')
      .analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it("asks no other origin than the CMS while the picker is used", () => {
    const origin = new URL(cms.url).origin;
    expect(requested.some((url) => url.includes("/map-picker/basemap.geojson"))).toBe(true);
    const foreign = requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
  });

  it("serves the basemap to signed-in staff only", async () => {
    expect((await cms.publicFetch("/map-picker/basemap.geojson")).status).toBe(401);
    const staff = await cms.adminFetch("/map-picker/basemap.geojson");
    expect(staff.status).toBe(200);
    const basemap = (await staff.json()) as { type: string; features: unknown[] };
    expect(basemap.type).toBe("FeatureCollection");
    expect(basemap.features.length).toBeGreaterThan(0);
  });
});
