// The hotspot editor beside the edit form of tour stops, in the built admin in Chromium: it draws
// the stop's panorama with its hotspots, a click or the keyboard writes yaw and pitch into the
// hotspot's form fields (the API then returns them), it adds hotspots, axe finds nothing in it, and
// publishing a stop whose hotspot leads to an unpublished stop is refused with the hotspot named.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const STOP = "api::tour-stop.tour-stop";
let cms: TestStrapi;
let browser: Browser;
let page: Page;
let documentId: string;

const editor = () => page.getByRole("application", { name: "Panorama zum Setzen der Hotspots" });
const list = () => page.getByTestId("hotspot-editor-list");
const save = () => page.getByRole("button", { name: "Speichern", exact: true });

/** A small equirectangular picture (sky over ground) stored as the upload of a panorama field. */
async function uploadPanorama(): Promise<number> {
  const uploads = join(cms.tempDir, "public", "uploads");
  mkdirSync(uploads, { recursive: true });
  const jpeg = await sharp({ create: { width: 512, height: 256, channels: 3, background: "#7fa7d0" } })
    .composite([
      {
        input: await sharp({ create: { width: 512, height: 128, channels: 3, background: "#6b7f3a" } })
          .png()
          .toBuffer(),
        top: 128,
        left: 0,
      },
    ])
    .jpeg()
    .toBuffer();
  writeFileSync(join(uploads, "wall_panorama.jpg"), jpeg);
  const row = await cms.strapi.db.query("plugin::upload.file").create({
    data: {
      name: "wall_panorama.jpg",
      hash: "wall_panorama",
      ext: ".jpg",
      mime: "image/jpeg",
      size: jpeg.length / 1000,
      width: 512,
      height: 256,
      url: "/uploads/wall_panorama.jpg",
      provider: "local",
    },
  });
  return row.id as number;
}

async function storedHotspots(): Promise<{ yaw: number; pitch: number; label: string }[]> {
  const response = await cms.adminFetch(`/content-manager/collection-types/${STOP}/${documentId}?locale=de`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    data: { hotspots: { yaw: unknown; pitch: unknown; label: string }[] };
  };
  return body.data.hotspots.map(({ yaw, pitch, label }) => ({
    yaw: Number(yaw),
    pitch: Number(pitch),
    label,
  }));
}

async function openStop(): Promise<void> {
  await page.goto(
    `${cms.url}/admin/content-manager/collection-types/${STOP}/${documentId}?plugins[i18n][locale]=de`,
  );
  await editor().waitFor({ timeout: 60_000 });
}

async function saveAndWait(): Promise<void> {
  const saved = page.waitForResponse(
    (response) => response.request().method() === "PUT" && response.url().includes(documentId),
  );
  await save().click();
  expect((await saved).status()).toBe(200);
}

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true });
  const panorama = await uploadPanorama();
  const stop = await cms.strapi.documents(STOP as never).create({
    locale: "de",
    data: {
      title: "Auf dem Wall",
      code: "HSED1",
      position: 1,
      text: "Oben auf dem Ringwall.",
      panorama,
      hotspots: [{ kind: "info", label: "Blick zum Graben", yaw: 0, pitch: 0, text: "Der Graben." }],
    },
  } as never);
  documentId = (stop as { documentId: string }).documentId;
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await signInToAdmin(page, cms);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("the hotspot editor beside a tour stop's form", () => {
  it("shows the panorama with its hotspot, in German, and a click sets the hotspot's yaw and pitch", async () => {
    await openStop();
    await expect.poll(() => page.getByText("Hotspots im Panorama setzen").count()).toBeGreaterThan(0);
    const image = editor().locator("img");
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(512);
    await expect.poll(() => page.getByTestId("hotspot-editor-marker").count()).toBe(1);
    expect(await list().textContent()).toBe("Hotspot 1 „Blick zum Graben“: Richtung 0.0°, Höhe 0.0°");

    // Three quarters across and a quarter down: 90° to the right, 45° up.
    await editor().scrollIntoViewIfNeeded();
    const box = await editor().boundingBox();
    if (!box) throw new Error("the panorama has no box on the page");
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.25);
    await expect.poll(() => list().textContent()).not.toContain("Richtung 0.0°");
    await saveAndWait();
    const [stored] = await storedHotspots();
    expect(stored?.yaw).toBeCloseTo(90, -0.5);
    expect(stored?.pitch).toBeCloseTo(45, -0.5);
    expect(stored?.label).toBe("Blick zum Graben");
  });

  it("moves a crosshair with the arrow keys and places the hotspot with Enter", async () => {
    await openStop();
    const [before] = await storedHotspots();
    if (!before) throw new Error("the stop lost its hotspot");
    await editor().focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.getByTestId("hotspot-editor-cursor").count()).toBe(1);
    // The arrows only move the crosshair: the form keeps the hotspot where it was until Enter.
    expect(await list().textContent()).toContain(`Richtung ${before.yaw.toFixed(1)}°`);
    await page.keyboard.press("Enter");
    await expect.poll(() => list().textContent()).toContain(`Richtung ${(before.yaw - 10).toFixed(1)}°`);
    await saveAndWait();
    const [after] = await storedHotspots();
    expect(after?.yaw).toBeCloseTo(before.yaw - 10, 5);
    expect(after?.pitch).toBeCloseTo(before.pitch - 5, 5);
  });

  it("has nothing axe finds in the editor", async () => {
    await openStop();
    const axe = await new AxeBuilder({ page }).include(':has(> [data-testid="hotspot-editor"])').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it("refuses to publish, in the admin, a stop whose hotspot leads to an unpublished stop, and says which", async () => {
    const target = (await cms.strapi.documents(STOP as never).create({
      locale: "de",
      data: { title: "Burgtor im Entwurf", code: "HSED2", position: 2, text: "Noch nicht fertig." },
    } as never)) as { documentId: string };
    const source = (await cms.strapi.documents(STOP as never).create({
      locale: "de",
      data: {
        title: "Vor dem Tor",
        code: "HSED3",
        position: 3,
        text: "Vor dem Burgtor.",
        hotspots: [{ kind: "stop", label: "Weiter zum Tor", yaw: 0, pitch: 0, stop: target.documentId }],
      },
    } as never)) as { documentId: string };
    await page.goto(
      `${cms.url}/admin/content-manager/collection-types/${STOP}/${source.documentId}?plugins[i18n][locale]=de`,
    );
    await editor().waitFor({ timeout: 60_000 });
    const publish = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/actions/publish"),
    );
    await page.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
    // Strapi itself warns first that the entry links to a draft; staff may go on, the CMS then refuses.
    await page.getByRole("button", { name: "Ja, veröffentlichen" }).click();
    expect((await publish).status()).toBe(400);
    await expect
      .poll(() => page.getByText(/Hotspot 1 „Weiter zum Tor“.*nicht veröffentlicht/).count())
      .toBeGreaterThan(0);
  });

  it("adds a new hotspot to the form where the panorama is clicked", async () => {
    await openStop();
    await page.getByLabel("Hotspot", { exact: true }).selectOption({ label: "Neuer Hotspot" });
    await editor().scrollIntoViewIfNeeded();
    const box = await editor().boundingBox();
    if (!box) throw new Error("the panorama has no box on the page");
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
    await expect.poll(() => page.getByTestId("hotspot-editor-marker").count()).toBe(2);
    await expect
      .poll(() => list().locator("li").nth(1).textContent())
      .toMatch(/^Hotspot 2 „ohne Beschriftung“: Richtung -9\d\.\d°, Höhe -?\d\.\d°$/);
    // Strapi's own fields of the new hotspot are in the form, ready for its kind, label and target.
    await expect.poll(() => page.locator('input[name="hotspots.1.label"]').count()).toBe(1);
  });
});
