/**
 * `npm run snapshot -- [--out <dir>] [--url <cms url>] [--token <read-only token>] [--demo]`
 *
 * Exports all published content (every locale, with media) into a snapshot folder so the site can
 * build without a running CMS. `--demo` needs no running CMS: it boots a throwaway one, seeds the
 * demo content and exports that.
 */
import { resolve } from "node:path";
import { ContentValidationError } from "@showroom/content-types";
import { Command } from "commander";
import { cmsUrl, siteBuildToken } from "../open-staff-source.ts";
import { createDemoSnapshot } from "./demo-snapshot.ts";
import { exportSnapshot } from "./export-snapshot.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");

const program = new Command()
  .name("npm run snapshot --")
  .description("Export all published CMS content (every locale, with media) into a snapshot folder.")
  .option("--out <dir>", "snapshot folder (replaced)", resolve(repoRoot, "site", ".snapshot"))
  .option("--url <url>", "CMS base URL (default: STRAPI_URL, CMS_URL or http://localhost:$PORT)", cmsUrl())
  .option(
    "--token <token>",
    "read-only API token (default: STRAPI_TOKEN, SITE_BUILD_TOKEN or cms/.tmp/site-build-token)",
  )
  .option("--demo", "no running CMS needed: boot a throwaway one with the demo content and export it")
  .parse();

const options = program.opts<{ out: string; url: string; token?: string; demo?: boolean }>();
const outDir = resolve(options.out);
try {
  if (options.demo) {
    console.log("snapshot: booting a throwaway CMS with the demo content …");
    await createDemoSnapshot(outDir, {
      log: (line) => (line.startsWith("snapshot:") ? console.log(line) : undefined),
    });
  } else {
    await exportSnapshot({
      url: options.url,
      token: options.token ?? siteBuildToken(),
      outDir,
      log: (line) => console.log(line),
    });
  }
  process.exit(0);
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(`snapshot: not written, the CMS holds invalid published content.\n${error.message}`);
    console.error("Fix these entries in the CMS and publish them again, then rerun `npm run snapshot`.");
  } else {
    console.error(`snapshot: ${(error as Error).message}`);
  }
  process.exit(1);
}
