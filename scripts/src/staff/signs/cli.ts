#!/usr/bin/env node
// `npm run signs -- --tour <slug> --out <file.pdf> [--base-url <url>] [--paper a4|a6]`:
// a print-ready PDF with one QR sign per stop. Reads the running CMS (STRAPI_URL, default
// http://localhost:1337, with its site-build token) and falls back to the content snapshot
// (SNAPSHOT_DIR or site/.snapshot) with a warning; --snapshot <dir> reads that snapshot only.
// Exit code 1 on any problem.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Command, Option } from "commander";
import { openStaffContentSource } from "../open-staff-source.ts";
import { readTourContent } from "./read-tour-content.ts";
import { renderSignSheet } from "./render-sign-sheet.ts";
import { stopUrl } from "./stop-url.ts";
import { collectTourSigns, type TourSigns } from "./tour-signs.ts";

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
    "read this content snapshot folder instead of the CMS (without it: the CMS, else SNAPSHOT_DIR or site/.snapshot)",
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
  } else {
    const content = await openStaffContentSource({
      snapshot: flags.snapshot,
      cwd: process.cwd(),
      warn: (line) => process.stderr.write(`signs: ${line}\n`),
    });
    signs = collectTourSigns(await readTourContent(content), flags.tour);
    source = content.origin;
  }
  const pdf = await renderSignSheet(signs, { baseUrl, paper: flags.paper });
  await mkdir(dirname(resolve(flags.out)), { recursive: true });
  await writeFile(flags.out, pdf);
  process.stdout.write(
    `${flags.out}: ${signs.stops.length} ${flags.paper.toUpperCase()} signs for "${signs.title.de}" (from ${source})\n` +
      signs.stops
        .map((stop) => `  ${stop.position}. ${stop.title.de} → ${stopUrl(baseUrl, stop.code)}`)
        .join("\n") +
      "\n",
  );
} catch (error) {
  process.stderr.write(`signs: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
