// The staff home page of the built admin, in Chromium: instead of Strapi's developer widgets it
// shows the last publishes with their public address and whether the site build has them, the
// failed build with its error and entry, scans whose processing failed, events starting soon and
// drafts waiting, in German, with links to the entries. The data comes from an admin route that
// the public cannot call. The site server and rebuild worker are the real ones; only the site
// build itself is replaced by one that fails for one entry, as a real build fails on bad content.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import {
  BUILD_HOOK_PATH,
  type SiteServer,
  startSiteServer,
} from "../../scripts/src/host/publish/site-server.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { contentModel, type ModelType, validData } from "./content-fixtures.ts";

const SECRET = "staff-home-hook-secret";
const SITE = "https://showroom.example";
const ITEM = "api::heritage-item.heritage-item";
const BUILD_ERROR = "Objekt „Kaputter Krug“: Feld „Datierung bis (Jahr)“ liegt vor „Datierung von (Jahr)“.";

let cms: TestStrapi;
let site: SiteServer;
let worker: RebuildWorker;
let releasesDir: string;
let browser: Browser;
let page: Page;
let brokenId = "";
const ids: Record<string, string> = {};

const typeOf = (name: string) => contentModel.contentTypes.find((type) => type.name === name) as ModelType;

async function createItem(title: string, slug: string, publish: boolean): Promise<string> {
  const data = { ...(await validData(cms.strapi, typeOf("heritage-item"), title)), title, slug };
  const created = await cms.strapi.documents(ITEM).create({ locale: "de", data: data as never });
  if (publish) await cms.strapi.documents(ITEM).publish({ documentId: created.documentId, locale: "de" });
  return created.documentId;
}

/** Waits until the site build for the publish of `documentId` (sent by the CMS's build hook) ended. */
async function builtFor(documentId: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!worker.status().lastBuild?.reasons.some((reason) => reason.includes(documentId))) {
    if (Date.now() > deadline)
      throw new Error(`no site build for ${documentId} within 20 s: ${JSON.stringify(worker.status())}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await worker.idle();
}

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-staff-home-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 50,
    build: async (outDir, { reasons }) => {
      if (brokenId && reasons.some((reason) => reason.includes(brokenId))) throw new Error(BUILD_ERROR);
      writeFileSync(join(outDir, "index.html"), "<!doctype html><title>Showroom</title>");
    },
  });
  site = await startSiteServer({ worker, hookSecret: SECRET });
  cms = await startStrapi({
    serveAdminPanel: true,
    env: {
      SITE_BUILD_HOOK: `${site.url}${BUILD_HOOK_PATH}`,
      SITE_BUILD_HOOK_SECRET: SECRET,
      PUBLIC_SITE_URL: SITE,
    },
  });

  ids.live = await createItem("Taufschale", "taufschale", true);
  await builtFor(ids.live);
  const brokenData = { ...(await validData(cms.strapi, typeOf("heritage-item"), "Kaputter Krug")) };
  const broken = await cms.strapi.documents(ITEM).create({
    locale: "de",
    data: { ...brokenData, title: "Kaputter Krug", slug: "kaputter-krug" } as never,
  });
  brokenId = broken.documentId;
  await cms.strapi.documents(ITEM).publish({ documentId: brokenId, locale: "de" });
  await builtFor(brokenId);

  // A scan whose processing failed, as scan processing leaves it (written directly: no model file).
  ids.scan = "staffhomescanfailed0001";
  await cms.strapi.db.query("api::scan.scan").create({
    data: {
      documentId: ids.scan,
      locale: "de",
      title: "Grabstein Lensahn",
      slug: "grabstein-lensahn",
      processingStatus: "failed",
      processingMessage: "Die Datei ist kein gültiges glTF-Modell: Bitte als GLB exportieren.",
      publishedAt: null,
    },
  });
  const start = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  const event = await cms.strapi.documents("api::event-stream.event-stream").create({
    locale: "de",
    data: {
      ...(await validData(cms.strapi, typeOf("event-stream"), "Orgelkonzert")),
      title: "Orgelkonzert in St. Johannis",
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
    } as never,
  });
  ids.event = event.documentId;
  ids.draft = await createItem("Zinnteller", "zinnteller", false);

  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE", viewport: { width: 1400, height: 1200 } });
  await signInToAdmin(page, cms);
});
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await site?.close();
  await worker?.close();
  rmSync(releasesDir, { recursive: true, force: true });
});

describe("the staff home page", () => {
  it("answers staff only: the public gets no overview", async () => {
    expect((await cms.publicFetch("/staff-home/overview")).status).toBe(401);
    const response = await cms.adminFetch("/staff-home/overview", { role: "editor" });
    expect(response.status).toBe(200);
    const overview = (await response.json()) as {
      recentPublishes: { documentId: string; publicUrl?: string }[];
    };
    expect(overview.recentPublishes.find((entry) => entry.documentId === ids.live)?.publicUrl).toBe(
      `${SITE}/objekte/taufschale/`,
    );
  });

  it("shows the last publishes with their address on the site and build state, in German", async () => {
    const live = page.getByRole("listitem").filter({ hasText: "Taufschale" });
    await expect.poll(() => live.textContent(), { timeout: 30_000 }).toContain("Auf der Website");
    const view = live.getByRole("link", { name: /Auf der Website ansehen/ });
    expect(await view.getAttribute("href")).toBe(`${SITE}/objekte/taufschale/`);
    const failed = page.getByRole("listitem").filter({ hasText: "Kaputter Krug" }).first();
    expect(await failed.textContent()).toContain("Website-Build fehlgeschlagen");
    // The entry's title opens it in the content manager.
    const edit = live.getByRole("link", { name: "Taufschale" });
    expect(await edit.getAttribute("href")).toContain(
      `/content-manager/collection-types/${ITEM}/${ids.live}`,
    );
  });

  it("names the failed build's error and entry, failed scans, events soon and drafts waiting", async () => {
    const body = page.locator("main").first();
    await expect.poll(() => body.textContent(), { timeout: 30_000 }).toContain("ist fehlgeschlagen");
    const text = (await body.textContent()) ?? "";
    expect(text).toContain(BUILD_ERROR);
    expect(text).toContain("Gebaut wurde für:");
    expect(text).toContain("Grabstein Lensahn");
    expect(text).toContain("Die Datei ist kein gültiges glTF-Modell");
    expect(text).toContain("Orgelkonzert in St. Johannis");
    expect(text).toContain("noch nicht veröffentlicht");
    const draft = page.getByRole("listitem").filter({ hasText: "Zinnteller" });
    expect(await draft.textContent()).toContain("nie veröffentlicht");
    await draft.getByRole("link", { name: "Zinnteller" }).click();
    await page.waitForURL(new RegExp(`/content-manager/collection-types/${ITEM}/${ids.draft}`));
  });

  it("leaves out Strapi's developer widgets", async () => {
    await page.goto(`${cms.url}/admin`);
    await page.getByText("Zuletzt veröffentlicht").first().waitFor({ timeout: 30_000 });
    const text = (await page.locator("main").first().textContent()) ?? "";
    for (const title of [
      "Projekt-Statistiken",
      "Zuletzt bearbeitete Einträge",
      "Zuletzt veröffentlichte Einträge",
      "Profil",
    ])
      expect(text).not.toContain(title);
  });
});
