// The "Live senden" panel in the built admin's edit view of an event, in Chromium: staff see the
// RTMP server and the event's stream key to copy into OBS, and a caption typed while the event is
// not live gets a message that says so.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { signInToAdmin } from "../support/admin-sign-in.ts";
import { nextFrames, settledPage } from "../support/settled-page.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const UID = "api::event-stream.event-stream";
const EDIT = `/admin/content-manager/collection-types/${UID}`;
const INGEST_URL = "rtmp://live.example.org:1935/live";
let cms: TestStrapi;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cms = await startStrapi({
    serveAdminPanel: true,
    // No ingest listens there: the caption must come back with a clear message, not hang.
    env: {
      LIVE_INGEST_SECRET: "s",
      LIVE_INGEST_URL: INGEST_URL,
      LIVE_INGEST_CONTROL_URL: "http://127.0.0.1:9/_live",
    },
  });
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "de-DE" });
  await signInToAdmin(page, cms);
}, 900_000);
afterAll(async () => {
  await browser?.close();
  await cms?.stop();
});

describe("the Live senden panel", () => {
  it("shows the server address and the event's stream key to copy, and says why a caption cannot go out", async () => {
    const event = (await cms.strapi.documents(UID as never).create({
      locale: "de",
      data: {
        title: "Vortrag live",
        slug: "vortrag-live",
        kind: "lecture",
        summary: "Ein Vortrag.",
        start: "2030-01-01T18:00:00Z",
        end: "2030-01-01T19:00:00Z",
      },
    } as never)) as { documentId: string };
    const row = (await cms.strapi.db.query(UID).findOne({ where: { documentId: event.documentId } })) as {
      streamKey: string;
    };
    await page.goto(`${cms.url}${EDIT}/${event.documentId}?plugins[i18n][locale]=de`);
    await page.getByText("Live senden").waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByRole("textbox", { name: "Server (RTMP)" }).inputValue(), { timeout: 15_000 })
      .toBe(INGEST_URL);
    expect(await page.getByRole("textbox", { name: "Stream-Schlüssel" }).first().inputValue()).toBe(
      row.streamKey,
    );
    expect(await page.getByRole("button", { name: "Kopieren" }).count()).toBe(2);

    // Typed once the edit view has settled, as staff would: while it still loads, the side panel
    // can be drawn anew and what was typed is gone.
    await settledPage(page);
    const captionBox = page.getByRole("textbox", { name: /Untertitel live/ });
    await captionBox.fill("Guten Abend");
    await expect.poll(() => captionBox.inputValue()).toBe("Guten Abend");
    await captionBox.press("Enter");
    await nextFrames(page);
    const statusTexts = () => page.getByRole("status").allInnerTexts();
    await expect
      .poll(statusTexts, { timeout: 15_000 })
      .toContain("Der Untertitel kam nicht an: läuft der Live-Empfang? Bitte erneut senden.");
  });
});
