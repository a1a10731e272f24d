#!/usr/bin/env node
import cliProgress from "cli-progress";
// `npm run prepare-scan -- <file> --out <dir>`: validates a glTF/GLB scan and writes web derivatives,
// a poster and report.json. Exit code 0 on success, 1 when the scan was refused or the usage is wrong.
import { Command, InvalidArgumentError, Option } from "commander";
import { PREPARE_SCAN_DEFAULTS, type ProgressEvent, prepareScan } from "./prepare-scan.ts";
import { ScanError } from "./scan-error.ts";

const MB = 1024 * 1024;

function positiveNumber(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError("expected a positive number");
  return number;
}

const program = new Command()
  .name("prepare-scan")
  .description(
    "Validate a glTF/GLB scan and make web derivatives (thumb + full level), a poster and report.json.",
  )
  .argument("<file>", "the scan: a .glb, or a .gltf with its .bin and texture files beside it")
  .requiredOption("-o, --out <dir>", "output folder (created if missing; the input file is never changed)")
  .addOption(
    new Option("--geometry <method>", "geometry compression")
      .choices(["meshopt", "draco"])
      .default("meshopt"),
  )
  .addOption(
    new Option(
      "--textures <format>",
      "texture format (auto: KTX2 per texture of the full level where smaller at equal quality, else WebP)",
    )
      .choices(["webp", "ktx2", "auto", "keep"])
      .default(PREPARE_SCAN_DEFAULTS.textureFormat),
  )
  .option(
    "--max-texture-size <px>",
    "longest texture side of the full level",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.maxTextureSize,
  )
  .option(
    "--thumb-texture-size <px>",
    "longest texture side of the thumb level",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.thumbTextureSize,
  )
  .option("--triangle-budget <n>", "simplify the full level to about this many triangles", positiveNumber)
  .option(
    "--thumb-triangle-budget <n>",
    "triangle budget of the thumb level",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.thumbTriangleBudget,
  )
  .option(
    "--size-budget-mb <mb>",
    "warn when the web file is larger",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.sizeBudgetBytes / MB,
  )
  .option(
    "--web-byte-budget-mb <mb>",
    "scale the largest textures of the full level down (1536, then 1024 px) until it fits",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.webByteBudget / MB,
  )
  .option(
    "--max-input-mb <mb>",
    "refuse larger inputs",
    positiveNumber,
    PREPARE_SCAN_DEFAULTS.maxInputBytes / MB,
  )
  .option("--scale <metres>", "metres per model unit, if the scan is not in metres", positiveNumber, 1)
  .option("--no-poster", "skip rendering the poster (no Chromium needed)")
  .option("--json", "print the report as JSON on stdout (progress goes to stderr)")
  .addOption(
    new Option("--lang <language>", "language of error messages and notices (the CMS asks for German)")
      .choices(["en", "de"])
      .default("en"),
  )
  .showHelpAfterError();

program.parse();
const file = program.args[0] as string;
const flags = program.opts<{
  out: string;
  geometry: "meshopt" | "draco";
  textures: "webp" | "ktx2" | "auto" | "keep";
  maxTextureSize: number;
  thumbTextureSize: number;
  triangleBudget?: number;
  thumbTriangleBudget: number;
  sizeBudgetMb: number;
  webByteBudgetMb: number;
  maxInputMb: number;
  scale: number;
  poster: boolean;
  json?: boolean;
  lang: "en" | "de";
}>();

// One bar per step on a terminal; plain lines when the output is a log (CI, the CMS).
const interactive = Boolean(process.stderr.isTTY);
const bars = new cliProgress.MultiBar(
  {
    format: " {bar} {title} {status}",
    barsize: 20,
    hideCursor: true,
    stream: process.stderr,
    clearOnComplete: false,
  },
  cliProgress.Presets.shades_classic,
);
const barOf = new Map<string, cliProgress.SingleBar>();
function onProgress(event: ProgressEvent): void {
  const label = `[${event.index + 1}/${event.total}] ${event.title}`;
  if (!interactive) {
    if (event.state !== "start")
      process.stderr.write(`${label}: ${event.state === "done" ? `done in ${event.ms} ms` : "skipped"}\n`);
    return;
  }
  let bar = barOf.get(event.step);
  if (!bar) {
    bar = bars.create(1, 0, { title: label, status: "…" });
    barOf.set(event.step, bar);
  }
  if (event.state === "done") bar.update(1, { status: `${event.ms} ms` });
  if (event.state === "skipped") bar.update(1, { status: "skipped" });
}

function kb(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

try {
  const report = await prepareScan(file, {
    outDir: flags.out,
    geometry: flags.geometry,
    textureFormat: flags.textures,
    maxTextureSize: flags.maxTextureSize,
    thumbTextureSize: flags.thumbTextureSize,
    triangleBudget: flags.triangleBudget ?? null,
    thumbTriangleBudget: flags.thumbTriangleBudget,
    sizeBudgetBytes: flags.sizeBudgetMb * MB,
    webByteBudget: flags.webByteBudgetMb * MB,
    maxInputBytes: flags.maxInputMb * MB,
    scale: flags.scale,
    poster: flags.poster,
    onProgress,
  });
  bars.stop();
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const lines = [
      `Prepared ${report.input.file} → ${flags.out}`,
      `  input   ${kb(report.input.bytes)}, ${report.input.triangleCount} triangles`,
      `  web     ${report.web.file}: ${kb(report.web.bytes)} (${(report.sizeRatio * 100).toFixed(0)} % of the input), ${report.web.triangleCount} triangles`,
      `  thumb   ${report.thumb.file}: ${kb(report.thumb.bytes)}, ${report.thumb.drawnTriangleCount} triangles drawn (budget ${report.thumb.triangleBudget}, ${report.thumb.drawnTrianglesBefore} before)`,
      ...[report.web, report.thumb].flatMap((level) =>
        level.textures.map(
          (t) =>
            `  texture ${level.file}: ${t.texture} ${t.width}×${t.height} ${t.encoding} ${kb(t.bytes)}, ΔE mean ${t.difference?.meanDeltaE ?? "–"}${t.rejectedLossy ? ` (q85 was ${t.rejectedLossy.meanDeltaE})` : ""}${t.alternative ? `; ${t.alternative.encoding} ${t.alternative.estimated ? "about " : ""}${kb(t.alternative.bytes)}, ΔE mean ${t.alternative.difference?.meanDeltaE ?? "–"}` : ""}`,
        ),
      ),
      report.poster ? `  poster  ${report.poster.file}: ${kb(report.poster.bytes)}` : "  poster  skipped",
      ...report.notices.map((notice) => `  notice  ${notice[flags.lang]}`),
      ...report.warnings.map((warning) => `  warning ${warning}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
} catch (error) {
  bars.stop();
  if (error instanceof ScanError) {
    const german = flags.lang === "de";
    const { message, details } = german ? error.german : error;
    process.stderr.write(`\nprepare-scan: ${message}\n`);
    for (const detail of details.slice(0, 20)) process.stderr.write(`  - ${detail}\n`);
    if (details.length > 20)
      process.stderr.write(
        `  … ${german ? "und" : "and"} ${details.length - 20} ${german ? "weitere" : "more"}\n`,
      );
    process.stderr.write(
      german
        ? "Es wurde nichts in den Ausgabeordner geschrieben; die hochgeladene Datei ist unverändert.\n"
        : "Nothing was written to the output folder; the input file is unchanged.\n",
    );
    process.exit(1);
  }
  throw error;
}
