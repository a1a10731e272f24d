import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "../../scripts/src/demo/seed/seed-demo-content.ts";
import { type PublishLoop, startPublishLoop } from "../../scripts/src/host/publish/publish-loop.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const ITEM = "api::heritage-item.heritage-item";
const CM = `/content-manager/collection-types/${ITEM}`;

let cms: TestStrapi;
let loop: PublishLoop;
let releasesDir: string;
let angelId: string;
const figures: string[] = [];
/** The preview pages of the angel's draft, opened in the preview tests. */
const angelPreviews: string[] = [];
const PREVIEW_SECRET = randomBytes(24).toString("hex");
const PREVIEW_CMS_TOKEN = randomBytes(32).toString("hex");

async function page(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${loop.url}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Polls the live site until `check` passes; returns the milliseconds it took. */
async function waitForSite(
  path: string,
  check: (p: { status: number; html: string }) => boolean,
  timeoutMs = 240_000,
) {
  const started = performance.now();
  for (;;) {
    if (check(await page(path))) return performance.now() - started;
    if (performance.now() - started > timeoutMs)
      throw new Error(`${path} did not change within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

async function publishTitle(documentId: string, title: string): Promise<number> {
  const started = performance.now();
  const draft = await cms.adminFetch(`${CM}/${documentId}?locale=de`, {
    method: "PUT",
    body: JSON.stringify({ title }),
  });
  expect(draft.status, await draft.clone().text()).toBe(200);
  const published = await cms.adminFetch(`${CM}/${documentId}/actions/publish?locale=de`, {
    method: "POST",
    body: JSON.stringify({ title }),
  });
  expect(published.status, await published.clone().text()).toBe(200);
  return started;
}

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-releases-"));
  const hookSecret = randomBytes(16).toString("hex");
  let cmsUrl = "";
  let token: string | undefined;
  // Default debounce (2 s), as in the demo: the measured time is what staff experience.
  loop = await startPublishLoop({
    releasesDir,
    cmsUrl: () => cmsUrl,
    token: () => token,
    hookSecret,
    preview: { secret: PREVIEW_SECRET, token: PREVIEW_CMS_TOKEN },
  });
  cms = await startStrapi({
    env: {
      SITE_BUILD_HOOK: loop.hookUrl,
      SITE_BUILD_HOOK_SECRET: hookSecret,
      PREVIEW_URL: loop.previewUrl,
      PREVIEW_SECRET,
      PREVIEW_CMS_TOKEN,
    },
  });
  cmsUrl = cms.url;
  token = await cms.apiToken("read-only");
  const t0 = performance.now();
  // The seed publishes through the document service, so it calls the build hook many times;
  // held back, those calls make one first build.
  loop.worker.pause();
  await seedDemoContent(cms.strapi);
  figures.push(`(seed ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const angel = await cms.strapi.documents(ITEM).findFirst({ locale: "de", filters: { slug: "taufengel" } });
  if (!angel) throw new Error("demo content has no heritage item taufengel");
  angelId = angel.documentId;
  // Hook calls go out after 250 ms of quiet: let the last ones arrive.
  await new Promise((done) => setTimeout(done, 600));
  expect(loop.worker.status().pendingReasons.length).toBeGreaterThan(0);
  loop.worker.resume();
  await loop.worker.idle();
  expect(loop.worker.status().builds).toBe(1);
  figures.push(`first build ready after ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  expect(loop.worker.status().lastError?.error).toBeUndefined();
}, 600_000);

afterAll(async () => {
  await loop?.close();
  await cms?.stop();
  if (releasesDir) rmSync(releasesDir, { recursive: true, force: true });
  if (figures.length > 0) console.info(`publish → visible: ${figures.join("; ")}`);
});

/** The link the admin's "Vorschau" button opens, as the content manager asks for it. */
async function previewLink(documentId: string, locale: string): Promise<string> {
  const response = await cms.adminFetch(
    `/content-manager/preview/url/${ITEM}?documentId=${documentId}&locale=${locale}&status=draft`,
  );
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { data: { url?: string } };
  if (!body.data.url) throw new Error("the admin returned no preview URL");
  return body.data.url;
}

describe("preview", () => {
  const DRAFT_DE = "Taufengel im Entwurf";
  const DRAFT_EN = "Baptismal angel, draft";

  beforeAll(async () => {
    for (const [locale, title] of [
      ["de", DRAFT_DE],
      ["en", DRAFT_EN],
    ] as const) {
      const saved = await cms.adminFetch(`${CM}/${angelId}?locale=${locale}`, {
        method: "PUT",
        body: JSON.stringify({ title }),
      });
      expect(saved.status, await saved.clone().text()).toBe(200);
    }
  });

  it("shows the draft rendered by the site's own build, in its language, from the admin's preview link", async () => {
    const started = performance.now();
    const link = await previewLink(angelId, "de");
    expect(link.startsWith(loop.previewUrl)).toBe(true);
    const response = await fetch(link);
    figures.push(`preview ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(response.status).toBe(200);
    expect(response.url).toMatch(/\/_preview\/b\/[0-9a-f]{32}\/objekte\/taufengel\/$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain(DRAFT_DE);
    expect(html).toContain("Vorschau – nicht veröffentlicht");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<html[^>]*lang="de/);
    // The site's own stylesheet, served from the preview build.
    const css = /<link[^>]+href="(\/_preview\/b\/[0-9a-f]{32}\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css, "the preview page links the site's stylesheet").toBeDefined();
    expect((await fetch(`${loop.url}${css}`)).status).toBe(200);

    const english = await fetch(await previewLink(angelId, "en"));
    expect(english.status).toBe(200);
    expect(english.url).toMatch(/\/en\/objects\/baptismal-angel\/$/);
    const englishHtml = await english.text();
    expect(englishHtml).toContain(DRAFT_EN);
    expect(englishHtml).toMatch(/<html[^>]*lang="en/);
    angelPreviews.push(response.url, english.url);
  }, 300_000);

  it("tells staff what is missing when a draft cannot be shown yet", async () => {
    const draft = await cms.strapi.documents(ITEM).create({
      locale: "de",
      // A draft may lack required fields; Strapi's input type asks for every one of them.
      data: { title: "Halbfertiger Eintrag", slug: "halbfertig", inventoryNumber: "DEMO-OH-9999" } as never,
    });
    const response = await fetch(await previewLink(draft.documentId, "de"));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain("Vorschau noch nicht möglich");
    expect(html).toContain("field &quot;summary&quot;");
    expect(html).toContain("field &quot;licence&quot;");
  });

  it("refuses without a valid signature and never shows the draft elsewhere", async () => {
    const link = new URL(await previewLink(angelId, "de"));
    const unsigned = new URL(link);
    unsigned.searchParams.delete("signature");
    const tampered = new URL(link);
    tampered.searchParams.set("locale", "en");
    const expired = new URL(link);
    expired.searchParams.set("expires", String(Math.floor(Date.now() / 1000) - 10));
    for (const url of [
      unsigned,
      tampered,
      expired,
      new URL(`${loop.previewUrl}?type=heritage-item&documentId=${angelId}&locale=de&status=draft`),
    ]) {
      const response = await fetch(url);
      expect(response.status, url.search).toBe(401);
      expect(await response.text()).not.toContain(DRAFT_DE);
    }
    // Guessing a preview build path does not work either.
    expect((await fetch(`${loop.previewUrl}/b/${"0".repeat(32)}/objekte/taufengel/`)).status).toBe(404);
    // The public site and the public API still show the published title only.
    expect((await page("/objekte/taufengel/")).html).not.toContain(DRAFT_DE);
    const api = await cms.publicFetch(`/api/heritage-items/${angelId}?status=draft&locale=de`);
    expect(await api.text()).not.toContain(DRAFT_DE);
  });
});

describe("publish to live", () => {
  it("rebuilds the site after a publish in the admin and shows the change", async () => {
    const before = await page("/objekte/taufengel/");
    expect(before.status).toBe(200);
    expect(before.html).not.toContain("Taufengel (restauriert)");
    const releaseBefore = loop.worker.status().current;
    const started = await publishTitle(angelId, "Taufengel (restauriert)");
    await waitForSite("/objekte/taufengel/", (p) => p.html.includes("Taufengel (restauriert)"));
    const ms = performance.now() - started;
    figures.push(
      `publish ${(ms / 1000).toFixed(1)} s (build ${(loop.worker.status().lastBuild?.durationMs ?? 0) / 1000} s)`,
    );
    expect(loop.worker.status().current).not.toBe(releaseBefore);
    expect(loop.worker.status().lastBuild?.reasons.join()).toContain("publish heritage-item");
  }, 300_000);

  it("keeps the last good site online and shows the error when an entry breaks the build", async () => {
    // An entry that slipped past the CMS's checks (e.g. written before a rule existed): its
    // published summary is blank, which the site's content validation refuses.
    const broken = await cms.strapi
      .documents(ITEM)
      .findFirst({ locale: "de", filters: { slug: "ringwall-starigard" } });
    if (!broken) throw new Error("demo content has no heritage item ringwall-starigard");
    await cms.strapi.db
      .query(ITEM)
      .updateMany({ where: { documentId: broken.documentId, locale: "de" }, data: { summary: "   " } });
    const live = loop.worker.status().current;
    await publishTitle(angelId, "Taufengel (Fassung 3)");
    await waitForSite("/_status.json", (p) => JSON.parse(p.html).lastError !== undefined, 120_000);
    expect(loop.worker.status().current).toBe(live);
    const { html } = await page("/objekte/taufengel/");
    expect(html).toContain("Taufengel (restauriert)");
    expect(html).not.toContain("Fassung 3");
    // The public status page says that, staff (the link with the key) also read why.
    expect((await page("/_status")).html).toContain("konnte nicht veröffentlicht werden");
    expect((await page("/_status")).html).not.toContain("ringwall-starigard");
    const status = { html: await (await fetch(loop.staffStatusUrl)).text() };
    expect(status.html).toContain("konnte nicht veröffentlicht werden");
    expect(status.html).toContain("ringwall-starigard");
    expect(status.html).toContain("summary");
    const onDisk = JSON.parse(readFileSync(join(releasesDir, "status.json"), "utf8"));
    expect(onDisk.lastError.error).toContain("ringwall-starigard");

    // Staff fix the entry and publish it: the next build succeeds and the error is gone.
    await cms.strapi.db.query(ITEM).updateMany({
      where: { documentId: broken.documentId, locale: "de" },
      data: { summary: "Slawischer Ringwall, wieder mit Kurzbeschreibung." },
    });
    const published = await cms.adminFetch(`${CM}/${broken.documentId}/actions/publish?locale=de`, {
      method: "POST",
      body: JSON.stringify({ summary: "Slawischer Ringwall, wieder mit Kurzbeschreibung." }),
    });
    expect(published.status, await published.clone().text()).toBe(200);
    await waitForSite("/objekte/taufengel/", (p) => p.html.includes("Taufengel (Fassung 3)"));
    expect(loop.worker.status().lastError).toBeUndefined();
    expect((await page("/_status")).html).not.toContain("konnte nicht veröffentlicht werden");
  }, 400_000);

  it("takes pages and their previews off the site after an unpublish and a delete in the admin", async () => {
    const cap = await cms.strapi
      .documents(ITEM)
      .findFirst({ locale: "de", filters: { slug: "turmhaube-st-johannis" } });
    if (!cap) throw new Error("demo content has no heritage item turmhaube-st-johannis");
    expect((await page("/objekte/turmhaube-st-johannis/")).status).toBe(200);
    expect(angelPreviews, "the preview test opened the angel's previews").toHaveLength(2);
    for (const url of angelPreviews) expect((await fetch(url)).status, url).toBe(200);
    const started = performance.now();
    const unpublished = await cms.adminFetch(`${CM}/${angelId}/actions/unpublish?locale=de`, {
      method: "POST",
      body: JSON.stringify({}),
    });
    expect(unpublished.status, await unpublished.clone().text()).toBe(200);
    const deleted = await cms.adminFetch(`${CM}/${cap.documentId}?locale=de`, { method: "DELETE" });
    expect(deleted.status, await deleted.clone().text()).toBe(200);
    await waitForSite("/objekte/taufengel/", (p) => p.status === 404);
    await waitForSite("/objekte/turmhaube-st-johannis/", (p) => p.status === 404);
    // Its draft is no longer readable through the preview links either (both languages).
    for (const url of angelPreviews) expect((await fetch(url)).status, url).toBe(404);
    figures.push(`unpublish + delete ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const list = (await page("/objekte/")).html;
    expect(list).not.toContain("/objekte/taufengel/");
    expect(list).not.toContain("/objekte/turmhaube-st-johannis/");
    const reasons = loop.worker.status().lastSuccess?.reasons.join(", ") ?? "";
    expect(reasons).toMatch(/delete heritage-item/);
  }, 300_000);
});
