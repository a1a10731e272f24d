#!/usr/bin/env node
// `npm run backup [-- <file.tar.gz>]`: writes one archive with all CMS content (every locale,
// drafts and published), media library records, media files and configuration. Safe while the CMS
// runs (SQLite): it backs up a consistent copy taken in one read transaction (live-snapshot.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { type BootedCms, bootCms } from "../../shared/cms/boot-cms.ts";
import { cmsDir } from "../../shared/cms/paths.ts";
import { backupCms, defaultBackupName } from "./backup-cms.ts";
import { formatCensus, takeCensus } from "./content-census.ts";
import { configuredSqliteCms, snapshotSqliteCms } from "./live-snapshot.ts";

const program = new Command()
  .name("backup")
  .description("Write one backup archive (.tar.gz) of the CMS: content, media files, configuration.")
  .argument("[file]", "archive to write (must end in .tar.gz)", `backups/${defaultBackupName()}`)
  .showHelpAfterError();
program.parse();
// npm runs scripts in the repo root; a relative path means the folder the user typed it in.
const archive = resolve(
  process.env.INIT_CWD ?? process.cwd(),
  program.args[0] ?? `backups/${defaultBackupName()}`,
);

const live = configuredSqliteCms();
let workDir: string | undefined;
let cms: BootedCms;
if (live) {
  // Beside the uploads, so the copy is made of hard links, not of bytes.
  workDir = mkdtempSync(join(cmsDir, ".tmp", "backup-"));
  const copy = snapshotSqliteCms({ ...live, workDir });
  for (const file of copy.missingUploads)
    console.warn(`backup: ${file} is named in the database but missing on disk`);
  cms = await bootCms({
    logLevel: "error",
    database: { client: "sqlite", filename: copy.databaseFile },
    publicDir: copy.publicDir,
    // The copy's bootstrap must not rewrite the running demo's token file.
    env: { SITE_BUILD_TOKEN_FILE: join(workDir, "site-build-token") },
  });
} else {
  console.warn(
    "backup: PostgreSQL is read as it is while the backup runs; for a consistent copy of a CMS in use, stop editing or use pg_dump.",
  );
  cms = await bootCms({ logLevel: "error" });
}
let exitCode = 0;
try {
  const census = await takeCensus(cms.strapi);
  await backupCms(cms.strapi, archive);
  console.log(`Backup written: ${archive}\n${formatCensus(census)}`);
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await cms.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
