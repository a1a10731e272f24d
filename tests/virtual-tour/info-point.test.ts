/**
 * The information points of the virtual tour in Chromium (SwiftShader WebGL): the popup shows the
 * point's text, its image with alt text and its audio with the browser's own controls, and axe finds
 * nothing in it. The viewer module is bundled as the site ships it and started on a small page of
 * its own, so no site build is needed for the popup.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newRecordedPage } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import type { VirtualTourConfig } from "../../viewer/src/panorama/types.ts";

let dir: string;
let browser: Browser;
let server: StaticServer;

/** A second of silence as 8-bit mono WAV: a real file the audio element can load. */
function silentWav(): Buffer {
  const rate = 8000;
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + rate, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36);
  header.writeUInt32LE(rate, 40);
  return Buffer.concat([header, Buffer.alloc(rate, 128)]);
}

const config: VirtualTourConfig = {
  locale: "de",
  tourTitle: "Rundgang",
  stops: [
    {
      number: 1,
      title: "Auf dem Wall",
      href: "/touren/wall/auf-dem-wall/",
      tiles: "/panorama/",
      levels: [],
      caption: "Blick über den Ringwall, Demo-Rendering",
      hotspots: [
        {
          label: "Der Graben",
          yaw: 20,
          pitch: 0,
          target: {
            kind: "info",
            text: "Vor dem Wall lag ein Wassergraben.",
            image: { src: "/media/graben.jpg", alt: "Wassergraben vor dem Wall", width: 320, height: 200 },
            audio: "/media/graben.wav",
          },
        },
        {
          label: "Nur Text",
          yaw: -20,
          pitch: 0,
          target: { kind: "info", text: "Ein Infopunkt ohne Medien." },
        },
      ],
    },
  ],
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "info-point-"));
  mkdirSync(join(dir, "panorama"));
  mkdirSync(join(dir, "media"));
  await sharp({ create: { width: 1024, height: 512, channels: 3, background: "#7fa7d0" } })
    .jpeg()
    .toFile(join(dir, "panorama", "preview.jpg"));
  await sharp({ create: { width: 320, height: 200, channels: 3, background: "#38597a" } })
    .jpeg()
    .toFile(join(dir, "media", "graben.jpg"));
  writeFileSync(join(dir, "media", "graben.wav"), silentWav());
  copyFileSync(
    join(import.meta.dirname, "../../site/src/components/virtual-tour/virtual-tour.css"),
    join(dir, "virtual-tour.css"),
  );
  await build({
    entryPoints: [join(import.meta.dirname, "../../viewer/src/panorama/virtual-tour.ts")],
    bundle: true,
    format: "esm",
    outfile: join(dir, "viewer.js"),
    logLevel: "silent",
  });
  writeFileSync(
    join(dir, "start.js"),
    'import { startVirtualTour } from "./viewer.js";\nstartVirtualTour(document.querySelector("[data-virtual-tour]"));\n',
  );
  const attribute = JSON.stringify(config).replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Infopunkt</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/virtual-tour.css"></head><body><main><h1>Rundgang</h1>
<div class="virtual-tour" data-virtual-tour="${attribute}"><div class="virtual-tour__stage" data-virtual-tour-stage style="position:relative;width:800px;height:400px"></div></div>
<script type="module" src="/start.js"></script></main></body></html>`,
  );
  server = await serveStatic(dir);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("an information point of the virtual tour", () => {
  it("shows its text, its image with alt text and its audio with native controls, and axe finds nothing in the popup", async () => {
    const { page, consoleErrors, foreignRequests } = await newRecordedPage(browser, server.url, {
      viewport: { width: 1000, height: 800 },
    });
    await page.goto(`${server.url}/`);
    const point = page.locator(".virtual-tour__destinations button", { hasText: "Der Graben" });
    await point.waitFor({ timeout: 60_000 });
    // By keyboard, as the list is meant to be used (the bare page has no site layout for the mouse).
    await point.focus();
    await page.keyboard.press("Enter");
    const popup = page.getByRole("group", { name: "Der Graben" });
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.textContent()).toContain("Vor dem Wall lag ein Wassergraben.");
    const image = popup.getByRole("img", { name: "Wassergraben vor dem Wall" });
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(320);
    const audio = popup.locator("audio");
    expect(await audio.evaluate((element: HTMLAudioElement) => element.controls)).toBe(true);
    expect(await audio.getAttribute("src")).toBe("/media/graben.wav");
    expect(await audio.getAttribute("aria-label")).toBe("Der Graben");
    await expect
      .poll(() => audio.evaluate((element: HTMLAudioElement) => element.canPlayType("audio/wav")))
      .not.toBe("");

    const axe = await new AxeBuilder({ page }).include(".virtual-tour__info").analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    // An information point without media shows its text only.
    await page.locator(".virtual-tour__destinations button", { hasText: "Nur Text" }).focus();
    await page.keyboard.press("Enter");
    const plain = page.getByRole("group", { name: "Nur Text" });
    await expect.poll(() => plain.count()).toBe(1);
    expect(await plain.locator("img, audio").count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
