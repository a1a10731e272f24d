import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { Document } from "@gltf-transform/core";
import { checkRenderable } from "./check-renderable.ts";
import type { TextureChoice } from "./compress-textures.ts";
import { CollectingLogger, createIO } from "./create-io.ts";
import { boundsAsDrawn, type DocumentFacts, inspectDocument } from "./inspect-document.ts";
import { convertLegacyMaterials, refuseUnknownRequiredExtensions } from "./legacy-extensions.ts";
import { type Derivative, makeDerivative } from "./make-derivative.ts";
import { missingImages, readWithoutMissingImages } from "./missing-textures.ts";
import type { Notice } from "./notice.ts";
import { readScanInput, type ScanInput } from "./read-scan-input.ts";
import { type RenderPosterOptions, renderPoster } from "./render-poster.ts";
import { ScanError } from "./scan-error.ts";

export type { Notice } from "./notice.ts";

import { describeIssue, missingSideFile, validateGltf } from "./validate-gltf.ts";

const MB = 1024 * 1024;

export interface PrepareScanOptions {
  /** Output folder; created when missing. Nothing is written there unless every step succeeds. */
  outDir: string;
  /** Largest accepted input, bytes (model plus side files). */
  maxInputBytes: number;
  /** Geometry compression of both levels. */
  geometry: "meshopt" | "draco";
  /** "webp" converts textures, "keep" only limits their size. */
  textureFormat: "webp" | "keep";
  /** Longest texture side of the full level, pixels. */
  maxTextureSize: number;
  /** Longest texture side of the thumb level, pixels. */
  thumbTextureSize: number;
  /** Triangle budget of the full level; null keeps every triangle. */
  triangleBudget: number | null;
  /** Triangle budget of the thumb level shown first. */
  thumbTriangleBudget: number;
  /** The full web file should stay under this; above it the report carries a size warning. */
  sizeBudgetBytes: number;
  /** Render a poster in headless Chromium. */
  poster: boolean;
  posterOptions: Partial<RenderPosterOptions>;
  /** Metres per model unit, as the editor knows it (glTF says metres, scans often are not). */
  scale: number;
  /** Told about each step as it starts, moves and ends (progress bars, logs). */
  onProgress?: (event: ProgressEvent) => void;
}

export const PREPARE_SCAN_DEFAULTS: Omit<PrepareScanOptions, "outDir"> = {
  maxInputBytes: 500 * MB,
  geometry: "meshopt",
  textureFormat: "webp",
  maxTextureSize: 2048,
  thumbTextureSize: 512,
  triangleBudget: null,
  thumbTriangleBudget: 20_000,
  sizeBudgetBytes: 10 * MB,
  poster: true,
  posterOptions: {},
  scale: 1,
};

export interface ProgressEvent {
  step: StepName;
  title: string;
  index: number;
  total: number;
  state: "start" | "done" | "skipped";
  ms?: number;
}

export const STEPS = [
  ["read", "Read file"],
  ["validate", "Validate (glTF-Validator)"],
  ["load", "Load model"],
  ["thumb", "Make thumb level"],
  ["web", "Make full web level"],
  ["verify", "Validate derivatives"],
  ["poster", "Render poster (Chromium)"],
  ["write", "Write output"],
] as const;
export type StepName = (typeof STEPS)[number][0];

export interface OutputFile {
  file: string;
  bytes: number;
}

export interface LevelReport extends OutputFile {
  /** Triangles per mesh, each mesh once (as the glTF-Validator counts). */
  triangleCount: number;
  /** Triangles the scene draws (instances and reused meshes counted), before and after simplification. */
  drawnTriangleCount: number;
  drawnTrianglesBefore: number;
  /** The level's budget for drawn triangles; null when it has none. */
  triangleBudget: number | null;
  vertexCount: number;
  extensionsUsed: string[];
  /** True when compression would have made the file larger and the original encoding was kept. */
  keptOriginalEncoding: boolean;
  /** Per texture: encoding chosen and its measured colour difference from the original. */
  textures: TextureChoice[];
}

/** The URI a JSON pointer like `/buffers/0/uri` names in the model's JSON. */
function sideFileUri(json: object | null, pointer: string): string {
  const [, collection, index] = pointer.split("/");
  const entries = (json as Record<string, Array<{ uri?: string }> | undefined> | null)?.[collection ?? ""];
  return entries?.[Number(index)]?.uri ?? pointer;
}

export interface ScanReport {
  tool: "prepare-scan";
  input: {
    file: string;
    format: "glb" | "gltf";
    bytes: number;
    sha256: string;
    triangleCount: number;
    drawnTriangleCount: number;
    vertexCount: number;
    extensionsUsed: string[];
    validator: { version: string; errors: number; warnings: number; infos: number; messages: string[] };
  };
  thumb: LevelReport;
  web: LevelReport;
  poster: (OutputFile & { width: number; height: number }) | null;
  /** Web size relative to the input: 0.25 means the web file is a quarter of the original. */
  sizeRatio: number;
  boundingBox: DocumentFacts["bounds"];
  scale: { metresPerUnit: number; sizeInMetres: [number, number, number] | null; note?: string };
  sizeBudget: { bytes: number; exceeded: boolean };
  warnings: string[];
  /** What the editor should know (missing textures, converted materials), in plain words. */
  notices: Notice[];
  timingsMs: Partial<Record<StepName, number>>;
}

function scaleNote(size: [number, number, number] | null): string | undefined {
  if (!size) return undefined;
  const largest = Math.max(...size);
  if (largest > 1000)
    return `The model is ${largest.toFixed(0)} units across: if that is not metres (e.g. millimetres), set the scan's scale.`;
  if (largest < 0.01) return `The model is only ${largest.toFixed(4)} units across: check the scan's scale.`;
  return undefined;
}

/**
 * Prepares a scan for the web: validates it, makes a small thumb level and a full level
 * (meshopt/Draco geometry, WebP textures, size limits, optional simplification), renders a poster
 * in headless Chromium and writes a `report.json`. The input file is only read. Output appears in
 * `outDir` only when every step succeeded; on failure a {@link ScanError} says what was wrong.
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
  const options = { ...PREPARE_SCAN_DEFAULTS, ...overrides };
  const timings: Partial<Record<StepName, number>> = {};
  const run = async <T>(step: StepName, work: () => Promise<T>): Promise<T> => {
    const index = STEPS.findIndex(([name]) => name === step);
    const title = STEPS[index]?.[1] ?? step;
    options.onProgress?.({ step, title, index, total: STEPS.length, state: "start" });
    const started = performance.now();
    const result = await work();
    timings[step] = Math.round(performance.now() - started);
    options.onProgress?.({ step, title, index, total: STEPS.length, state: "done", ms: timings[step] });
    return result;
  };
  const skip = (step: StepName) => {
    const index = STEPS.findIndex(([name]) => name === step);
    options.onProgress?.({
      step,
      title: STEPS[index]?.[1] ?? step,
      index,
      total: STEPS.length,
      state: "skipped",
    });
  };

  const input: ScanInput = await run("read", () => readScanInput(file, { maxBytes: options.maxInputBytes }));
  const fileName = relative(process.cwd(), input.file) || input.file;
  const json = input.format === "gltf" ? (JSON.parse(new TextDecoder().decode(input.bytes)) as object) : null;
  const absentImages = json ? missingImages(json, input.file) : [];
  const notices: Notice[] = absentImages.map(({ uri }) => ({
    code: "TEXTURE_NOT_FOUND",
    en: `The texture image “${uri}” was not found next to ${fileName}; the model is shown without it (in its plain material colour). Upload the image together with the .gltf, or export a single .glb.`,
    de: `Das Texturbild „${uri}“ wurde neben ${fileName} nicht gefunden; das Modell wird ohne es gezeigt (in seiner einfachen Materialfarbe). Laden Sie das Bild zusammen mit der .gltf hoch oder exportieren Sie eine einzelne .glb.`,
  }));
  const validation = await run("validate", async () => {
    const result = await validateGltf(input.bytes, { uri: input.file });
    refuseUnknownRequiredExtensions(result.report.info?.extensionsRequired ?? [], fileName);
    // A missing texture image is a notice (the model can be shown without it); any other missing
    // side file, or any other error, refuses the scan.
    const errors = result.errors.filter((issue) => missingSideFile(issue)?.kind !== "image");
    const missingBuffers = errors.filter((issue) => missingSideFile(issue)?.kind === "buffer");
    if (missingBuffers.length > 0) {
      const names = missingBuffers.map((issue) => `“${sideFileUri(json, issue.pointer ?? "")}”`).join(", ");
      throw new ScanError(
        "SIDE_FILE_MISSING",
        `${fileName}: the data file ${names} was not found next to it. ` +
          "Upload it together with the .gltf, or export the model as one .glb file.",
        missingBuffers.map((issue) => describeIssue(issue, "en")),
        {
          message:
            `${fileName}: Die Datendatei ${names} wurde daneben nicht gefunden. ` +
            "Laden Sie sie zusammen mit der .gltf hoch oder exportieren Sie das Modell als eine einzelne .glb-Datei.",
          details: missingBuffers.map((issue) => describeIssue(issue, "de")),
        },
      );
    }
    if (errors.length > 0) {
      throw new ScanError(
        "INVALID_GLTF",
        `${fileName} is damaged or not a valid glTF model (${errors.length} problem(s), listed below). ` +
          "Export it again from the 3D software and upload the new file.",
        errors.map((issue) => describeIssue(issue, "en")),
        {
          message:
            `${fileName} ist beschädigt oder kein gültiges glTF-Modell (${errors.length} Problem(e), unten aufgeführt). ` +
            "Exportieren Sie es erneut aus der 3D-Software und laden Sie die neue Datei hoch.",
          details: errors.map((issue) => describeIssue(issue, "de")),
        },
      );
    }
    return result;
  });

  const logger = new CollectingLogger();
  const io = await createIO(logger);
  const { document, facts } = await run("load", async () => {
    let document: Document;
    try {
      document =
        absentImages.length > 0
          ? await readWithoutMissingImages(io, input.file, input.bytes)
          : await io.read(input.file);
    } catch (error) {
      throw new ScanError(
        "READ_FAILED",
        `${fileName} passed validation but could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    checkRenderable(document, { fileName });
    notices.push(...(await convertLegacyMaterials(document)));
    return { document, facts: inspectDocument(document) };
  });

  const texturesFor = (maxSize: number) => ({ format: options.textureFormat, maxSize });
  let thumb: Derivative = await run("thumb", () =>
    makeDerivative(io, document, {
      triangleBudget: options.thumbTriangleBudget,
      // The thumb is a preview shown for seconds: it may lose detail to keep its budget.
      simplifyError: 0.02,
      maxSimplifyError: 0.32,
      textures: texturesFor(options.thumbTextureSize),
      geometry: { method: options.geometry },
    }),
  );
  let web: Derivative = await run("web", () =>
    makeDerivative(io, document, {
      triangleBudget: options.triangleBudget,
      textures: texturesFor(options.maxTextureSize),
      geometry: { method: options.geometry },
    }),
  );

  if (thumb.facts.drawnTriangleCount > options.thumbTriangleBudget) {
    const counts = `${thumb.facts.drawnTriangleCount.toLocaleString("en")} triangles (budget ${options.thumbTriangleBudget.toLocaleString("en")})`;
    throw new ScanError(
      "OVER_BUDGET",
      `The quick view of ${fileName} still draws ${counts} after the strongest simplification: ` +
        "parts with morph targets or many separate pieces cannot be simplified. Decimate the model in your 3D software, or raise --thumb-triangle-budget.",
      [],
      {
        message:
          `Die Schnellansicht von ${fileName} zeichnet nach der stärksten Vereinfachung noch ${counts.replace("budget", "Budget")}: ` +
          "Teile mit Morph-Zielen oder sehr viele Einzelteile lassen sich nicht vereinfachen. Reduzieren Sie das Modell in Ihrer 3D-Software oder erhöhen Sie das Dreiecksbudget der Schnellansicht.",
      },
    );
  }

  // Tiny or already well-compressed inputs can grow when re-encoded. A derivative must never be
  // larger than what the editor uploaded, so fall back to the input packed as one GLB.
  const fallback = async (): Promise<Derivative> => {
    // The input's own bytes only when loading changed nothing (no converted materials, no dropped textures).
    const glb = input.format === "glb" && notices.length === 0 ? input.bytes : await io.writeBinary(document);
    return { glb, facts, trianglesBefore: facts.drawnTriangleCount, textures: [] };
  };
  let thumbKept = false;
  let webKept = false;
  const inputFitsBudget =
    options.triangleBudget === null || facts.drawnTriangleCount <= options.triangleBudget;
  if (web.glb.byteLength > input.totalBytes && inputFitsBudget) {
    web = await fallback();
    webKept = true;
  }
  // The web level stands in for a larger thumb only when it also keeps the thumb's budget.
  if (
    thumb.glb.byteLength > web.glb.byteLength &&
    web.facts.drawnTriangleCount <= options.thumbTriangleBudget
  ) {
    thumb = web;
    thumbKept = webKept;
  }

  const originalBounds = await boundsAsDrawn(document);
  await run("verify", async () => {
    for (const [level, derivative] of [
      ["thumb", thumb],
      ["web", web],
    ] as const) {
      const check = await validateGltf(derivative.glb, { uri: `${input.baseName}.${level}.glb` });
      if (check.errors.length > 0) {
        throw new ScanError(
          "OUTPUT_FAILED",
          `The ${level} level made from ${fileName} is not valid glTF; this is a bug in the scan tools, please report it with the file.`,
          check.errorLines,
        );
      }
      // Valid is not enough: a codec bug once collapsed all positions into a point. The bounds of
      // the derivative must match the original's (up to quantisation and simplification error).
      const bounds = await boundsAsDrawn(await io.readBinary(derivative.glb));
      const original = originalBounds;
      if (original && bounds) {
        const tolerance = Math.max(...original.size) * 0.02;
        const off = [...original.min, ...original.max].some(
          (value, i) => Math.abs(value - ([...bounds.min, ...bounds.max][i] ?? Number.NaN)) > tolerance,
        );
        if (off) {
          throw new ScanError(
            "OUTPUT_FAILED",
            `The ${level} level made from ${fileName} changed the model's size or position; this is a bug in the scan tools, please report it with the file.`,
          );
        }
      }
    }
  });

  let poster: Awaited<ReturnType<typeof renderPoster>> | null = null;
  if (options.poster) {
    poster = await run("poster", () => renderPoster(web.glb, options.posterOptions));
  } else {
    skip("poster");
  }

  const outDir = resolve(options.outDir);
  const names = {
    thumb: `${input.baseName}.thumb.glb`,
    web: `${input.baseName}.web.glb`,
    poster: poster ? `${input.baseName}.poster.${poster.format}` : null,
  };
  const warnings = [
    ...validation.warnings.map((w) => `validator: ${w.message} (${w.pointer ?? ""})`),
    ...logger.warnings,
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
  const size = originalBounds?.size ?? null;
  const level = (name: string, d: Derivative, kept: boolean, budget: number | null): LevelReport => ({
    file: name,
    bytes: d.glb.byteLength,
    triangleCount: d.facts.triangleCount,
    drawnTriangleCount: d.facts.drawnTriangleCount,
    drawnTrianglesBefore: d.trianglesBefore,
    triangleBudget: budget,
    vertexCount: d.facts.vertexCount,
    extensionsUsed: d.facts.extensionsUsed,
    keptOriginalEncoding: kept,
    textures: d.textures,
  });
  const report: ScanReport = {
    tool: "prepare-scan",
    input: {
      file: fileName,
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
    thumb: level(names.thumb, thumb, thumbKept, options.thumbTriangleBudget),
    web: level(names.web, web, webKept, options.triangleBudget),
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
    warnings,
    notices,
    timingsMs: timings,
  };

  await run("write", async () => {
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
          `Refusing to overwrite the input ${fileName}; choose another --out folder.`,
        );
      }
      await mkdir(outDir, { recursive: true });
      for (const name of outputs) await copyFile(join(staging, name), join(outDir, name));
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  });
  report.timingsMs = timings;
  await writeFile(join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}
