#!/usr/bin/env node
// `npm run export -- --format lido --out <dir> [--base-url <url>] [--publisher <name>] [--snapshot <dir>]`:
// exports every published heritage item for museum portals. Reads the running CMS (STRAPI_URL,
// default http://localhost:1337, with its site-build token) and falls back to the content snapshot
// (SNAPSHOT_DIR or site/.snapshot) with a warning; --snapshot <dir> reads that snapshot only.
// The formats are in formats.ts. Exit code 1 on any problem.
import { resolve } from "node:path";
import { publicUrl } from "@showroom/content-types/url-scheme";
import { Command, Option } from "commander";
import { openStaffContentSource } from "../open-staff-source.ts";
import { EXPORT_FORMATS } from "./formats.ts";

const program = new Command()
  .name("export")
  .description("Export every published heritage item as open data for museum portals and viewers.")
  .addOption(
    new Option(
      "--format <format>",
      Object.entries(EXPORT_FORMATS)
        .map(([name, f]) => `${name}: ${f.description}`)
        .join("; "),
    )
      .choices(Object.keys(EXPORT_FORMATS))
      .makeOptionMandatory(),
  )
  .requiredOption("-o, --out <dir>", "the folder to write into (created when missing)")
  .option("--base-url <url>", "public address of the site, for links and media (default: PUBLIC_SITE_URL)")
  .option("--publisher <name>", "who provides the records (default: the operator in the site settings)")
  .option(
    "--snapshot <dir>",
    "read this content snapshot folder instead of the CMS (without it: the CMS, else SNAPSHOT_DIR or site/.snapshot)",
  )
  .showHelpAfterError();

program.parse();
const flags = program.opts<{
  format: string;
  out: string;
  baseUrl?: string;
  publisher?: string;
  snapshot?: string;
}>();

try {
  const siteUrl = flags.baseUrl ?? process.env.PUBLIC_SITE_URL;
  if (!siteUrl)
    throw new Error("No site address: pass --base-url https://<your site> or set PUBLIC_SITE_URL.");
  publicUrl(siteUrl, "/", "--base-url https://showroom.example");
  const source = await openStaffContentSource({
    snapshot: flags.snapshot,
    cwd: process.env.INIT_CWD ?? process.cwd(),
    warn: (line) => process.stderr.write(`export: ${line}\n`),
  });
  const format = EXPORT_FORMATS[flags.format];
  if (!format) throw new Error(`Unknown format "${flags.format}".`);
  const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), flags.out);
  const lines = await format.run(source, { outDir, siteUrl, publisher: flags.publisher });
  process.stdout.write(`${lines.join("\n")}\n(from ${source.description})\n`);
} catch (error) {
  process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
