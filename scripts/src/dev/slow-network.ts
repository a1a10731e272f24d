import type { BrowserContext, Page } from "playwright-core";

/** Roughly a weak rural 4G/3G connection: 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_MOBILE = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;

/** Throttles one page of `context` to SLOW_MOBILE (Chromium only, through the DevTools protocol). */
export async function emulateSlowMobile(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", SLOW_MOBILE);
}
