import { basename } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { sharedFixturesOrSkipReason } from "../support/paths.ts";
import { buildHarness, type Harness, sharedModels } from "./harness.ts";
import { mountAndSettle, openMountPage, readPixels } from "./page.ts";

// The table: every shared positive fixture must render, every file in negative/ must show the error.
const skipShared = sharedFixturesOrSkipReason();
const sharedPositive = skipShared
  ? []
  : (await sharedModels()).filter((file) => !file.startsWith("negative/"));
const sharedNegative = skipShared ? [] : await sharedModels("negative");
const generatedPositive = [
  "bowl.glb",
  "cube.glb",
  "bowl-separate.gltf",
  "bowl-draco.glb",
  "bowl-meshopt.glb",
  "panel-ktx2.glb",
  "panel-basis.glb",
];
const generatedNegative: Array<[string, string]> = [
  ["truncated.glb", "broken"],
  ["not-gltf.glb", "broken"],
  ["bad-json.gltf", "broken"],
  ["no-mesh.gltf", "invalid"],
  ["missing.glb", "missing"],
];

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

async function expectRendered(model: string, lighting: "auto" | "environment" = "auto") {
  const { page, context, consoleErrors, foreignRequests } = await openMountPage(browser, server.url);
  try {
    const state = await mountAndSettle(
      page,
      { model, alt: basename(model), decoderPath: "/decoders/", autoRotate: false, lighting },
      120_000,
    );
    const error = await page.evaluate(
      () => document.querySelector("[data-scan-viewer-error]")?.textContent ?? "",
    );
    expect(state, `viewer error for ${model}: ${error}`).toBe("ready");
    const pixels = await readPixels(page);
    expect(pixels, "the canvas can be read").toBeDefined();
    // Not blank, framed: the model covers a fair share of the canvas, not all of it, and the centre.
    expect(pixels?.coverage).toBeGreaterThan(0.02);
    expect(pixels?.coverage).toBeLessThan(0.98);
    expect(pixels?.centre).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  } finally {
    await context.close();
  }
}

async function expectClearError(model: string, code?: string) {
  const { page, context } = await openMountPage(browser, server.url);
  try {
    const state = await mountAndSettle(page, {
      model,
      alt: "Testobjekt",
      poster: "/poster.svg",
      description: "Beschreibung des Testobjekts.",
      decoderPath: "/decoders/",
    });
    expect(state).toBe("error");
    const alert = page.getByRole("alert");
    await expect(alert.textContent()).resolves.toContain("Das 3D-Modell kann nicht angezeigt werden.");
    if (code) await expect(page.locator(`[data-scan-viewer-error="${code}"]`).count()).resolves.toBe(1);
    // The poster and the text description stand in for the model; no canvas is left behind.
    await expect(page.locator(".scan-viewer__poster").isVisible()).resolves.toBe(true);
    await expect(alert.textContent()).resolves.toContain("Beschreibung des Testobjekts.");
    await expect(page.locator("#stage canvas").count()).resolves.toBe(0);
  } finally {
    await context.close();
  }
}

describe.skipIf(Boolean(skipShared))("shared glTF fixtures", () => {
  it.each(sharedPositive)("renders %s framed and without console errors", async (file) => {
    await expectRendered(`/shared/${file}`);
  });
  it.each(sharedNegative)("shows a clear error instead of %s", async (file) => {
    await expectClearError(`/shared/${file}`);
  });
});

describe("generated glTF fixtures", () => {
  it.each(generatedPositive)("renders generated %s framed and without console errors", async (file) => {
    await expectRendered(`/generated/${file}`);
  });
  it.each(generatedNegative)("shows a clear error for %s (%s)", async (file, code) => {
    await expectClearError(`/generated/${file}`, code);
  });
});

describe("lighting", () => {
  // Software GL (as here) gets plain lights by default; this covers what GPUs get: the generated
  // neutral environment, prefiltered on the GPU (slow in software, hence only once).
  it("renders the metal bowl lit by the generated environment light", async () => {
    await expectRendered("/generated/bowl.glb", "environment");
  }, 180_000);
});

describe("decoders", () => {
  it("loads the Draco decoder from the site only for a Draco file, and never from elsewhere", async () => {
    const { page, context, foreignRequests } = await openMountPage(browser, server.url);
    try {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      await mountAndSettle(page, { model: "/generated/bowl.glb", alt: "plain", autoRotate: false });
      expect(requests.filter((path) => /draco|basis|meshopt|KTX2/i.test(path))).toEqual([]);
      await mountAndSettle(page, {
        model: "/generated/bowl-draco.glb",
        alt: "draco",
        decoderPath: "/decoders/",
        autoRotate: false,
      });
      expect(requests).toContain("/decoders/draco_decoder.wasm");
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("loads the Basis transcoder from the site for a Basis-compressed texture, and not for an uncompressed KTX2", async () => {
    const { page, context, foreignRequests } = await openMountPage(browser, server.url);
    try {
      const requests: string[] = [];
      page.on("request", (request) => requests.push(new URL(request.url()).pathname));
      const uncompressed = await mountAndSettle(page, {
        model: "/generated/panel-ktx2.glb",
        alt: "ktx2",
        decoderPath: "/decoders/",
        autoRotate: false,
      });
      expect(uncompressed).toBe("ready");
      expect(requests.filter((path) => /basis/i.test(path))).toEqual([]);
      const basis = await mountAndSettle(page, {
        model: "/generated/panel-basis.glb",
        alt: "basis",
        decoderPath: "/decoders/",
        autoRotate: false,
      });
      expect(basis).toBe("ready");
      expect(requests).toContain("/decoders/basis_transcoder.js");
      expect(requests).toContain("/decoders/basis_transcoder.wasm");
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
