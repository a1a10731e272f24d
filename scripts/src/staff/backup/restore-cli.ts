#!/usr/bin/env node
// `npm run restore -- <file.tar.gz> [--force]`: brings a backup from `npm run backup` back into
// the CMS configured by cms/.env (an empty one, unless --force).
import { resolve } from "node:path";
import { Command } from "commander";
import { bootCms } from "../../shared/cms/boot-cms.ts";
import { formatCensus, takeCensus } from "./content-census.ts";
import { restoreCms } from "./restore-cms.ts";

const program = new Command()
  .name("restore")
  .description("Restore a backup archive from `npm run backup` into an empty CMS.")
  .argument("<file>", "the backup archive (.tar.gz)")
  .option("--force", "replace all content of a CMS that is not empty")
  .showHelpAfterError();
program.parse();
const archive = resolve(process.env.INIT_CWD ?? process.cwd(), program.args[0] as string);
const { force } = program.opts<{ force?: boolean }>();

const cms = await bootCms({ logLevel: "error" });
let exitCode = 0;
try {
  await restoreCms(cms.strapi, archive, { force: Boolean(force) });
  console.log(`Restored from ${archive}:\n${formatCensus(await takeCensus(cms.strapi))}`);
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
} finally {
  await cms.stop();
}
process.exit(exitCode);
