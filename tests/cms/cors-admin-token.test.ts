import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

// Finding 4: a script on the public site's origin must not be able to turn a logged-in editor's
// admin refresh cookie into an admin access token. In the demo the site (localhost:4321) and the
// CMS (localhost:1337) are same-site, so the SameSite=Lax cookie is sent: CORS is what must hold.
let cms: TestStrapi;
let site: Server;
let siteOrigin: string;
let browser: Browser | undefined;
const EXTRA_ORIGIN = "https://partner.example";
const FOREIGN_ORIGIN = "https://attacker.example";

beforeAll(async () => {
  // A stand-in for the public site: one empty page on its own port of localhost.
  site = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end("<!doctype html><title>site</title><p>site</p>");
  });
  await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
  siteOrigin = `http://localhost:${(site.address() as AddressInfo).port}`;
  cms = await startStrapi({ env: { PUBLIC_SITE_URL: siteOrigin, CORS_ORIGINS: EXTRA_ORIGIN } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  await new Promise((done) => site?.close(done));
});

/** Logs the super admin in and returns the refresh cookie ("name=value") the admin keeps. */
async function refreshCookie(): Promise<string> {
  const response = await cms.publicFetch("/admin/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: cms.admin.email, password: cms.admin.password, rememberMe: true }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith("strapi_admin_refresh="));
  expect(cookie, "the login sets the refresh cookie").toBeDefined();
  return (cookie as string).split(";")[0] as string;
}

const corsHeaders = (response: Response) =>
  [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("CORS of the CMS", () => {
  it("does not let the public site's origin exchange the admin refresh cookie for a token", async () => {
    const cookie = await refreshCookie();
    const response = await cms.publicFetch("/admin/access-token", {
      method: "POST",
      headers: { cookie, origin: siteOrigin, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.status).toBe(403);
    expect(await response.text()).not.toMatch(/"token"/);
  });

  it("answers a preflight from the site's origin without allowing credentials", async () => {
    const response = await cms.publicFetch("/admin/access-token", {
      method: "OPTIONS",
      headers: {
        origin: siteOrigin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("lets the site and CORS_ORIGINS read the public API, without credentials", async () => {
    for (const origin of [siteOrigin, EXTRA_ORIGIN]) {
      const response = await cms.publicFetch("/api/places", { headers: { origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe(origin);
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("sends no CORS headers at all to an origin that is not configured", async () => {
    const cookie = await refreshCookie();
    for (const [path, init] of [
      ["/api/places", {}],
      ["/admin/access-token", { method: "POST", headers: { cookie } }],
      ["/admin/access-token", { method: "OPTIONS", headers: { "access-control-request-method": "POST" } }],
    ] as const) {
      const headers = new Headers((init as RequestInit).headers);
      headers.set("origin", FOREIGN_ORIGIN);
      const response = await cms.publicFetch(path, { ...(init as RequestInit), headers });
      expect(corsHeaders(response), `${(init as RequestInit).method ?? "GET"} ${path}`).toEqual([]);
    }
  });

  it("still gives the admin itself a new access token from its cookie", async () => {
    const cookie = await refreshCookie();
    const response = await cms.publicFetch("/admin/access-token", {
      method: "POST",
      headers: { cookie, origin: cms.url, "content-type": "application/json" },
      body: "{}",
    });
    const body = (await response.json()) as { data?: { token?: string } };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.data?.token).toBeTruthy();
  });

  it("keeps a script on the same-site public site from reading an admin token in a real browser", async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    const cmsOrigin = cms.url.replace("127.0.0.1", "localhost");
    // The editor signs in to the admin (same origin as the CMS): the browser now holds the cookie.
    await page.goto(`${cmsOrigin}/api/places`);
    const own = await page.evaluate(
      async ({ email, password }) => {
        await fetch("/admin/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password, rememberMe: true }),
        });
        const response = await fetch("/admin/access-token", { method: "POST" });
        return { status: response.status, body: await response.text() };
      },
      { email: cms.admin.email, password: cms.admin.password },
    );
    expect(own.status, own.body).toBe(200);
    expect(own.body).toMatch(/"token"/);
    expect((await context.cookies(`${cmsOrigin}/admin/access-token`)).map((cookie) => cookie.name)).toContain(
      "strapi_admin_refresh",
    );

    // A script on the public site (same site: both are localhost) tries the same.
    await page.goto(`${siteOrigin}/`);
    const stolen = await page.evaluate(async (target) => {
      try {
        const response = await fetch(`${target}/admin/access-token`, {
          method: "POST",
          credentials: "include",
        });
        return `read: ${response.status} ${await response.text()}`;
      } catch (error) {
        return `blocked: ${(error as Error).message}`;
      }
    }, cmsOrigin);
    expect(stolen).toMatch(/^blocked:/);

    // The editor's session survived the attempt.
    await page.goto(`${cmsOrigin}/api/places`);
    const after = await page.evaluate(
      async () => (await fetch("/admin/access-token", { method: "POST" })).status,
    );
    expect(after).toBe(200);
    await context.close();
  }, 120_000);
});
