/**
 * Object pages with any viewer config, for the tests and the load bench: the built poster page of
 * the harness (its poster-first script, exactly as the site includes it) with the viewer HTML of
 * another config in place of the built-in one.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { renderViewerHtml } from "@showroom/viewer/render-viewer-html.ts";
import type { ScanViewerOptions } from "@showroom/viewer/types.ts";

/** The HTML of the harness's poster page showing `config` instead of the built-in scan. */
export async function posterPageWith(harnessDir: string, config: ScanViewerOptions): Promise<string> {
  const built = await readFile(join(harnessDir, "poster.html"), "utf8");
  const start = built.indexOf("<style data-scan-viewer-css>");
  const end = built.indexOf("</main>");
  if (start < 0 || end < start) throw new Error("the harness poster page has no viewer to replace");
  const viewer = renderViewerHtml(config, { includeStyles: true, posterWidth: 800, posterHeight: 600 });
  return `${built.slice(0, start)}${viewer}${built.slice(end)}`;
}
