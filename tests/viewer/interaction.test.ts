import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import type { ScanViewerOptions } from "../../viewer/src/types.ts";
import { buildHarness, type Harness, posterPageConfig } from "./harness.ts";
import { mountAndSettle, openMountPage, readView, viewport } from "./page.ts";

let harness: Harness;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  harness = await buildHarness();
  server = await serveStatic(harness.dir);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The cube is 1 unit; at 0.3 m per unit a 30 cm box. Front face notes: one with a normal, one without. */
const cube: ScanViewerOptions = {
  model: "/generated/cube.glb",
  alt: "Würfel",
  description: "Ein blauer Würfel.",
  autoRotate: false,
  scale: 0.3,
  annotations: [
    { title: "Vorderseite", text: "Die Vorderseite des Würfels.", position: [0, 0, 0.5], normal: [0, 0, 1] },
    { title: "Ecke vorn", text: "Eine Stelle vorn oben rechts.", position: [0.25, 0.25, 0.5] },
  ],
};

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, i) => value - (b[i] ?? 0)));

async function withMountedCube(run: (page: Page) => Promise<void>, options: Partial<ScanViewerOptions> = {}) {
  const { page, context, consoleErrors } = await openMountPage(browser, server.url);
  try {
    expect(await mountAndSettle(page, { ...cube, ...options })).toBe("ready");
    await run(page);
    expect(consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

describe("poster first", () => {
  it("loads no viewer JavaScript until the visitor asks for the 3D model, then shows it", async () => {
    const { page, context, consoleErrors, foreignRequests } = await newRecordedPage(browser, server.url, {
      viewport,
    });
    try {
      const scripts: Array<{ url: string; bytes: number }> = [];
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script") {
          scripts.push({ url: response.url(), bytes: (await response.body()).byteLength });
        }
      });
      await page.goto(`${server.url}/poster.html`);
      const button = page.getByRole("button", { name: "3D-Modell anzeigen (2,3 MB)" });
      await expect(button.isVisible()).resolves.toBe(true);
      await expect(page.getByRole("img", { name: posterPageConfig.alt }).isVisible()).resolves.toBe(true);
      await page.waitForLoadState("networkidle");
      const before = scripts.reduce((sum, script) => sum + script.bytes, 0);
      // Only the poster-first script (a few KB: with the model download and its progress panel, which
      // start at the click before the viewer code arrives); three.js and the viewer are not requested.
      expect(before).toBeLessThan(12 * 1024);
      expect(await page.locator("canvas").count()).toBe(0);

      await button.click();
      await page.waitForSelector('[data-scan-viewer-stage][data-state="ready"]', { timeout: 45_000 });
      const after = scripts.reduce((sum, script) => sum + script.bytes, 0);
      expect(after).toBeGreaterThan(300 * 1024);
      // Keyboard users continue in the 3D view: focus moved from the button to the canvas.
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("CANVAS");
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("lists the annotations below the viewer in order and links each to its place in the model", async () => {
    const { page, context } = await newRecordedPage(browser, server.url, { viewport });
    try {
      await page.goto(`${server.url}/poster.html`);
      const items = page.locator("ol[data-scan-viewer-annotations] > li");
      await expect(items.allTextContents()).resolves.toEqual([
        "RandDer breite Rand der Schale.",
        "FußDer runde Fuß.",
      ]);
      await page.getByRole("button", { name: /3D-Modell anzeigen/ }).click();
      await page.waitForSelector('[data-scan-viewer-stage][data-state="ready"]', { timeout: 45_000 });
      await items.nth(1).getByRole("button", { name: "Im Modell zeigen" }).click();
      const note = page.locator(".scan-viewer__note");
      await expect(note.textContent()).resolves.toContain("Der runde Fuß.");
      await expect(page.locator('[data-annotation-index="1"]').getAttribute("aria-expanded")).resolves.toBe(
        "true",
      );
    } finally {
      await context.close();
    }
  });

  it("can start by itself when the viewer scrolls into view", async () => {
    const { page, context } = await openMountPage(browser, server.url);
    try {
      await page.evaluate(() => {
        const stage = document.getElementById("stage");
        if (stage) stage.style.marginTop = "3000px";
      });
      await page.evaluate(
        (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
        { ...cube, start: "visible" },
      );
      await page.waitForTimeout(500);
      await expect(page.locator("#stage").getAttribute("data-state")).resolves.toBe("poster");
      await expect(page.locator("#stage canvas").count()).resolves.toBe(0);
      await page.locator("#stage").scrollIntoViewIfNeeded();
      await page.waitForSelector('#stage[data-state="ready"]', { timeout: 45_000 });
    } finally {
      await context.close();
    }
  });

  it("shows a progress bar with a percentage while the model loads", async () => {
    // A slow server: the model arrives in ten parts a fifth of a second apart.
    const { readFile } = await import("node:fs/promises");
    const bowl = await readFile(`${harness.dir}/generated/bowl.glb`);
    const slow = await serveStatic(harness.dir, {
      intercept: (req, res) => {
        if (!req.url?.startsWith("/slow.glb")) return false;
        res.writeHead(200, { "content-type": "model/gltf-binary", "content-length": bowl.byteLength });
        const part = Math.ceil(bowl.byteLength / 10);
        let sent = 0;
        const timer = setInterval(() => {
          res.write(bowl.subarray(sent, sent + part));
          sent += part;
          if (sent >= bowl.byteLength) {
            clearInterval(timer);
            res.end();
          }
        }, 200);
        return true;
      },
    });
    const { page, context } = await openMountPage(browser, slow.url);
    try {
      await page.evaluate(() => {
        const seen: string[] = [];
        Object.assign(window, { progressSeen: seen });
        new MutationObserver(() => {
          const text = document.querySelector("[data-scan-viewer-progress]")?.textContent;
          if (text) seen.push(text);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await mountAndSettle(page, { model: "/slow.glb", alt: "Schale", autoRotate: false });
      const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
      const percents = seen.map((text) => Number(/(\d+) %/.exec(text)?.[1])).filter((n) => !Number.isNaN(n));
      expect(percents.some((n) => n > 0 && n < 100)).toBe(true);
      expect(percents).toContain(100);
      expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    } finally {
      await context.close();
      await slow.close();
    }
  });
});

describe("controls: keyboard, touch and screen readers", () => {
  it("orbits with the arrows, pans with Shift, zooms with +/- and resets with 0", async () => {
    await withMountedCube(async (page) => {
      const canvas = page.locator("#stage canvas");
      await canvas.focus();
      const home = await readView(page);
      await page.keyboard.press("ArrowLeft");
      await page.waitForTimeout(600);
      const orbited = await readView(page);
      expect(distance(orbited.position, home.position)).toBeGreaterThan(0.1);
      expect(distance(orbited.target, home.target)).toBeLessThan(1e-6);

      await page.keyboard.press("Shift+ArrowRight");
      const panned = await readView(page);
      expect(distance(panned.target, home.target)).toBeGreaterThan(0.05);

      const before = distance(panned.position, panned.target);
      await page.keyboard.type("+");
      await page.waitForTimeout(600);
      const zoomed = await readView(page);
      expect(distance(zoomed.position, zoomed.target)).toBeLessThan(before * 0.95);

      await page.keyboard.press("0");
      await page.waitForTimeout(1500);
      const reset = await readView(page);
      expect(distance(reset.position, home.position)).toBeLessThan(1e-3);
      expect(distance(reset.target, home.target)).toBeLessThan(1e-3);
    });
  });

  it("zooms with a two-finger pinch on touch screens", async () => {
    const { page, context } = await openMountPage(browser, server.url, { hasTouch: true, isMobile: true });
    try {
      expect(await mountAndSettle(page, cube)).toBe("ready");
      const before = await readView(page);
      const box = await page.locator("#stage canvas").boundingBox();
      if (!box) throw new Error("no canvas");
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const cdp = await context.newCDPSession(page);
      const touch = (type: "touchStart" | "touchMove" | "touchEnd", spread: number) =>
        cdp.send("Input.dispatchTouchEvent", {
          type,
          touchPoints:
            type === "touchEnd"
              ? []
              : [
                  { x: cx - spread, y: cy, id: 1 },
                  { x: cx + spread, y: cy, id: 2 },
                ],
        });
      await touch("touchStart", 20);
      for (let spread = 30; spread <= 150; spread += 20) await touch("touchMove", spread);
      await touch("touchEnd", 0);
      await page.waitForTimeout(800);
      const after = await readView(page);
      expect(distance(after.position, after.target)).toBeLessThan(
        distance(before.position, before.target) * 0.8,
      );
    } finally {
      await context.close();
    }
  });

  it("goes full screen and back with the toolbar button", async () => {
    await withMountedCube(async (page) => {
      const button = page.locator('[data-action="fullscreen"]');
      await button.click();
      await page.waitForFunction(() => document.fullscreenElement?.id === "stage");
      const titleIs = (expected: string) =>
        page.waitForFunction(
          (text) => document.querySelector('[data-action="fullscreen"]')?.getAttribute("title") === text,
          expected,
        );
      await titleIs("Vollbild beenden");
      await button.click();
      await page.waitForFunction(() => document.fullscreenElement === null);
      await titleIs("Vollbild");
    });
  });

  it("starts from the default camera set in the CMS instead of auto-framing", async () => {
    await withMountedCube(
      async (page) => {
        const view = await readView(page);
        expect(distance(view.position, [0, 1, 3])).toBeLessThan(1e-6);
        expect(distance(view.target, [0, 0.2, 0])).toBeLessThan(1e-6);
      },
      { defaultCamera: { position: [0, 1, 3], target: [0, 0.2, 0], fov: 30 } },
    );
  });

  it("announces the controls and lets Tab leave the canvas", async () => {
    await withMountedCube(async (page) => {
      const canvas = page.locator("#stage canvas");
      await expect(canvas.getAttribute("aria-label")).resolves.toBe("3D-Ansicht: Würfel");
      const describedBy = await canvas.getAttribute("aria-describedby");
      await expect(page.locator(`#${describedBy}`).textContent()).resolves.toContain("Pfeiltasten");
      await expect(page.locator("[data-scan-viewer-live]").textContent()).resolves.toContain(
        "3D-Modell geladen",
      );
      await canvas.focus();
      await page.keyboard.press("Tab");
      const next = await page.evaluate(
        () => document.activeElement?.closest("#stage") !== null && document.activeElement?.tagName,
      );
      expect(next).toBe("BUTTON");
      // Tab keeps moving through the viewer's buttons and on to the link after the viewer.
      let reached = false;
      for (let i = 0; i < 15 && !reached; i += 1) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(() => document.activeElement?.id === "after");
      }
      expect(reached).toBe(true);
    });
  });

  it("shows its messages in English on English pages", async () => {
    const { page, context } = await openMountPage(browser, server.url);
    try {
      expect(await mountAndSettle(page, { ...cube, model: "/generated/missing.glb", locale: "en" })).toBe(
        "error",
      );
      await expect(page.getByRole("alert").textContent()).resolves.toContain("The 3D file was not found.");
    } finally {
      await context.close();
    }
  });
});

describe("annotations", () => {
  it("anchors the notes as buttons to their 3D points and hides them behind the model", async () => {
    await withMountedCube(async (page) => {
      const hotspots = page.locator(".scan-viewer__hotspot");
      await expect(hotspots.count()).resolves.toBe(2);
      await expect(
        hotspots.evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.visible)),
      ).resolves.toEqual(["true", "true"]);
      // The front face note sits in the middle of the canvas, on the cube.
      const box = await hotspots.first().boundingBox();
      const canvasBox = await page.locator("#stage canvas").boundingBox();
      expect(box && canvasBox && box.x > canvasBox.x && box.x < canvasBox.x + canvasBox.width).toBe(true);

      await hotspots.first().click();
      await expect(page.locator(".scan-viewer__note").textContent()).resolves.toContain(
        "Die Vorderseite des Würfels.",
      );
      await expect(hotspots.first().getAttribute("aria-expanded")).resolves.toBe("true");
      await page.locator('[data-action="close-note"]').click();

      // Turn half way round: both notes are now behind the cube (one by its normal, one by a ray).
      await page.locator("#stage canvas").focus();
      for (let i = 0; i < 12; i += 1) await page.keyboard.press("ArrowLeft");
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLElement>(".scan-viewer__hotspot")].every(
            (b) => b.dataset.visible === "false",
          ),
        undefined,
        { timeout: 10_000 },
      );
      await expect(hotspots.first().isVisible()).resolves.toBe(false);
    });
  });

  it("guides the camera from note to note", async () => {
    await withMountedCube(async (page) => {
      await page.getByRole("button", { name: "Geführte Ansicht" }).click();
      const note = page.locator(".scan-viewer__note");
      await expect(note.textContent()).resolves.toContain("Station 1 von 2: Vorderseite");
      await page.waitForTimeout(1500);
      const first = await readView(page);
      expect(distance(first.target, [0, 0, 0.5])).toBeLessThan(0.01);
      await page.getByRole("button", { name: "Weiter" }).click();
      await expect(note.textContent()).resolves.toContain("Station 2 von 2: Ecke vorn");
      await page.waitForTimeout(1500);
      const second = await readView(page);
      expect(distance(second.target, [0.25, 0.25, 0.5])).toBeLessThan(0.01);
      await page.getByRole("button", { name: "Geführte Ansicht beenden" }).click();
      await expect(note.isVisible()).resolves.toBe(false);
      // Focus returns to the button that started the guided view, not to the top of the page.
      await expect(
        page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action),
      ).resolves.toBe("guided-view");
      await expect(
        page.getByRole("button", { name: "Geführte Ansicht" }).getAttribute("aria-pressed"),
      ).resolves.toBe("false");
    });
  });
});

describe("motion", () => {
  it("turns the model by itself only when the visitor has not asked for reduced motion", async () => {
    for (const reducedMotion of ["no-preference", "reduce"] as const) {
      const { page, context } = await openMountPage(browser, server.url, { reducedMotion });
      try {
        expect(await mountAndSettle(page, { ...cube, autoRotate: true })).toBe("ready");
        const start = await readView(page);
        await page.waitForTimeout(1000);
        const later = await readView(page);
        const moved = distance(later.position, start.position);
        if (reducedMotion === "reduce") {
          expect(moved).toBeLessThan(1e-6);
          await expect(page.locator('[data-action="auto-rotate"]').count()).resolves.toBe(0);
        } else {
          expect(moved).toBeGreaterThan(1e-3);
          // and the visitor can stop it
          await page.locator('[data-action="auto-rotate"]').click();
          await expect(
            page.locator('[data-action="auto-rotate"]').getAttribute("aria-pressed"),
          ).resolves.toBe("false");
        }
      } finally {
        await context.close();
      }
    }
  });

  it("jumps instead of flying to a note under reduced motion", async () => {
    const { page, context } = await openMountPage(browser, server.url, { reducedMotion: "reduce" });
    try {
      expect(await mountAndSettle(page, cube)).toBe("ready");
      await page.locator('[data-annotation-index="1"]').click();
      const view = await readView(page);
      expect(distance(view.target, [0.25, 0.25, 0.5])).toBeLessThan(1e-6);
    } finally {
      await context.close();
    }
  });
});

describe("measuring", () => {
  async function measureTwoPoints(scale: number): Promise<number> {
    let metres = Number.NaN;
    await withMountedCube(
      async (page) => {
        await page.getByRole("button", { name: "Messen" }).click();
        const box = await page.locator("#stage canvas").boundingBox();
        if (!box) throw new Error("no canvas");
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        await page.mouse.click(cx, cy);
        await expect(page.locator(".scan-viewer__readout").textContent()).resolves.toContain("Erster Punkt");
        await page.mouse.click(cx + 40, cy - 30);
        const readout = page.locator(".scan-viewer__readout");
        await expect(readout.textContent()).resolves.toMatch(/^Abstand: [\d,]+ (mm|cm|m)$/);
        metres = Number(await readout.getAttribute("data-metres"));
      },
      { scale },
    );
    return metres;
  }

  it("measures the distance between two picked points in the model's real units", async () => {
    const atOneMetre = await measureTwoPoints(1);
    const atThirtyCentimetres = await measureTwoPoints(0.3);
    expect(atOneMetre).toBeGreaterThan(0.05);
    expect(atOneMetre).toBeLessThan(Math.sqrt(3));
    // Same pixels, same spot on the model (the camera frames it the same): 0.3 × the distance.
    expect(atThirtyCentimetres / atOneMetre).toBeCloseTo(0.3, 3);
  });
});

describe("failures and clean-up", () => {
  it("falls back to the poster, description and a message when the browser has no WebGL", async () => {
    const noWebGL = await launchBrowser(["--disable-webgl", "--disable-3d-apis"]);
    try {
      const { page, context } = await openMountPage(noWebGL, server.url);
      expect(await mountAndSettle(page, { ...cube, poster: "/poster.svg" })).toBe("error");
      await expect(page.locator('[data-scan-viewer-error="webgl"]').count()).resolves.toBe(1);
      await expect(page.getByRole("alert").textContent()).resolves.toContain("WebGL");
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Ein blauer Würfel.");
      await expect(page.getByRole("img", { name: "Würfel" }).isVisible()).resolves.toBe(true);
      await context.close();
    } finally {
      await noWebGL.close();
    }
  });

  it("shows a message with a retry button when the WebGL context is lost, and recovers", async () => {
    await withMountedCube(async (page) => {
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>("#stage canvas");
        canvas?.getContext("webgl2")?.getExtension("WEBGL_lose_context")?.loseContext();
      });
      await page.waitForSelector('[data-scan-viewer-error="contextLost"]');
      await expect(page.getByRole("alert").textContent()).resolves.toContain("vom Browser beendet");
      await page.getByRole("button", { name: "Erneut versuchen" }).click();
      await page.waitForSelector('#stage[data-state="ready"]', { timeout: 45_000 });
    });
  });

  it("frees its WebGL context and DOM on unmount, 20 times in a row", async () => {
    const { page, context, consoleErrors } = await openMountPage(browser, server.url);
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (/too many active webgl contexts/i.test(message.text())) warnings.push(message.text());
    });
    try {
      const lost: boolean[] = [];
      for (let i = 0; i < 20; i += 1) {
        expect(await mountAndSettle(page, { ...cube, annotations: [] })).toBe("ready");
        lost.push(
          await page.evaluate(async () => {
            const canvas = document.querySelector<HTMLCanvasElement>("#stage canvas");
            (window as unknown as { harness: { unmount(): void } }).harness.unmount();
            await new Promise((done) => setTimeout(done, 50));
            return canvas?.getContext("webgl2")?.isContextLost() ?? false;
          }),
        );
      }
      expect(lost).toEqual(Array(20).fill(true));
      expect(warnings).toEqual([]);
      await expect(page.locator("#stage").innerHTML()).resolves.toBe("");
      expect(await mountAndSettle(page, cube)).toBe("ready");
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("React component", () => {
  it("shows poster and button first, renders on click and frees its WebGL context when React unmounts it", async () => {
    const { page, context, consoleErrors } = await newRecordedPage(browser, server.url, { viewport });
    try {
      await page.goto(`${server.url}/react.html`);
      await page.waitForFunction(() => "reactHarness" in window);
      await page.evaluate(
        (config) =>
          (window as unknown as { reactHarness: { render(o: unknown): void } }).reactHarness.render(config),
        { ...cube, poster: "/poster.svg", preserveDrawingBuffer: true },
      );
      await expect(page.locator("ol.scan-viewer__annotation-list > li").count()).resolves.toBe(2);
      await page.getByRole("button", { name: "3D-Modell anzeigen" }).click();
      await page.waitForSelector('.scan-viewer__stage[data-state="ready"]', { timeout: 45_000 });
      await expect(page.getByRole("button", { name: "Im Modell zeigen" }).count()).resolves.toBe(2);
      const lost = await page.evaluate(async () => {
        const canvas = document.querySelector("canvas");
        (window as unknown as { reactHarness: { unmount(): void } }).reactHarness.unmount();
        await new Promise((done) => setTimeout(done, 50));
        return canvas?.getContext("webgl2")?.isContextLost();
      });
      expect(lost).toBe(true);
      await expect(page.locator("#app").innerHTML()).resolves.toBe("");
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("accessibility", () => {
  it("has no axe violations on the poster page, in the 3D view and with a note open", async () => {
    const { page, context } = await newRecordedPage(browser, server.url, { viewport });
    try {
      await page.goto(`${server.url}/poster.html`);
      const check = async (when: string) => {
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        expect(
          results.violations.map((v) => `${when}: ${v.id} (${v.nodes.map((n) => n.target).join(" | ")})`),
        ).toEqual([]);
      };
      await check("poster");
      await page.getByRole("button", { name: /3D-Modell anzeigen/ }).click();
      await page.waitForSelector('[data-scan-viewer-stage][data-state="ready"]', { timeout: 45_000 });
      await check("3D view");
      await page.locator('[data-annotation-index="0"]').click();
      await check("note open");
    } finally {
      await context.close();
    }
  });
});
