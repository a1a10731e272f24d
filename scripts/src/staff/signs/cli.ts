#!/usr/bin/env node
// `npm run signs -- --tour <slug> --out <file.pdf> [--base-url <url>] [--paper a4|a6]`:
// a print-ready PDF with one QR sign per stop. Reads the CMS when STRAPI_URL is set, otherwise the
// content snapshot (--snapshot, SNAPSHOT_DIR, or site/.snapshot). Exit code 1 on any problem.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { Command, Option } from "commander";
import { readTourContentFromCms, readTourContentFromSnapshot } from "./read-tour-content.ts";
import { renderSignSheet } from "./render-sign-sheet.ts";
import { collectTourSigns, type TourSigns } from "./tour-signs.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");

const program = new Command()
  .name("signs")
  .description("Make a print-ready PDF of QR signs, one per stop of a tour.")
  .requiredOption("--tour <slug>", "the tour's slug (German or English)")
  .requiredOption("-o, --out <file.pdf>", "where to write the PDF")
  .option("--base-url <url>", "public address of the site (default: PUBLIC_SITE_URL)")
  .addOption(
    new Option("--paper <size>", "paper size, one sign per page").choices(["a4", "a6"]).default("a4"),
  )
  .option(
    "--snapshot <dir>",
    "content snapshot folder (default: SNAPSHOT_DIR or site/.snapshot); ignored when STRAPI_URL is set",
  )
  .option(
    "--data <file.json>",
    "read the tour from this JSON file ({slug,title,stops}) instead (used by the CMS)",
  )
  .showHelpAfterError();

program.parse();
const flags = program.opts<{
  tour: string;
  out: string;
  baseUrl?: string;
  paper: "a4" | "a6";
  snapshot?: string;
  data?: string;
}>();

try {
  const baseUrl = flags.baseUrl ?? process.env.PUBLIC_SITE_URL;
  if (!baseUrl)
    throw new Error("No site address: pass --base-url https://<your site> or set PUBLIC_SITE_URL.");
  let signs: TourSigns;
  let source: string;
  if (flags.data) {
    signs = JSON.parse(await readFile(flags.data, "utf8")) as TourSigns;
    source = flags.data;
  } else if (process.env.STRAPI_URL) {
    const content = await readTourContentFromCms({
      url: process.env.STRAPI_URL,
      token: process.env.STRAPI_TOKEN,
    });
    signs = collectTourSigns(content, flags.tour);
    source = process.env.STRAPI_URL;
  } else {
    const dir = flags.snapshot ?? process.env.SNAPSHOT_DIR ?? "site/.snapshot";
    const snapshot = isAbsolute(dir) ? dir : resolve(flags.snapshot ? process.cwd() : repoRoot, dir);
    signs = collectTourSigns(readTourContentFromSnapshot(snapshot), flags.tour);
    source = snapshot;
  }
  const pdf = await renderSignSheet(signs, { baseUrl, paper: flags.paper });
  await mkdir(dirname(resolve(flags.out)), { recursive: true });
  await writeFile(flags.out, pdf);
  process.stdout.write(
    `${flags.out}: ${signs.stops.length} ${flags.paper.toUpperCase()} signs for "${signs.title.de}" (from ${source})\n` +
      signs.stops
        .map((stop) => `  ${stop.position}. ${stop.title.de} → ${baseUrl.replace(/\/+$/, "")}/q/${stop.code}`)
        .join("\n") +
      "\n",
  );
} catch (error) {
  process.stderr.write(`signs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
