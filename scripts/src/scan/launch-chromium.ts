import { type Browser, chromium } from "playwright-core";

export interface LaunchChromiumOptions {
  /** The Chromium binary; defaults to CHROMIUM_PATH or the Debian package's path. */
  executablePath: string;
}

export const LAUNCH_CHROMIUM_DEFAULTS: LaunchChromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
};

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
  return chromium.launch({
    executablePath: options.executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-dev-shm-usage",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}
