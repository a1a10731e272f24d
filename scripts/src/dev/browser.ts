import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { findSystemTool, requireSystemTool } from "../shared/system-tools/system-tools.ts";
import { CHROMIUM_ARGS } from "../staff/scan/launch-chromium.ts";

/** CHROMIUM_PATH, else `chromium` on PATH (Debian's package). */
export const chromiumPath = findSystemTool("chromium") ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian Chromium, headless. The background-networking flags matter: without them Chromium tries to
 * reach Google's services at start, which a closed network refuses (and which a privacy test would
 * wrongly blame on our pages).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  // Without Chromium every browser suite fails with the one line that says what to install.
  const executablePath = requireSystemTool("chromium");
  const userDataDir = mkdtempSync(join(tmpdir(), "showroom-chromium-"));
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // Tests also turn off QUIC and sync, which try to reach the network on a closed machine.
    args: [...CHROMIUM_ARGS, "--disable-quic", "--disable-sync", ...extraArgs],
  });
  browser.on("disconnected", () => rmSync(userDataDir, { recursive: true, force: true }));
  return browser;
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** Every request whose origin differs from the allowed origin (data: and blob: excluded). */
  foreignRequests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
}

/** A fresh context and page that records foreign requests and console errors. */
export async function newRecordedPage(
  browser: Browser,
  allowedOrigin: string,
  contextOptions: Parameters<Browser["newContext"]>[0] = {},
): Promise<RecordedPage> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const allowed = new URL(allowedOrigin).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== allowed) foreignRequests.push(url);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  return { page, context, foreignRequests, consoleErrors };
}

/**
 * Loads every image of the page, lazy ones below the fold too, so that all image requests (and so
 * any foreign one) happen during this visit; fails after `timeoutMs` when one never finishes.
 */
export async function loadAllImages(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.evaluate(() => {
    for (const image of document.images) image.loading = "eager";
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), null, {
    timeout: timeoutMs,
  });
}
