/**
 * AR needs a phone (WebXR "immersive-ar" on ARCore, AR Quick Look on iOS), which no test machine
 * has. What can run here is the viewer's side of it: the AR button appears only where the browser
 * says it can start an AR session, it asks for the right session, and a session that cannot start
 * leaves the viewer usable. The WebXR system is replaced by a scripted one for that part only.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import type { ScanViewerOptions } from "../../viewer/src/types.ts";
import { buildHarness } from "./harness.ts";
import { mountAndSettle, openMountPage } from "./page.ts";

const cube: ScanViewerOptions = {
  model: "/generated/cube.glb",
  alt: "Würfel",
  description: "Ein blauer Würfel.",
  autoRotate: false,
  usdzUrl: "/generated/cube.usdz",
};

/** A WebXR system that supports immersive AR but, like a phone without camera permission, refuses to start. */
const scriptedXr = () => {
  const requests: unknown[] = [];
  Object.defineProperty(window, "arRequests", { value: requests });
  Object.defineProperty(navigator, "xr", {
    value: {
      isSessionSupported: async (mode: string) => mode === "immersive-ar",
      requestSession: async (mode: string, init: unknown) => {
        requests.push({
          mode,
          init: JSON.parse(JSON.stringify(init, (key, value) => (key === "root" ? "element" : value))),
        });
        throw new DOMException("The user denied the camera.", "NotAllowedError");
      },
      addEventListener() {},
      removeEventListener() {},
    },
  });
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic((await buildHarness()).dir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("augmented reality", () => {
  it("shows no AR button and no USDZ link in a browser that cannot do AR", async () => {
    const { page, context, consoleErrors } = await openMountPage(browser, server.url);
    try {
      expect(await mountAndSettle(page, cube)).toBe("ready");
      await page.waitForTimeout(300);
      expect(await page.locator('[data-action="ar"]').count()).toBe(0);
      // Outside Safari on iOS a .usdz link would only download a file nobody can open.
      expect(await page.locator('a[rel="ar"]').count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("offers AR where WebXR supports it, asks for an immersive-ar session with a DOM overlay, and stays usable when it is refused", async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 560 } });
    await context.addInitScript(scriptedXr);
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => "harness" in window);
      expect(await mountAndSettle(page, cube)).toBe("ready");
      const arButton = page.locator('[data-action="ar"]');
      await arButton.waitFor({ timeout: 10_000 });
      expect(await arButton.getAttribute("title")).toBe("In AR ansehen");
      await arButton.click();
      await page.waitForFunction(
        () => (window as unknown as { arRequests: unknown[] }).arRequests.length === 1,
      );
      const [request] = await page.evaluate(
        () => (window as unknown as { arRequests: unknown[] }).arRequests,
      );
      expect(request).toEqual({
        mode: "immersive-ar",
        init: { optionalFeatures: ["dom-overlay"], domOverlay: { root: "element" } },
      });
      // The refused session gives the button back and leaves the 3D view working.
      await page.waitForFunction(
        () => !document.querySelector<HTMLButtonElement>('[data-action="ar"]')?.disabled,
      );
      expect(await page.locator('#stage[data-state="ready"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
