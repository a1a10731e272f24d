// The built admin in German, read in Chromium as staff see it: every screen staff use (login,
// home, list and edit views of each content type, media library, publish dialogs) shows no English
// words, and years read "1840", not "1.840". English words are those of Strapi's own English
// tables (minus the few that are German too, or names); the test prints each leftover with its line.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { repoRoot } from "../support/paths.ts";
import { nextFrames, settledPage } from "../support/settled-page.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { contentModel, type ModelType, uidOf, validData } from "./content-fixtures.ts";

const STAFF_TYPES = ["heritage-item", "place", "scan", "tour", "tour-stop", "event-stream"];
const MARK = "Prüfeintrag";
const ITEM = "api::heritage-item.heritage-item";

/**
 * Words that read the same in German (or are names, units, codes): they are in Strapi's English
 * tables but no English leftover when they show.
 */
const SAME_IN_GERMAN = new Set(
  `admin administrator audio video status name filter details link links start id ids uid url urls
  media bytes px mb kb gb min max minimum maximum text titel name position material technik code
  strapi json api token tokens e-mail email rich ok plugin plugins manager content-manager design
  marketplace webhooks webhook sso de en deutsch english tour touren scan scans version alt
  software zoom pdf csv glb mp mp3 mp4 jpg png webp svg gif zip live stream streams event events
  dokument format formate formats thumbnail upload uploads tag tags level release releases modal
  a b i u s x y z in an am so um bis mit von zu im ist es button website was form server jpeg
  download by editor relation com as element aria-label placeholder title alt widget widgets`
    .split(/\s+/)
    .filter(Boolean),
);

const strapiPackages = [
  "admin/dist/admin/admin/src/translations",
  "content-manager/dist/admin/translations",
  "upload/dist/admin/translations",
  "i18n/dist/admin/translations",
  "content-releases/dist/admin/translations",
  "review-workflows/dist/admin/translations",
];

// Tokens with digits (document ids like "devdp9d12p0…", dates, sizes) hold no words: a random id
// once read as the English "p".
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter((token) => !/\d/.test(token))
    .flatMap((token) => token.match(/[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu) ?? []);

/** Every word of Strapi's English admin tables (ICU arguments and plural keywords left out). */
async function englishWords(): Promise<Set<string>> {
  const words = new Set<string>();
  for (const dir of strapiPackages) {
    const folder = join(repoRoot, "cms", "node_modules", "@strapi", dir);
    if (!readdirSync(folder).includes("en.json.mjs")) throw new Error(`no English table in ${folder}`);
    const table = (await import(pathToFileURL(join(folder, "en.json.mjs")).href)).default as Record<
      string,
      string
    >;
    for (const value of Object.values(table)) {
      const plain = value.replace(/\{\s*\w+\s*,\s*(plural|select|number)\s*,/g, " ").replace(/\{\w+\}/g, " ");
      for (const word of wordsOf(plain))
        if (!["one", "other", "plural", "select"].includes(word)) words.add(word);
    }
  }
  for (const word of SAME_IN_GERMAN) words.delete(word);
  return words;
}

// English that Strapi writes without a translation key is translated in the admin itself
// (cms/src/admin/translations/keyless-german.ts): no phrase is left out of the check.

/** A 1×1 PNG, for the upload. */
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let cms: TestStrapi;
let browser: Browser;
let page: Page;
let english: Set<string>;
const documents: Record<string, string> = {};
/** The test item's documentId (created in beforeAll). */
function itemId(): string {
  const id = documents["heritage-item"];
  if (!id) throw new Error("the test heritage item was not created");
  return id;
}
const leftovers: string[] = [];

/** Ticks the list's first checkbox once the list has loaded, and lets the bulk actions appear. */
async function tickFirstRowOnceSettled(): Promise<void> {
  await page.getByRole("row").nth(1).waitFor({ timeout: 30_000 });
  await settledPage(page);
  const box = page.getByRole("checkbox").first();
  await box.check();
  await expect.poll(() => box.isChecked()).toBe(true);
  await nextFrames(page);
}

/** Visible text, screen-reader text, labels and placeholders of the page. */
function pageText(): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what staff read
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0 && !element.closest("[role=dialog]")) continue;
      for (const name of ["aria-label", "placeholder", "title", "alt"]) {
        const value = element.getAttribute(name);
        if (value) parts.push(`${value} [${name}]`);
      }
    }
    return parts.join("\n");
  });
}

/** Records the English words of the current screen (collected, so one run names them all). */
async function readScreen(screen: string): Promise<void> {
  // Lazy parts (relations, thumbnails) settle; a screen that keeps a request open is read as it is.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  console.log(`read ${screen}`);
  const text = await pageText();
  for (const line of text.split("\n")) {
    const found = wordsOf(line).filter((word) => english.has(word));
    if (found.length > 0)
      leftovers.push(`${screen}: ${found.join(", ")} — in "${line.trim().slice(0, 120)}"`);
  }
}

function replaceMarkedStrings(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith(MARK) ? MARK : value;
  if (Array.isArray(value)) return value.map(replaceMarkedStrings);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, replaceMarkedStrings(inner)]),
    );
  return value;
}

beforeAll(async () => {
  english = await englishWords();
  cms = await startStrapi({ serveAdminPanel: true });
  for (const name of STAFF_TYPES) {
    const type = contentModel.contentTypes.find((candidate) => candidate.name === name) as ModelType;
    // Field names would be English words in the entries' text: the marker text alone stays.
    const data = replaceMarkedStrings(await validData(cms.strapi, type, MARK)) as Record<string, unknown>;
    if (name === "heritage-item") Object.assign(data, { datingFrom: 1840, datingTo: 1850 });
    const created = await cms.strapi.documents(uidOf(type)).create({ locale: "de", data: data as never });
    documents[name] = created.documentId;
  }
  // The heritage items' list shows the dating years, as staff can configure it ("Ansicht konfigurieren").
  const configPath = `/content-manager/content-types/${ITEM}/configuration`;
  const config = (await (await cms.adminFetch(configPath)).json()) as {
    data: {
      contentType: { settings: unknown; metadatas: unknown; layouts: { list: string[]; edit: unknown } };
    };
  };
  const { settings, layouts } = config.data.contentType;
  // The answer carries each relation's `mainField` in `list`, which the update refuses.
  const metadatas = Object.fromEntries(
    Object.entries(config.data.contentType.metadatas as Record<string, { list: object; edit: object }>).map(
      ([field, { list, edit }]) => [field, { edit, list: { ...list, mainField: undefined } }],
    ),
  );
  const saved = await cms.adminFetch(configPath, {
    method: "PUT",
    body: JSON.stringify({
      settings,
      metadatas,
      layouts: { ...layouts, list: [...layouts.list, "datingFrom"] },
    }),
  });
  expect(saved.status, await saved.text()).toBe(200);
  // The interface language of the admin user, as the profile page stores it.
  const language = await cms.adminFetch("/admin/users/me", {
    method: "PUT",
    body: JSON.stringify({ preferedLanguage: "de" }),
  });
  expect(language.status, await language.text()).toBe(200);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE", viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

/** Fails with the English words of the screens read since the last check, one line each. */
function expectNoLeftovers(): void {
  const found = leftovers.splice(0);
  expect(found, `English left in the German admin:\n${found.join("\n")}`).toEqual([]);
}

describe("the admin in German", () => {
  it("shows no English on the login page and the home page", async () => {
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.locator('input[name="email"]').waitFor();
    await readScreen("login");
    await page.locator('input[name="email"]').fill(cms.admin.email);
    await page.locator('input[name="password"]').fill(cms.admin.password);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/admin(\/)?$/, { timeout: 30_000 });
    await readScreen("home");
    expectNoLeftovers();
  }, 120_000);

  it("shows no English in the list and edit views of the content types staff edit", async () => {
    for (const name of STAFF_TYPES) {
      const list = `${cms.url}/admin/content-manager/collection-types/api::${name}.${name}`;
      await page.goto(`${list}?plugins[i18n][locale]=de`);
      await page.getByRole("row").nth(1).waitFor({ timeout: 30_000 });
      await readScreen(`list ${name}`);
      await page.goto(`${list}/${documents[name]}?plugins[i18n][locale]=de`);
      await page.getByRole("button", { name: "Speichern" }).waitFor({ timeout: 30_000 });
      await readScreen(`edit ${name}`);
    }
    expectNoLeftovers();
  }, 240_000);

  it("shows no English in the publish and unpublish dialogs", async () => {
    const items = `${cms.url}/admin/content-manager/collection-types/${ITEM}?plugins[i18n][locale]=de`;
    await page.goto(items);
    await tickFirstRowOnceSettled();
    await page.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
    await page.getByRole("dialog").waitFor();
    await readScreen("publish dialog");
    await page.keyboard.press("Escape");
    await cms.strapi.documents(ITEM).publish({ documentId: itemId(), locale: "de" });
    await page.goto(items);
    await tickFirstRowOnceSettled();
    await page.getByRole("button", { name: /Veröffentlichung (aufheben|zurücknehmen)/ }).click();
    await page.getByRole("alertdialog").or(page.getByRole("dialog")).first().waitFor();
    await readScreen("unpublish dialog");
    await page.keyboard.press("Escape");
    expectNoLeftovers();
  }, 120_000);

  it("shows no English on the staff tools' pages: sign sheets, and the import with its dry-run report", async () => {
    await page.goto(`${cms.url}/admin/staff-tools/signs`);
    await page.getByRole("heading", { name: "Schilder drucken" }).waitFor({ timeout: 30_000 });
    await readScreen("sign sheets");
    await page.goto(`${cms.url}/admin/staff-tools/import`);
    await page.getByRole("heading", { name: "Tabelle importieren" }).waitFor({ timeout: 30_000 });
    await readScreen("import");
    // A sheet with one unknown column and one row: the report shows rows, errors and counts.
    const csv = "Inventarnummer;Titel;Farbe\r\nT-1;Krug;rot\r\n";
    await page
      .locator("#import-file")
      .setInputFiles({ name: "probe.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Probelauf" }).click();
    await nextFrames(page);
    await page.getByText(/^Zusammen:/).waitFor({ timeout: 30_000 });
    await readScreen("import dry run");
    expectNoLeftovers();
  }, 120_000);

  it("shows no English in the media library, its upload and file details", async () => {
    await page.goto(`${cms.url}/admin/plugins/upload`);
    await readScreen("media library");
    // Strapi 5.54's media library: "Neu" opens a menu with the upload.
    const add = page
      .getByRole("button", { name: /^(Neu|Neue Dateien hinzufügen|Dateien hochladen)$/ })
      .first();
    await add.waitFor({ timeout: 30_000 }).catch(async () => {
      const buttons = await page.getByRole("button").allTextContents();
      throw new Error(`no upload button in the media library; buttons: ${buttons.join(" | ")}`);
    });
    await add.click();
    await readScreen("new menu");
    // The upload item opens the browser's file picker; the upload's progress panel follows.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByRole("menuitem", { name: /Datei/ }).first().click(),
    ]);
    await chooser.setFiles({ name: "probe.png", mimeType: "image/png", buffer: TINY_PNG });
    await page
      .getByText(/hochgeladen|Hochladen/)
      .first()
      .waitFor({ timeout: 30_000 });
    await readScreen("upload progress");
    await page.keyboard.press("Escape");
    await page.goto(`${cms.url}/admin/plugins/upload`);
    await page
      .getByRole("button", { name: /\.(glb|jpg|mp3|mp4|vtt)$/ })
      .first()
      .click();
    await page
      .getByText(/Dateidetails|Dateiangaben|Dateiname/)
      .first()
      .waitFor({ timeout: 30_000 });
    await readScreen("file details");
    expectNoLeftovers();
  }, 120_000);

  it("shows years without a thousands separator in the list and edit views and stores the integer", async () => {
    const list = `${cms.url}/admin/content-manager/collection-types/${ITEM}`;
    await page.goto(`${list}?plugins[i18n][locale]=de`);
    const row = page.getByRole("row", { name: new RegExp(MARK) }).first();
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).toContain("1840");
    expect(await row.textContent()).not.toContain("1.840");

    await page.goto(`${list}/${documents["heritage-item"]}?plugins[i18n][locale]=de`);
    const from = page.getByRole("textbox", { name: /^Datierung von/ });
    await expect.poll(() => from.inputValue(), { timeout: 30_000 }).toBe("1840");
    await from.fill("1841");
    await page.getByRole("button", { name: "Speichern" }).click();
    await expect
      .poll(
        async () =>
          (await cms.strapi.documents(ITEM).findOne({ documentId: itemId(), locale: "de" }))?.datingFrom,
        { timeout: 15_000 },
      )
      .toBe(1841);
  });
});
