import { renderPoster } from "../render-poster.ts";
import { need, type ScanContext } from "../scan-context.ts";
import type { PrepareScanOptions } from "../scan-options.ts";

export type RenderLevelPosterOptions = Pick<PrepareScanOptions, "posterOptions">;

/** Renders the poster from the web level in headless Chromium (proving it loads in a browser). */
export async function renderLevelPoster(
  context: ScanContext,
  options: RenderLevelPosterOptions,
): Promise<void> {
  context.poster = await renderPoster(need(context, "web").glb, options.posterOptions);
}
