import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { need, type ScanContext } from "./scan-context.ts";
import { PREPARE_SCAN_DEFAULTS, type PrepareScanOptions, STEPS, type StepName } from "./scan-options.ts";
import type { ScanReport } from "./scan-report.ts";
import { loadDocument } from "./steps/load-document.ts";
import { makeThumbLevel } from "./steps/make-thumb-level.ts";
import { makeWebLevel } from "./steps/make-web-level.ts";
import { readInput } from "./steps/read-input.ts";
import { renderLevelPoster } from "./steps/render-level-poster.ts";
import { settleLevels } from "./steps/settle-levels.ts";
import { validateInput } from "./steps/validate-input.ts";
import { verifyLevels } from "./steps/verify-levels.ts";
import { writeOutput } from "./steps/write-output.ts";

export type { Notice } from "./notice.ts";
export {
  PREPARE_SCAN_DEFAULTS,
  type PrepareScanOptions,
  type ProgressEvent,
  STEPS,
  type StepName,
} from "./scan-options.ts";
export type { LevelReport, OutputFile, ScanReport } from "./scan-report.ts";

type Step = (context: ScanContext, options: PrepareScanOptions) => Promise<void>;

/** What each named step of {@link STEPS} runs, in the same order. */
const STEP_WORK: Record<
  StepName,
  { run: Step; skip?: (options: PrepareScanOptions) => boolean; settle?: Step }
> = {
  read: { run: readInput },
  validate: { run: validateInput },
  load: { run: loadDocument },
  thumb: { run: makeThumbLevel },
  // Settling compares both levels, so it follows the web level (untimed: it is mostly bookkeeping).
  web: { run: makeWebLevel, settle: settleLevels },
  verify: { run: (context) => verifyLevels(context) },
  poster: { run: renderLevelPoster, skip: (options) => !options.poster },
  write: { run: writeOutput },
};

/**
 * Prepares a scan for the web: validates it, makes a small thumb level and a full level
 * (meshopt/Draco geometry, WebP textures, size limits, optional simplification), renders a poster
 * in headless Chromium and writes a `report.json`. The input file is only read. Output appears in
 * `outDir` only when every step succeeded; on failure a {@link ScanError} says what was wrong.
 * The steps are the files in `steps/`, run in the order of {@link STEPS} over one {@link ScanContext}.
 *
 * ```ts
 * const report = await prepareScan("bell.glb", { outDir: "out/bell" });
 * console.log(report.web.bytes, report.web.triangleCount);
 * ```
 */
export async function prepareScan(
  file: string,
  overrides: Partial<PrepareScanOptions> & { outDir: string },
): Promise<ScanReport> {
  const options: PrepareScanOptions = { ...PREPARE_SCAN_DEFAULTS, ...overrides };
  const context: ScanContext = {
    file,
    options,
    timings: {},
    notices: [],
    thumbKept: false,
    webKept: false,
    webTextureReductions: [],
    poster: null,
  };
  for (const [index, [step, title]] of STEPS.entries()) {
    const work = STEP_WORK[step];
    const event = { step, title, index, total: STEPS.length };
    if (work.skip?.(options)) {
      options.onProgress?.({ ...event, state: "skipped" });
      continue;
    }
    options.onProgress?.({ ...event, state: "start" });
    const started = performance.now();
    await work.run(context, options);
    context.timings[step] = Math.round(performance.now() - started);
    options.onProgress?.({ ...event, state: "done", ms: context.timings[step] });
    await work.settle?.(context, options);
  }
  // Once more with the timing of the write step itself, which the staged copy could not know.
  const report = need(context, "report");
  await writeFile(join(resolve(options.outDir), "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
