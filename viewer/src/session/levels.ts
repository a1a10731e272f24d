/** Loading one level of a scan: its download (see load/download.ts) and the parse into three.js. */
import type { WebGLRenderer } from "three";
import { ModelDownload } from "../load/download.ts";
import { type PlannedLevel, sameFile } from "../load/levels.ts";
import { type LoadedModel, parseModel } from "../three/load-model.ts";
import type { ScanViewerOptions } from "../types.ts";

export { type LevelName, type PlannedLevel, planLevels } from "../load/levels.ts";

/** The level's download, reusing one poster-first.ts started at the click when it is that file. */
export function downloadLevel(level: PlannedLevel, started?: ModelDownload): ModelDownload {
  if (started && sameFile(started.url, level.url)) return started;
  started?.abort();
  return new ModelDownload(level.url, level.size ? { knownSize: level.size } : {});
}

export async function parseLevel(
  download: ModelDownload,
  options: Pick<ScanViewerOptions, "decoderPath">,
  renderer: WebGLRenderer,
): Promise<LoadedModel> {
  const buffer = await download.result;
  return parseModel(download.url, buffer, { decoderPath: options.decoderPath, renderer });
}
