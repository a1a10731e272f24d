#!/usr/bin/env node
// `npm run import -- <file.csv|xlsx> [--dry-run] [--locale de|en] [--publish]`: creates or updates
// heritage items from an inventory spreadsheet, matched by inventory number. Exit code 0 when
// imported (or the dry run found no errors), 1 when any row has an error (nothing was written).
import { resolve } from "node:path";
import { LOCALES, type Locale } from "@showroom/content-types";
import { Command, Option } from "commander";
import { bootCms } from "../../shared/cms/boot-cms.ts";
import { formatImportReport } from "./format-report.ts";
import { importHeritageItems } from "./import-heritage-items.ts";
import { SheetError } from "./read-sheet.ts";

const program = new Command()
  .name("import")
  .description(
    "Kulturgüter aus einer Inventar-Tabelle (.csv oder .xlsx) anlegen oder aktualisieren; Zuordnung über die Inventarnummer.",
  )
  .argument(
    "<file>",
    "die Tabelle: erste Zeile Spaltennamen (z. B. Inventarnummer, Titel, Kurzbeschreibung, …)",
  )
  .option("-n, --dry-run", "Probelauf: nur anzeigen, was sich ändern würde")
  .addOption(
    new Option("--locale <locale>", "Sprache der Texte in der Tabelle").choices([...LOCALES]).default("de"),
  )
  .option("--publish", "importierte Einträge sofort veröffentlichen (sonst als Entwurf)")
  .showHelpAfterError();

program.parse();
// npm runs scripts in the repo root; a relative path means the folder the user typed it in.
const file = resolve(process.env.INIT_CWD ?? process.cwd(), program.args[0] as string);
const flags = program.opts<{ dryRun?: boolean; locale: Locale; publish?: boolean }>();

// The CMS of this checkout (cms/.env decides the database), booted in this process without HTTP.
const cms = await bootCms({ logLevel: "error" });
let exitCode = 0;
try {
  const outcome = await importHeritageItems(cms.strapi, file, {
    dryRun: Boolean(flags.dryRun),
    locale: flags.locale,
    publish: Boolean(flags.publish),
  });
  console.log(formatImportReport(outcome.plan, { dryRun: Boolean(flags.dryRun) }));
  if (outcome.plan.errors.length > 0) exitCode = 1;
  else if (outcome.applied) {
    const { created, updated, unchanged } = outcome.applied;
    console.log(
      `Gespeichert: ${created} neu, ${updated} geändert, ${unchanged} unverändert${flags.publish ? " (veröffentlicht)" : " (als Entwurf – im Admin prüfen und veröffentlichen)"}.`,
    );
    // The build hook batches calls for a quarter second; let it go out before shutting down.
    if (flags.publish) await new Promise((done) => setTimeout(done, 500));
  }
} catch (error) {
  console.error(error instanceof SheetError ? error.message : error);
  exitCode = 1;
} finally {
  await cms.stop();
}
process.exit(exitCode);
