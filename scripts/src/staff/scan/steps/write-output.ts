import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { need, type ScanContext } from "../scan-context.ts";
import { ScanError } from "../scan-error.ts";
import type { PrepareScanOptions } from "../scan-options.ts";
import { type BuildReportOptions, buildReport, outputNames } from "./build-report.ts";

export type WriteOutputOptions = Pick<PrepareScanOptions, "outDir"> & BuildReportOptions;

/**
 * Builds `report.json` and writes it with both levels and the poster into `outDir`: into a private
 * folder first, copied only when complete, and never over the input.
 */
export async function writeOutput(context: ScanContext, options: WriteOutputOptions): Promise<void> {
  const input = need(context, "input");
  const thumb = need(context, "thumb");
  const web = need(context, "web");
  const { poster } = context;
  const names = outputNames(context);
  const report = buildReport(context, options);
  context.report = report;
  const outDir = resolve(options.outDir);
  // Write into a private folder first and copy when complete, so a failure never leaves half a
  // result (or a stale report next to new models) in the output folder.
  const staging = await mkdtemp(join(tmpdir(), "prepare-scan-"));
  try {
    await writeFile(join(staging, names.thumb), thumb.glb);
    await writeFile(join(staging, names.web), web.glb);
    if (poster && names.poster) await writeFile(join(staging, names.poster), poster.image);
    await writeFile(join(staging, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    const outputs = [names.thumb, names.web, names.poster, "report.json"].filter(
      (n): n is string => n !== null,
    );
    if (outputs.some((name) => join(outDir, name) === input.file)) {
      throw new ScanError(
        "OUTPUT_FAILED",
        `Refusing to overwrite the input ${need(context, "fileName")}; choose another --out folder.`,
      );
    }
    await mkdir(outDir, { recursive: true });
    for (const name of outputs) await copyFile(join(staging, name), join(outDir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
