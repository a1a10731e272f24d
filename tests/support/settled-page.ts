import type { Page } from "playwright-core";

/**
 * Waits until the page has stopped fetching and has drawn two frames.
 *
 * Headless Chromium draws a frame only when something asks for one. Parts of the Strapi admin
 * (the list's bulk-action bar, for one) appear in an animation-frame callback, and in CI they
 * stayed missing for 30 s until something else (a screenshot) asked for a frame. Asking for the
 * frames here is what a visible browser does on its own at every screen refresh.
 */
export async function settledPage(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await nextFrames(page);
}

/** Two animation frames: the one in progress and one drawn after it. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
