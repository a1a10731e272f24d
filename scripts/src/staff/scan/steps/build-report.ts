import type { Derivative } from "../make-derivative.ts";
import { need, type ScanContext, usesKtx2 } from "../scan-context.ts";
import { MB, type PrepareScanOptions, WEB_TEXTURE_STEPS } from "../scan-options.ts";
import type { LevelReport, ScanReport } from "../scan-report.ts";

export type BuildReportOptions = Pick<
  PrepareScanOptions,
  "triangleBudget" | "thumbTriangleBudget" | "sizeBudgetBytes" | "webByteBudget" | "scale"
>;

/** The file names of the outputs, from the input's base name. */
export function outputNames(context: ScanContext): { thumb: string; web: string; poster: string | null } {
  const { baseName } = need(context, "input");
  return {
    thumb: `${baseName}.thumb.glb`,
    web: `${baseName}.web.glb`,
    poster: context.poster ? `${baseName}.poster.${context.poster.format}` : null,
  };
}

function scaleNote(size: [number, number, number] | null): string | undefined {
  if (!size) return undefined;
  const largest = Math.max(...size);
  if (largest > 1000)
    return `The model is ${largest.toFixed(0)} units across: if that is not metres (e.g. millimetres), set the scan's scale.`;
  if (largest < 0.01) return `The model is only ${largest.toFixed(4)} units across: check the scan's scale.`;
  return undefined;
}

function levelReport(file: string, d: Derivative, kept: boolean, budget: number | null): LevelReport {
  return {
    file,
    bytes: d.glb.byteLength,
    triangleCount: d.facts.triangleCount,
    drawnTriangleCount: d.facts.drawnTriangleCount,
    drawnTrianglesBefore: d.trianglesBefore,
    triangleBudget: budget,
    vertexCount: d.facts.vertexCount,
    extensionsUsed: d.facts.extensionsUsed,
    keptOriginalEncoding: kept,
    textures: d.textures,
  };
}

/**
 * The `report.json` of a finished run: sizes, triangles and textures per level, validator summary,
 * bounds and scale, budget warnings, notices and timings (the runner's `timings`, filled in to the end).
 */
export function buildReport(context: ScanContext, options: BuildReportOptions): ScanReport {
  const input = need(context, "input");
  const facts = need(context, "facts");
  const validation = need(context, "validation");
  const thumb = need(context, "thumb");
  const web = need(context, "web");
  const { poster, originalBounds = null } = context;
  const names = outputNames(context);
  const warnings = [
    ...validation.warnings.map((w) => `validator: ${w.message} (${w.pointer ?? ""})`),
    ...need(context, "logger").warnings,
  ];
  if (options.triangleBudget !== null && web.facts.drawnTriangleCount > options.triangleBudget) {
    warnings.unshift(
      `The web level draws ${web.facts.drawnTriangleCount} triangles, over the budget of ${options.triangleBudget}: ` +
        "simplifying further would visibly change the shape. Decimate the model in your 3D software or raise --triangle-budget.",
    );
  }
  const exceeded = web.glb.byteLength > options.sizeBudgetBytes;
  if (exceeded) {
    warnings.unshift(
      `The web file is ${(web.glb.byteLength / MB).toFixed(1)} MB, over the budget of ${(options.sizeBudgetBytes / MB).toFixed(1)} MB: ` +
        "visitors on mobile connections wait long. Set a triangle budget (--triangle-budget) or smaller textures (--max-texture-size).",
    );
  }
  // The transcoder for KTX2 textures is part of what the visitor waits for.
  const decoderBytes = usesKtx2(web) ? (context.ktx2DecoderBytes ?? 0) : 0;
  const fits = web.glb.byteLength + decoderBytes <= options.webByteBudget;
  const reducedTextures = context.webTextureReductions;
  if (!fits) {
    warnings.unshift(
      `The web file is ${((web.glb.byteLength + decoderBytes) / MB).toFixed(1)} MB${decoderBytes > 0 ? " with the KTX2 transcoder" : ""}, over its download budget of ${(options.webByteBudget / MB).toFixed(1)} MB ` +
        `even with textures at ${WEB_TEXTURE_STEPS.at(-1)} px: visitors on slow mobile connections wait longer than 15 s. ` +
        "Set a triangle budget (--triangle-budget) or use fewer textures.",
    );
  }
  const size = originalBounds?.size ?? null;
  return {
    tool: "prepare-scan",
    input: {
      file: need(context, "fileName"),
      format: input.format,
      bytes: input.totalBytes,
      sha256: input.sha256,
      triangleCount: facts.triangleCount,
      drawnTriangleCount: facts.drawnTriangleCount,
      vertexCount: facts.vertexCount,
      extensionsUsed: facts.extensionsUsed,
      validator: {
        version: validation.report.validatorVersion,
        errors: validation.report.issues.numErrors,
        warnings: validation.report.issues.numWarnings,
        infos: validation.report.issues.numInfos,
        messages: validation.report.issues.messages.slice(0, 50).map((m) => `${m.code}: ${m.message}`),
      },
    },
    thumb: levelReport(names.thumb, thumb, context.thumbKept, options.thumbTriangleBudget),
    web: levelReport(names.web, web, context.webKept, options.triangleBudget),
    poster:
      poster && names.poster
        ? { file: names.poster, bytes: poster.image.byteLength, width: poster.width, height: poster.height }
        : null,
    sizeRatio: Number((web.glb.byteLength / input.totalBytes).toFixed(4)),
    boundingBox: originalBounds,
    scale: {
      metresPerUnit: options.scale,
      sizeInMetres: size ? [size[0] * options.scale, size[1] * options.scale, size[2] * options.scale] : null,
      ...(scaleNote(size) && options.scale === 1 ? { note: scaleNote(size) } : {}),
    },
    sizeBudget: { bytes: options.sizeBudgetBytes, exceeded },
    webByteBudget: { bytes: options.webByteBudget, fits, reducedTextures, decoderBytes },
    warnings,
    notices: context.notices,
    timingsMs: context.timings,
  };
}
