import { DEFAULT_LOCALE, type Locale } from "@showroom/content-types";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { type ApplyImportResult, applyImport, loadImportContext } from "./apply-import.ts";
import { type ImportPlan, planImport } from "./plan-import.ts";
import { readSheet } from "./read-sheet.ts";

export interface ImportOptions {
  /** Only report what would change. */
  dryRun?: boolean;
  /** Locale of the texts in the file; default German. */
  locale?: Locale;
  /** Publish imported items at once instead of leaving them as drafts. */
  publish?: boolean;
}

export const IMPORT_DEFAULTS = { dryRun: false, locale: DEFAULT_LOCALE, publish: false } as const;

export interface ImportOutcome {
  plan: ImportPlan;
  /** Set when the import was written (not a dry run, no errors). */
  applied?: ApplyImportResult;
}

/**
 * Creates or updates heritage items from a .csv or .xlsx inventory, matched by inventory number.
 * Every row is checked first; with any error, or in a dry run, nothing is written.
 *
 * @example
 *   const { plan } = await importHeritageItems(strapi, "inventar.xlsx", { dryRun: true });
 *   console.log(formatImportReport(plan, { dryRun: true }));
 */
export async function importHeritageItems(
  strapi: Strapi,
  file: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const { dryRun, locale, publish } = { ...IMPORT_DEFAULTS, ...options };
  const sheet = await readSheet(file);
  const context = await loadImportContext(strapi, locale);
  const plan = planImport(sheet, context);
  if (dryRun || plan.errors.length > 0) return { plan };
  const applied = await applyImport(strapi, plan, { publish });
  return { plan, applied };
}
