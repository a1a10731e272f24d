// The page preview beside the edit form, in the built admin in Chromium: the draft rendered by the
// site's own build (the real preview server of the publish loop) shows next to the form and follows
// each save; only the admin's origin may frame a preview.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { type PublishLoop, startPublishLoop } from "../../scripts/src/host/publish/publish-loop.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const ITEM = "api::heritage-item.heritage-item";
const EDIT = `/admin/content-manager/collection-types/${ITEM}`;
const PREVIEW_SECRET = randomBytes(24).toString("hex");
const PREVIEW_CMS_TOKEN = randomBytes(32).toString("hex");
/** A preview is a site build: allow for one on a busy machine. */
const BUILD_MS = 240_000;
let cms: TestStrapi;
let loop: PublishLoop;
let releasesDir: string;
let browser: Browser;
let page: Page;
let documentId: string;

const pane = () => page.frameLocator('[data-testid="preview-pane"]');
const paneHeading = () => pane().locator("h1").first().textContent({ timeout: BUILD_MS });
const title = () => page.getByRole("textbox", { name: /^Titel/ });

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-preview-pane-"));
  let cmsUrl = "";
  // No build hook: the site itself is never built here, only the previews.
  loop = await startPublishLoop({
    releasesDir,
    cmsUrl: () => cmsUrl,
    hookSecret: randomBytes(16).toString("hex"),
    preview: { secret: PREVIEW_SECRET, token: PREVIEW_CMS_TOKEN },
    log: () => {},
  });
  cms = await startStrapi({
    serveAdminPanel: true,
    env: { PREVIEW_URL: loop.previewUrl, PREVIEW_SECRET, PREVIEW_CMS_TOKEN },
  });
  cmsUrl = cms.url;
  const item = await cms.strapi.documents(ITEM).create({
    locale: "de",
    data: {
      title: "Steinzeugkrug",
      slug: "steinzeugkrug",
      inventoryNumber: "OH-PREVIEW-PANE-1",
      summary: "Salzglasierter Krug aus Steinzeug.",
      datingText: "um 1700",
      datingFrom: 1690,
      datingTo: 1710,
      licence: "cc0",
    },
  });
  documentId = item.documentId;
  await cms.strapi.documents(ITEM).publish({ documentId, locale: "de" });
  await cms.strapi.documents(ITEM).update({ documentId, locale: "de", data: { title: "Krug im Entwurf" } });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE", viewport: { width: 1600, height: 1000 } });
  await signInToAdmin(page, cms);
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await loop?.close();
  await cms?.stop();
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true });
});

describe("the page preview beside the form", () => {
  it(
    "shows the draft's page, with its title, next to the form",
    async () => {
      await page.goto(`${cms.url}${EDIT}/${documentId}?plugins[i18n][locale]=de`);
      await expect.poll(() => title().inputValue(), { timeout: 60_000 }).toBe("Krug im Entwurf");
      await expect
        .poll(() => page.getByText("Seitenvorschau").count(), { timeout: 30_000 })
        .toBeGreaterThan(0);
      await expect.poll(paneHeading, { timeout: BUILD_MS }).toBe("Krug im Entwurf");
      const form = await title().boundingBox();
      const preview = await page.getByTestId("preview-pane").boundingBox();
      if (!form || !preview) throw new Error("the form or the preview has no box on the page");
      expect(preview.x, "the preview is beside the form, on its right").toBeGreaterThan(form.x + form.width);
      expect(await page.getByRole("link", { name: "Vorschau in neuem Tab öffnen" }).count()).toBe(1);
    },
    BUILD_MS + 90_000,
  );

  it(
    "shows the saved title after the editor saves",
    async () => {
      await title().fill("Krug aus Steinzeug");
      await expect
        .poll(() => page.getByText("Ungespeicherte Änderungen erscheinen nach dem Speichern.").count())
        .toBe(1);
      const saved = page.waitForResponse(
        (response) => response.request().method() === "PUT" && response.url().includes(documentId),
      );
      await page.getByRole("button", { name: "Speichern", exact: true }).click();
      expect((await saved).status()).toBe(200);
      await expect.poll(paneHeading, { timeout: BUILD_MS }).toBe("Krug aus Steinzeug");
    },
    BUILD_MS + 60_000,
  );

  it("may be framed by the admin's origin only; the site's pages by nobody", async () => {
    const link = await cms.adminFetch(
      `/content-manager/preview/url/${ITEM}?documentId=${documentId}&locale=de&status=draft`,
    );
    const { data } = (await link.json()) as { data: { url: string } };
    const response = await fetch(data.url, { redirect: "manual" });
    const policy = response.headers.get("content-security-policy") ?? "";
    const ancestors = /frame-ancestors ([^;]*)/.exec(policy)?.[1]?.split(" ");
    expect(ancestors).toContain(new URL(cms.url).origin);
    expect(ancestors?.every((origin) => /^http:\/\/(127\.0\.0\.1|localhost):\d+$/.test(origin))).toBe(true);
    const sitePage = await fetch(`${loop.url}/`);
    expect(sitePage.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
