#!/usr/bin/env node
// `npm run search:reindex [-- --snapshot <dir>]`: pushes every published entry into Meilisearch
// (MEILISEARCH_HOST, MEILISEARCH_ADMIN_KEY) with the index settings, and removes what is no longer
// published. Reads the CMS (STRAPI_URL + STRAPI_TOKEN, a read-only token) or a content snapshot.
import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import cliProgress from "cli-progress";
import { Command } from "commander";
import type { PublishedSource } from "./read-published.ts";
import { describeSource } from "./read-published.ts";
import { REINDEX_DEFAULTS, reindex } from "./reindex.ts";

const program = new Command()
  .name("search:reindex")
  .description(
    "Suchindex in Meilisearch neu aufbauen: alle veröffentlichten Inhalte (Objekte, Orte, Touren, Stationen, Veranstaltungen) in allen Sprachen.",
  )
  .option("--snapshot <dir>", "aus einem Inhalts-Snapshot lesen statt aus dem CMS (STRAPI_URL)")
  .option("--batch-size <n>", "Dokumente pro Anfrage an Meilisearch", String(REINDEX_DEFAULTS.batchSize))
  .showHelpAfterError();
program.parse();
const flags = program.opts<{ snapshot?: string; batchSize: string }>();

const cwd = process.env.INIT_CWD ?? process.cwd();
// The site's last content snapshot (what `npm run build -w site` keeps), when no CMS is named.
const siteSnapshot = resolve(import.meta.dirname, "..", "..", "..", "..", "site", ".snapshot");
const snapshotDir =
  flags.snapshot ??
  (process.env.STRAPI_URL
    ? undefined
    : (process.env.SNAPSHOT_DIR ??
      (existsSync(join(siteSnapshot, "manifest.json")) ? siteSnapshot : undefined)));
let source: PublishedSource;
if (snapshotDir) {
  source = { kind: "snapshot", dir: isAbsolute(snapshotDir) ? snapshotDir : resolve(cwd, snapshotDir) };
} else if (process.env.STRAPI_URL) {
  source = { kind: "cms", url: process.env.STRAPI_URL, token: process.env.STRAPI_TOKEN };
} else {
  console.error(
    "Nothing to read: set STRAPI_URL (and STRAPI_TOKEN, a read-only API token) for a running CMS, or pass --snapshot <dir>.",
  );
  process.exit(2);
}

const bar = new cliProgress.SingleBar(
  { format: "Reindex {bar} {value}/{total} Einträge | {eta_formatted}", hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let started = false;
try {
  console.log(`Reading published content from ${describeSource(source)} …`);
  const result = await reindex({
    source,
    env: process.env,
    batchSize: Number(flags.batchSize) || REINDEX_DEFAULTS.batchSize,
    onProgress(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
  });
  bar.stop();
  const perLocale = Object.entries(result.indexed)
    .map(([locale, count]) => `${locale}: ${count}`)
    .join(", ");
  const removed = Object.values(result.removed).reduce((a, b) => a + b, 0);
  console.log(
    `Indexed ${perLocale} into ${result.indexUids.join(", ")}; removed ${removed} no longer published; skipped ${result.skipped} without a page.`,
  );
} catch (error) {
  if (started) bar.stop();
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
