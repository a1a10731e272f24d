// "Tabelle importieren" in the built admin, in Chromium, and its endpoint over HTTP: staff upload
// the spreadsheet German Excel saves (Windows-1252, semicolons), read the dry run with row and
// column of every error, and import only a file whose dry run is clean. Nothing is written before.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { nextFrames, settledPage } from "../support/settled-page.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { windows1252 } from "./windows-1252.ts";

const ITEM = "api::heritage-item.heritage-item";
const ROUTE = "/staff-import/heritage-items";
const HEADER =
  "Inventarnummer;Titel;Kurzbeschreibung;Datierung;Datierung von (Jahr);Datierung bis (Jahr);Kulturstätte;Lizenz;Schlagwörter";
const GOOD_ROWS = [
  "OH-WM-0201;Türklopfer;Schmiedeeiserner Türklopfer „Löwe“.;um 1850;1840;1860;wallmuseum;CC0;Tür, Löwe",
  "OH-WM-0202;Öllampe;Öllampe aus Ton.;um 200;150;250;Oldenburger Wallmuseum;CC0;Licht",
];
/** Row 3 names a place with a typo; the dry run must say which one was meant. */
const MISSPELT_ROWS = [
  GOOD_ROWS[0],
  GOOD_ROWS[1]?.replace("Oldenburger Wallmuseum", "Oldenburger Walmuseum"),
];
const sheet = (rows: (string | undefined)[]) => windows1252(`${HEADER}\r\n${rows.join("\r\n")}\r\n`);

let cms: TestStrapi;
let browser: Browser;
let page: Page;

async function post(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer },
  token?: string,
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  if (token)
    return fetch(`${cms.url}${ROUTE}`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
  return cms.adminFetch(ROUTE, { method: "POST", body: form });
}

const itemCount = () => cms.strapi.documents(ITEM).count({ locale: "de" });

/** A staff member whose role may only read heritage items. */
async function readOnlyStaffToken(): Promise<string> {
  const role = await cms.strapi
    .service("admin::role")
    .create({ name: "Nur lesen", description: "Liest nur." });
  await cms.strapi
    .service("admin::role")
    .assignPermissions(role.id, [
      { action: "plugin::content-manager.explorer.read", subject: ITEM, properties: {}, conditions: [] },
    ]);
  const user = {
    email: "leser@test.local",
    password: "Test-Leser-2025",
    firstname: "Lea",
    lastname: "Leser",
  };
  await cms.strapi
    .service("admin::user")
    .create({ ...user, isActive: true, registrationToken: null, roles: [role.id] });
  const login = await fetch(`${cms.url}/admin/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  return ((await login.json()) as { data: { token: string } }).data.token;
}

beforeAll(async () => {
  cms = await startStrapi({ serveAdminPanel: true });
  await cms.strapi.documents("api::place.place").create({
    locale: "de",
    data: {
      name: "Oldenburger Wallmuseum",
      slug: "wallmuseum",
      kind: "museum",
      municipality: "oldenburg_in_holstein",
      summary: "Freilichtmuseum am slawischen Burgwall.",
      geo: { latitude: 54.2976, longitude: 10.8828 },
    },
  });
  browser = await launchBrowser();
  // A context of its own: axe needs one.
  page = await (
    await browser.newContext({ locale: "de-DE", viewport: { width: 1400, height: 1000 } })
  ).newPage();
  await signInToAdmin(page, cms);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("the import endpoint", () => {
  it("answers a dry run with the encoding, every row and each error with row, column and a suggestion", async () => {
    const response = await post(
      { mode: "dry-run", locale: "de" },
      { name: "inventar.csv", bytes: sheet(MISSPELT_ROWS) },
    );
    expect(response.status).toBe(200);
    const report = (await response.json()) as {
      file: string;
      encoding: string;
      rows: { row: number; inventoryNumber: string; action: string }[];
      errors: { row: number; column: string; message: string }[];
    };
    expect(report.file).toBe("inventar.csv");
    expect(report.encoding).toBe("Windows-1252 (ANSI)");
    expect(report.errors).toEqual([
      {
        row: 3,
        column: "Kulturstätte",
        message: expect.stringMatching(/Meinten Sie „Oldenburger Wallmuseum“/),
      },
    ]);
    expect(await itemCount()).toBe(0);
  });

  it("refuses what is not a spreadsheet, a missing file and an unknown language, saying what to do", async () => {
    const pdf = await post({ mode: "dry-run" }, { name: "inventar.pdf", bytes: Buffer.from("%PDF-1.4") });
    expect(pdf.status).toBe(400);
    expect(((await pdf.json()) as { error: string }).error).toMatch(/inventar\.pdf.*\.xlsx.*\.csv/);
    const renamed = await post(
      { mode: "dry-run" },
      { name: "inventar.xlsx", bytes: Buffer.from("%PDF-1.4\n%\n") },
    );
    expect(renamed.status).toBe(400);
    expect(((await renamed.json()) as { error: string }).error).toContain('"inventar.xlsx" holds a PDF file');
    const none = await post({ mode: "dry-run" });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: string }).error).toMatch(/choose a \.csv or \.xlsx/);
    const french = await post({ mode: "dry-run", locale: "fr" }, { name: "a.csv", bytes: sheet(GOOD_ROWS) });
    expect(french.status).toBe(400);
    expect(((await french.json()) as { error: string }).error).toContain('"fr"');
    expect(await itemCount()).toBe(0);
  });

  it("refuses visitors and staff whose role may not create heritage items", async () => {
    const visitor = await cms.publicFetch(ROUTE, { method: "POST" });
    expect(visitor.status).toBe(401);
    const reader = await post(
      { mode: "import" },
      { name: "inventar.csv", bytes: sheet(GOOD_ROWS) },
      await readOnlyStaffToken(),
    );
    expect(reader.status).toBe(403);
    expect(((await reader.json()) as { error: string }).error).toMatch(/create, update heritage items/);
    expect(await itemCount()).toBe(0);
  });

  it("does not write a file with errors even when asked to import it", async () => {
    const response = await post({ mode: "import" }, { name: "inventar.csv", bytes: sheet(MISSPELT_ROWS) });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { errors: unknown[]; saved?: unknown };
    expect(report.errors).toHaveLength(1);
    expect(report.saved).toBeUndefined();
    expect(await itemCount()).toBe(0);
  });
});

describe("the import page in the admin", () => {
  const upload = async (rows: (string | undefined)[]) => {
    await page
      .locator("#import-file")
      .setInputFiles({ name: "inventar.csv", mimeType: "text/csv", buffer: sheet(rows) });
    await page.getByRole("button", { name: "Probelauf" }).click();
    await nextFrames(page);
  };

  it("opens from the main menu and shows the dry run's errors by row and column, with import held back", async () => {
    await page.getByRole("link", { name: "Tabelle importieren" }).click();
    await page.getByRole("heading", { name: "Tabelle importieren" }).waitFor({ timeout: 30_000 });
    await settledPage(page);
    expect(await page.getByRole("button", { name: "Importieren" }).isDisabled()).toBe(true);
    await upload(MISSPELT_ROWS);
    const errors = page.getByRole("alert").filter({ hasText: "Fehler" });
    await expect.poll(() => errors.textContent()).toContain("1 Fehler – es wurde nichts importiert");
    const [row, column, problem] = await errors
      .getByRole("row")
      .nth(1)
      .getByRole("gridcell")
      .allTextContents();
    expect([row, column]).toEqual(["3", "Kulturstätte"]);
    expect(problem).toMatch(/Meinten Sie „Oldenburger Wallmuseum“/);
    expect(await page.getByText("Zeichensatz der Datei: Windows-1252 (ANSI)").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Importieren" }).isDisabled()).toBe(true);
    const axe = await new AxeBuilder({ page }).include('[data-testid="staff-import"]').analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    expect(await itemCount()).toBe(0);
  });

  it("imports the corrected file after a clean dry run, as drafts with their umlauts", async () => {
    await upload(GOOD_ROWS);
    await expect
      .poll(() => page.locator("#import-status").textContent())
      .toContain("Der Probelauf fand keinen Fehler");
    expect(await page.getByRole("row", { name: /OH-WM-0202/ }).textContent()).toContain("neu");
    await page.getByRole("button", { name: "Importieren" }).click();
    await nextFrames(page);
    await expect
      .poll(() => page.locator("#import-status").textContent())
      .toContain("Gespeichert: 2 neu, 0 geändert, 0 unverändert – als Entwurf");
    const lamp = await cms.strapi.documents(ITEM).findFirst({
      locale: "de",
      filters: { inventoryNumber: "OH-WM-0202" },
      populate: ["place"],
    });
    expect(lamp).toMatchObject({ title: "Öllampe", slug: "oellampe", publishedAt: null });
    expect((lamp as { place?: { slug: string } }).place?.slug).toBe("wallmuseum");
    // The same file again: a dry run finds both rows unchanged.
    await upload(GOOD_ROWS);
    await expect
      .poll(() => page.getByText(/^Zusammen:/).textContent())
      .toBe("Zusammen: 0 neu, 0 neue Sprachfassung(en), 0 geändert, 2 unverändert.");
  });
});
