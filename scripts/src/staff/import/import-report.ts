import { ENCODING_LABEL } from "./decode-text.ts";
import { columnLabel } from "./heritage-columns.ts";
import type { ImportOutcome } from "./import-heritage-items.ts";
import type { PlannedRow, RowError } from "./plan-import.ts";

/**
 * What the admin's import page shows (JSON over HTTP): the plan row by row without the data it
 * would write, the errors with row and column, and, after an import, what was saved.
 */
export interface ImportReport {
  file: string;
  locale: string;
  /** The character set a text file was read in, as staff know it ("Windows-1252 (ANSI)"). */
  encoding?: string;
  notes: string[];
  rows: {
    row: number;
    inventoryNumber: string;
    action: PlannedRow["action"];
    changes: { column: string; from: unknown; to: unknown }[];
  }[];
  errors: RowError[];
  counts: Record<PlannedRow["action"], number>;
  /** Set when the import was written. */
  saved?: { created: number; updated: number; unchanged: number; published: boolean };
}

export function importReport(outcome: ImportOutcome, options: { published: boolean }): ImportReport {
  const { plan, applied } = outcome;
  const count = (action: PlannedRow["action"]) => plan.rows.filter((row) => row.action === action).length;
  return {
    file: plan.file,
    locale: plan.locale,
    ...(plan.encoding ? { encoding: ENCODING_LABEL[plan.encoding] } : {}),
    notes: plan.notes,
    rows: plan.rows.map((row) => ({
      row: row.row,
      inventoryNumber: row.inventoryNumber,
      action: row.action,
      changes: row.changes.map((change) => ({
        column: change.column || columnLabel(change.field),
        from: change.from ?? null,
        to: change.to ?? null,
      })),
    })),
    errors: plan.errors,
    counts: {
      create: count("create"),
      translate: count("translate"),
      update: count("update"),
      unchanged: count("unchanged"),
    },
    ...(applied ? { saved: { ...applied, published: options.published } } : {}),
  };
}
