// Sign sheets from the admin, in Chromium: the page "Schilder drucken" lists the tours, shows the
// PDF of the signs endpoint as a preview and downloads it (A4 or one sign per A6 page), and says
// in words why a tour has no sheet.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { createSignTours } from "../signs/sign-tours.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const run = promisify(execFile);
let cms: TestStrapi;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true, env: { PUBLIC_SITE_URL: "https://showroom.example" } });
  await createSignTours(cms);
  browser = await launchBrowser();
  page = await browser.newPage({
    locale: "de-DE",
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  await signInToAdmin(page, cms);
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

async function pdfPages(path: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [path]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
}

describe("sign sheets in the admin", () => {
  it("opens from the main menu, lists the tours and previews a tour's PDF", async () => {
    await page.getByRole("link", { name: "Schilder drucken" }).click();
    await page.getByRole("heading", { name: "Schilder drucken" }).waitFor({ timeout: 30_000 });
    const row = page.getByRole("row", { name: /Kirche und Altstadt/ });
    expect(await row.textContent()).toContain("veröffentlicht");
    const pdf = page.waitForResponse((response) =>
      response.url().includes("/api/tours/kirche-und-altstadt/signs.pdf"),
    );
    const [tab] = await Promise.all([
      page.waitForEvent("popup"),
      row.getByRole("button", { name: "Vorschau: Kirche und Altstadt" }).click(),
    ]);
    const response = await pdf;
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/pdf");
    // The browser's PDF viewer shows the sheet in the new tab.
    await expect.poll(() => tab.url(), { timeout: 60_000 }).toMatch(/^blob:/);
    await tab.close();
  });

  it("downloads the PDF, one sign per A6 page when chosen", async () => {
    await page.getByRole("combobox", { name: "Papierformat" }).click();
    await page.getByRole("option", { name: /^A6/ }).click();
    const row = page.getByRole("row", { name: /Kirche und Altstadt/ });
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      row.getByRole("button", { name: "PDF herunterladen: Kirche und Altstadt" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("schilder-kirche-und-altstadt-a6.pdf");
    expect(await pdfPages(await download.path())).toBe(2);
  });

  it("says why a tour that was never published has no sheet, and prints its draft on request", async () => {
    const row = page.getByRole("row", { name: /Hafenrundgang/ });
    expect(await row.textContent()).toContain("nur Entwurf");
    await row.getByRole("button", { name: "Vorschau: Hafenrundgang" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Hafenrundgang" });
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/konnte nicht erstellt werden \(404\)/);

    await page.getByRole("checkbox", { name: /Stand im Entwurf drucken/ }).check();
    const [tab] = await Promise.all([
      page.waitForEvent("popup"),
      row.getByRole("button", { name: "Vorschau: Hafenrundgang" }).click(),
    ]);
    await expect.poll(() => tab.url(), { timeout: 60_000 }).toMatch(/^blob:/);
    await tab.close();
  });
});
