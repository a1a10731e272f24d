/** Opening the viewer test page and waiting for the viewer, shared by the viewer test files. */
import type { Browser, Page } from "playwright-core";
import { newRecordedPage, type RecordedPage } from "../../scripts/src/dev/browser.ts";
import type { ScanViewerOptions } from "../../viewer/src/types.ts";

export interface PixelReport {
  coverage: number;
  centre: boolean;
  bbox: [number, number, number, number];
}

export const viewport = { width: 640, height: 560 };

export async function openMountPage(
  browser: Browser,
  baseUrl: string,
  contextOptions: Parameters<Browser["newContext"]>[0] = {},
): Promise<RecordedPage> {
  const recorded = await newRecordedPage(browser, baseUrl, { viewport, ...contextOptions });
  await recorded.page.goto(`${baseUrl}/index.html`);
  await recorded.page.waitForFunction(() => "harness" in window);
  return recorded;
}

/** Mounts the viewer and waits until it shows the model or an error; returns which. */
export async function mountAndSettle(
  page: Page,
  options: ScanViewerOptions,
  timeout = 45_000,
): Promise<string> {
  await page.evaluate(
    (config) => (window as unknown as { harness: { mount(o: unknown): void } }).harness.mount(config),
    options,
  );
  const stage = await page.waitForSelector('#stage[data-state="ready"], #stage[data-state="error"]', {
    timeout,
  });
  return (await stage.getAttribute("data-state")) ?? "";
}

export async function readPixels(page: Page): Promise<PixelReport | undefined> {
  return page.evaluate(() =>
    (window as unknown as { harness: { pixels(): PixelReport | undefined } }).harness.pixels(),
  );
}

/** The camera view in model coordinates; throws when the viewer shows no model. */
export async function readView(page: Page): Promise<{ position: number[]; target: number[] }> {
  const view = await page.evaluate(() =>
    (
      window as unknown as { harness: { view(): { position: number[]; target: number[] } | undefined } }
    ).harness.view(),
  );
  if (!view) throw new Error("the viewer reports no camera view (no model shown)");
  return view;
}
