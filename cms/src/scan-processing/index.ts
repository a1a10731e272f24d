import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import type { Core } from "@strapi/strapi";
import { staffToolPath } from "../staff-tools/staff-tools";

/**
 * Scan processing: when an editor saves a 3D scan with a new model file, the CMS runs the scan
 * preparation of `scripts/` (validation, web and thumb levels, poster, report) on it and fills in
 * the derived fields of the entry before it is stored. Problems with the model never block the
 * save and never touch the uploaded original: the entry gets `processingStatus: failed` and a
 * message in plain words.
 *
 * The pipeline runs as a child process (the `showroom-prepare-scan` bin of the declared dependency
 * @showroom/scripts) with the Node that runs Strapi, so the CMS needs none of the 3D libraries in
 * its own dependencies.
 *
 * Configuration (all optional):
 *   SCAN_SIZE_BUDGET_MB   warn when the web version is larger (default 10)
 *   SCAN_POSTER           "false" skips the poster (no Chromium on the server)
 *   SCAN_PREPARE_CLI      path of the prepare-scan CLI (default: the `showroom-prepare-scan` bin of @showroom/scripts)
 *   SCAN_TIMEOUT_SECONDS  give up after this long (default 600)
 */
export interface ScanProcessingConfig {
  cli: string;
  sizeBudgetMb: number;
  poster: boolean;
  timeoutMs: number;
}

const SCAN_UID = "api::scan.scan";
const FILE_UID = "plugin::upload.file";

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    throw new Error(`Environment variable ${name} must be a positive number, got "${value}".`);
  }
  return number;
}

/**
 * The prepare-scan bin, or where it would be: a CMS without the tools still starts, and saving a
 * scan then says the tools are missing (see processScan).
 */
function prepareScanTool(appRoot: string): string {
  try {
    return staffToolPath(appRoot, "showroom-prepare-scan");
  } catch {
    return join(appRoot, "node_modules", ".bin", "showroom-prepare-scan");
  }
}

export function readScanProcessingConfig(
  appRoot: string,
  source: NodeJS.ProcessEnv = process.env,
): ScanProcessingConfig {
  return {
    cli: source.SCAN_PREPARE_CLI?.trim() || prepareScanTool(appRoot),
    sizeBudgetMb: positive("SCAN_SIZE_BUDGET_MB", source.SCAN_SIZE_BUDGET_MB, 10),
    poster: source.SCAN_POSTER?.trim().toLowerCase() !== "false",
    timeoutMs: positive("SCAN_TIMEOUT_SECONDS", source.SCAN_TIMEOUT_SECONDS, 600) * 1000,
  };
}

/** The part of the prepare-scan report.json that the CMS uses. */
interface ScanReport {
  input: { bytes: number; triangleCount: number };
  web: { file: string; bytes: number; triangleCount: number };
  thumb: { file: string; bytes: number; triangleCount: number };
  poster: { file: string } | null;
  sizeRatio: number;
  sizeBudget: { bytes: number; exceeded: boolean };
  warnings: string[];
  /** What the editor should know (missing textures, converted materials), in English and German. */
  notices?: Array<{ code: string; en: string; de: string }>;
}

type EditorLanguage = "en" | "de";

/** The editors of an entry read its locale's language; German is the CMS's default. */
function editorLanguage(locale: string | undefined): EditorLanguage {
  return locale === "en" ? "en" : "de";
}

/**
 * Says first what a failure means for the site: without web levels the visitor sees the poster,
 * never the (possibly huge or broken) original. The reason follows in the tools' plain words.
 */
function failureHeadline(language: EditorLanguage): string {
  return language === "en"
    ? "Processing failed: this scan has no web version. It can be published, but the site shows its poster with a note instead of the 3D model until a corrected model is uploaded."
    : "Verarbeitung fehlgeschlagen: Dieser Scan hat keine Webfassung. Er kann veröffentlicht werden, die Website zeigt aber statt des 3D-Modells sein Vorschaubild mit einem Hinweis, bis ein korrigiertes Modell hochgeladen ist.";
}

interface UploadedFile {
  id: number;
  name: string;
  url: string;
  provider: string;
  size: number;
  ext?: string;
}

/** The document service accepts a media value as an id, `{ id }`, or a one-element list of those. */
export function mediaId(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "number" && Number.isInteger(first)) return first;
  if (typeof first === "string" && /^\d+$/.test(first)) return Number(first);
  if (first && typeof first === "object" && "id" in first) return mediaId((first as { id: unknown }).id);
  return undefined;
}

function runCli(
  config: ScanProcessingConfig,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [config.cli, ...args],
      { timeout: config.timeoutMs, maxBuffer: 16 * 1024 * 1024, env: process.env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const timedOut = error && "killed" in error && error.killed;
        done({
          code,
          stdout,
          stderr: timedOut
            ? `Processing took longer than ${config.timeoutMs / 1000} s and was stopped.`
            : stderr,
        });
      },
    );
  });
}

/** The human part of the CLI's error output, without the per-step progress lines. */
function cliErrorText(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line && !/^\[\d+\/\d+\]/.test(line) && !line.startsWith("Nothing was written"));
  return (
    lines.join("\n").replace(/^prepare-scan: /, "") || "The scan tools failed without a message."
  ).slice(0, 3900);
}

/** Local uploads are read in place; other providers (S3) are downloaded to a temporary file. */
async function modelPath(strapi: Core.Strapi, file: UploadedFile, workDir: string): Promise<string> {
  // The original name (not the storage hash) names the derivatives and appears in messages.
  const safeName = file.name.replace(/[^\w.-]+/g, "_") || `model${file.ext ?? ".glb"}`;
  const target = join(workDir, extname(safeName) ? safeName : `${safeName}${file.ext ?? ".glb"}`);
  if (file.provider === "local") {
    const stored = join(strapi.dirs.static.public, file.url);
    if (!existsSync(stored)) throw new Error("the file is missing from the media storage; upload it again");
    await symlink(stored, target);
    return target;
  }
  const response = await fetch(file.url, { signal: AbortSignal.timeout(300_000) });
  if (!response.ok)
    throw new Error(`downloading the model from the media storage failed (${response.status})`);
  await writeFile(target, new Uint8Array(await response.arrayBuffer()));
  return target;
}

async function uploadFile(
  strapi: Core.Strapi,
  path: string,
  name: string,
  mimetype: string,
  alternativeText?: string,
): Promise<number> {
  const { size } = await stat(path);
  const [uploaded] = (await strapi
    .plugin("upload")
    .service("upload")
    .upload({
      data: { fileInfo: { name, ...(alternativeText ? { alternativeText } : {}) } },
      files: { filepath: path, originalFilename: name, mimetype, size },
    })) as UploadedFile[];
  if (!uploaded) throw new Error(`uploading ${name} returned nothing`);
  return uploaded.id;
}

function posterAlt(title: string, locale: string | undefined): string {
  return locale === "en" ? `Poster of the 3D model “${title}”` : `Vorschaubild des 3D-Modells „${title}“`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/**
 * Runs the scan preparation on an uploaded model file and returns the fields to store on the scan.
 * Never throws for a bad model: a failure becomes `processingStatus: "failed"` with the reason.
 */
export async function processScanModel(
  strapi: Core.Strapi,
  fileId: number,
  options: { config: ScanProcessingConfig; title: string; locale?: string; keepPoster: boolean },
): Promise<Record<string, unknown>> {
  const language = editorLanguage(options.locale);
  const failed = (message: string) => ({
    processingStatus: "failed",
    processingMessage: `${failureHeadline(language)}\n${message}`.slice(0, 3900),
    processedModelId: fileId,
    sizeWarning: false,
    webModel: null,
    thumbModel: null,
  });
  const file = (await strapi.db.query(FILE_UID).findOne({ where: { id: fileId } })) as UploadedFile | null;
  if (!file) return failed(`The model file (id ${fileId}) was not found in the media library.`);
  if (!existsSync(options.config.cli)) {
    return failed(
      `The scan tools are not installed on this server (${options.config.cli} is missing); ask the administrator.`,
    );
  }
  const workDir = await mkdtemp(join(tmpdir(), "scan-processing-"));
  try {
    const input = await modelPath(strapi, file, workDir);
    const outDir = join(workDir, "out");
    const args = [
      input,
      "--out",
      outDir,
      "--json",
      "--size-budget-mb",
      String(options.config.sizeBudgetMb),
      "--lang",
      language,
    ];
    // An editor's own poster is kept, so rendering one would only cost time.
    if (!options.config.poster || options.keepPoster) args.push("--no-poster");
    const result = await runCli(options.config, args);
    if (result.code !== 0) return failed(`${file.name}: ${cliErrorText(result.stderr)}`);
    const report = JSON.parse(result.stdout) as ScanReport;
    const glb = "model/gltf-binary";
    const webModel = await uploadFile(strapi, join(outDir, report.web.file), report.web.file, glb);
    const thumbModel = await uploadFile(strapi, join(outDir, report.thumb.file), report.thumb.file, glb);
    const fields: Record<string, unknown> = {
      webModel,
      thumbModel,
      triangleCount: report.input.triangleCount,
      fileSize: report.input.bytes,
      sizeWarning: report.sizeBudget.exceeded,
      processingStatus: "ready",
      processedModelId: fileId,
      processingMessage: [
        `Web version ${megabytes(report.web.bytes)} (${Math.round(report.sizeRatio * 100)} % of ${megabytes(report.input.bytes)}), ${report.web.triangleCount} triangles; quick view ${megabytes(report.thumb.bytes)}, ${report.thumb.triangleCount} triangles.`,
        ...(report.notices ?? []).map((notice) =>
          language === "en" ? `Notice: ${notice.en}` : `Hinweis: ${notice.de}`,
        ),
        ...report.warnings,
      ]
        .join("\n")
        .slice(0, 3900),
    };
    if (report.poster && !options.keepPoster) {
      const alt = posterAlt(options.title, options.locale);
      const posterId = await uploadFile(
        strapi,
        join(outDir, report.poster.file),
        report.poster.file,
        "image/webp",
        alt,
      );
      fields.poster = { file: posterId, alt };
    }
    return fields;
  } catch (error) {
    return failed(`${file.name}: processing failed: ${(error as Error).message}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function hasPoster(value: unknown): boolean {
  return Boolean(
    value && typeof value === "object" && mediaId((value as { file?: unknown }).file) !== undefined,
  );
}

/**
 * Registers the document service middleware that processes a scan's model on create and update.
 * Processing runs one scan at a time (it starts a browser for the poster).
 */
export function registerScanProcessing(strapi: Core.Strapi, config?: ScanProcessingConfig): void {
  const settings = config ?? readScanProcessingConfig(strapi.dirs.app.root);
  let queue: Promise<unknown> = Promise.resolve();
  strapi.documents.use(async (context, next) => {
    if (context.uid !== SCAN_UID || (context.action !== "create" && context.action !== "update"))
      return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data;
    const fileId = data && "model" in data ? mediaId(data.model) : undefined;
    if (!data || fileId === undefined || data.processedModelId === fileId) return next();
    let stored: { processedModelId?: number | null; title?: string } | null = null;
    if (context.action === "update" && params.documentId) {
      stored = await strapi.db.query(SCAN_UID).findOne({
        where: { documentId: params.documentId },
        select: ["processedModelId", "title"],
      });
    }
    if (stored?.processedModelId === fileId) return next();
    const title = typeof data.title === "string" ? data.title : (stored?.title ?? "3D-Scan");
    const job = queue.then(() =>
      processScanModel(strapi, fileId, {
        config: settings,
        title,
        locale: params.locale,
        keepPoster: hasPoster(data.poster),
      }),
    );
    queue = job.catch(() => undefined);
    const fields = await job;
    strapi.log.info(`[scan-processing] ${title}: ${fields.processingStatus}`);
    Object.assign(data, fields);
    return next();
  });
}
