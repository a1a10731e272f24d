// Choice (enumeration) fields in the built admin, in Chromium: staff read words ("Gut /
// Herrenhaus", "Amt Lensahn"), in German and English, in the edit view's dropdown and the list
// view's columns, while the API keeps storing the codes ("manor", "amt_lensahn").
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const PLACE = "api::place.place";
const LIST = `/admin/content-manager/collection-types/${PLACE}`;
let cms: TestStrapi;
let browser: Browser;
let page: Page;
let documentId: string;

/** The admin's interface language, as the profile page's switch stores it (the user's and the browser's). */
async function useLanguage(language: "de" | "en"): Promise<void> {
  const response = await cms.adminFetch("/admin/users/me", {
    method: "PUT",
    body: JSON.stringify({ preferedLanguage: language }),
  });
  expect(response.status, await response.text()).toBe(200);
  await page.evaluate((value) => window.localStorage.setItem("strapi-admin-language", value), language);
}

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true });
  const place = await cms.strapi.documents(PLACE).create({
    locale: "de",
    data: {
      name: "Gut Güldenstein",
      slug: "gut-gueldenstein",
      kind: "manor",
      municipality: "amt_lensahn",
      summary: "Gutshof bei Lensahn.",
      geo: { latitude: 54.2086, longitude: 10.8683 },
    },
  });
  documentId = place.documentId;
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE" });
  await signInToAdmin(page, cms);
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("choices in words in the admin", () => {
  it("shows a choice column of the list view in words, in German and in English", async () => {
    await useLanguage("de");
    await page.goto(`${cms.url}${LIST}?plugins[i18n][locale]=de`);
    const row = page.getByRole("row", { name: /Gut Güldenstein/ });
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain("Gut / Herrenhaus");
    expect(await row.textContent()).toContain("Amt Lensahn");
    expect(await row.textContent()).not.toMatch(/manor|amt_lensahn/);

    await useLanguage("en");
    await page.reload();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain("Manor");
    expect(await row.textContent()).not.toMatch(/manor|amt_lensahn/);
  });

  it("offers words in the edit view's dropdown and stores the code of the chosen one", async () => {
    await useLanguage("de");
    await page.goto(`${cms.url}${LIST}/${documentId}?plugins[i18n][locale]=de`);
    const kind = page.getByRole("combobox", { name: /^Art/ });
    await expect.poll(() => kind.textContent(), { timeout: 30_000 }).toContain("Gut / Herrenhaus");
    const municipality = page.getByRole("combobox", { name: /^Gemeinde/ });
    expect(await municipality.textContent()).toContain("Amt Lensahn");

    await kind.click();
    const options = await page.getByRole("option").allTextContents();
    expect(options).toEqual(
      expect.arrayContaining(["Museum", "Kirche", "Denkmal", "Bodendenkmal", "Landschaft"]),
    );
    expect(options.join(" ")).not.toMatch(/archaeological_site|manor/);
    await page.getByRole("option", { name: "Bodendenkmal" }).click();
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(async () => (await cms.strapi.documents(PLACE).findOne({ documentId, locale: "de" }))?.kind, {
        timeout: 15_000,
      })
      .toBe("archaeological_site");
    const api = await cms.adminFetch(`/content-manager/collection-types/${PLACE}/${documentId}?locale=de`);
    expect(((await api.json()) as { data: { kind: string } }).data.kind).toBe("archaeological_site");
  });
});
