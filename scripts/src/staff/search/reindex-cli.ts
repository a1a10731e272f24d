#!/usr/bin/env node
// `npm run search:reindex [-- --snapshot <dir>]`: pushes every published entry into Meilisearch
// (MEILISEARCH_HOST, MEILISEARCH_ADMIN_KEY) with the index settings, and removes what is no longer
// published. Reads the running CMS (STRAPI_URL, default http://localhost:1337, with its read-only
// token) and falls back to the content snapshot (SNAPSHOT_DIR or site/.snapshot) with a warning;
// --snapshot <dir> reads that snapshot only.
import cliProgress from "cli-progress";
import { Command } from "commander";
import { openStaffContentSource } from "../open-staff-source.ts";
import { REINDEX_DEFAULTS, reindex } from "./reindex.ts";

const program = new Command()
  .name("search:reindex")
  .description(
    "Suchindex in Meilisearch neu aufbauen: alle veröffentlichten Inhalte (Objekte, Orte, Touren, Stationen, Veranstaltungen) in allen Sprachen.",
  )
  .option(
    "--snapshot <dir>",
    "aus diesem Inhalts-Snapshot lesen statt aus dem CMS (ohne: das CMS, sonst SNAPSHOT_DIR oder site/.snapshot)",
  )
  .option("--batch-size <n>", "Dokumente pro Anfrage an Meilisearch", String(REINDEX_DEFAULTS.batchSize))
  .showHelpAfterError();
program.parse();
const flags = program.opts<{ snapshot?: string; batchSize: string }>();

let source: Awaited<ReturnType<typeof openStaffContentSource>>;
try {
  source = await openStaffContentSource({
    snapshot: flags.snapshot,
    warn: (line) => console.warn(`search:reindex: ${line}`),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const bar = new cliProgress.SingleBar(
  { format: "Reindex {bar} {value}/{total} Einträge | {eta_formatted}", hideCursor: true },
  cliProgress.Presets.shades_classic,
);
let started = false;
try {
  console.log(`Reading published content from ${source.description} …`);
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
