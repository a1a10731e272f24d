import { type Browser, chromium } from "playwright-core";
import { findSystemTool, missingToolLine } from "../../shared/system-tools/system-tools.ts";

export interface LaunchChromiumOptions {
  /** The Chromium binary; default: CHROMIUM_PATH, else `chromium` on PATH (Debian's package). */
  executablePath?: string;
}

export const LAUNCH_CHROMIUM_DEFAULTS: LaunchChromiumOptions = {};

/**
 * Flags of every headless Chromium the project starts (posters here, browser tests and benches in
 * scripts/src/dev): no sandbox as root, WebGL through SwiftShader, and nothing that phones home.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

/**
 * Headless Chromium with software WebGL (SwiftShader) for rendering posters on servers without a
 * GPU. The background-networking flags keep Chromium from calling home, which closed networks
 * refuse and which would slow every start. Playwright gives it a throwaway profile.
 *
 * ```ts
 * const browser = await launchChromium();
 * try { ... } finally { await browser.close(); }
 * ```
 */
export async function launchChromium(overrides: Partial<LaunchChromiumOptions> = {}): Promise<Browser> {
  const options = { ...LAUNCH_CHROMIUM_DEFAULTS, ...overrides };
  const executablePath = options.executablePath ?? findSystemTool("chromium");
  // The line names the command to run; callers add what is skipped without it (e.g. the poster).
  if (!executablePath) throw new Error(missingToolLine("chromium"));
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
