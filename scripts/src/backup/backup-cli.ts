#!/usr/bin/env node
// `npm run backup [-- <file.tar.gz>]`: writes one archive with all CMS content (every locale,
// drafts and published), media library records, media files and configuration.
import { resolve } from "node:path";
import { Command } from "commander";
import { bootCms } from "../cms/boot-cms.ts";
import { backupCms, defaultBackupName } from "./backup-cms.ts";
import { formatCensus, takeCensus } from "./content-census.ts";

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

const cms = await bootCms({ logLevel: "error" });
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
}
process.exit(exitCode);
