// The slug field in the built admin's edit view, in Chromium: it follows the title as the editor
// types (German letters spelled out), stops once the editor edits it, and stays on a published entry.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const ITEM = "api::heritage-item.heritage-item";
const EDIT = `/admin/content-manager/collection-types/${ITEM}`;
let cms: TestStrapi;
let browser: Browser;
let page: Page;

const title = () => page.getByRole("textbox", { name: /^Titel/ });
const slug = () => page.getByRole("textbox", { name: /^URL-Kürzel/ });

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE" });
  await signInToAdmin(page, cms);
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("the slug field in the admin's edit view", () => {
  it("follows the title of a new entry as the editor types, until the editor edits the slug", async () => {
    await page.goto(`${cms.url}${EDIT}/create?plugins[i18n][locale]=de`);
    // Strapi fills in the type's name before there is a title; on its own it stays there.
    await expect.poll(() => slug().inputValue(), { timeout: 30_000 }).toBe("heritage-item");
    await title().fill("Große Öllampe");
    await expect.poll(() => slug().inputValue(), { timeout: 30_000 }).toBe("grosse-oellampe");
    await title().fill("Große Öllampe aus Ton");
    await expect.poll(() => slug().inputValue()).toBe("grosse-oellampe-aus-ton");

    await slug().fill("lampe");
    await title().fill("Tonlampe");
    // Give the form a moment to (wrongly) react before reading the slug again.
    await expect.poll(() => title().inputValue()).toBe("Tonlampe");
    expect(await slug().inputValue()).toBe("lampe");
  });

  it("keeps the slug of a published entry when its title changes", async () => {
    const item = await cms.strapi.documents(ITEM).create({
      locale: "de",
      data: {
        title: "Krug",
        slug: "krug",
        inventoryNumber: "OH-SLUG-ADMIN-1",
        summary: "Steinzeugkrug.",
        datingText: "um 1700",
        datingFrom: 1690,
        datingTo: 1710,
        licence: "cc0",
      },
    });
    await cms.strapi.documents(ITEM).publish({ documentId: item.documentId, locale: "de" });
    await page.goto(`${cms.url}${EDIT}/${item.documentId}?plugins[i18n][locale]=de`);
    await expect.poll(() => title().inputValue(), { timeout: 30_000 }).toBe("Krug");
    await title().fill("Steinzeugkrug");
    await expect.poll(() => title().inputValue()).toBe("Steinzeugkrug");
    expect(await slug().inputValue()).toBe("krug");
  });
});
