import { ENCODING_LABEL } from "./decode-text.ts";
import { columnLabel } from "./heritage-columns.ts";
import type { ImportPlan } from "./plan-import.ts";

const show = (value: unknown) => {
  if (value === null || value === undefined || value === "") return "(leer)";
  const text = String(value);
  return `„${text.length > 60 ? `${text.slice(0, 57)}…` : text}“`;
};

const ACTION_LABEL = {
  create: "neu",
  translate: "neue Sprachfassung",
  update: "ändern",
  unchanged: "unverändert",
} as const;

/** The dry-run and error report as staff read it: one line per row, then one line per error. */
export function formatImportReport(plan: ImportPlan, options: { dryRun: boolean }): string {
  const lines: string[] = [];
  lines.push(
    `Import ${plan.file} (Sprache: ${plan.locale})${options.dryRun ? " – Probelauf, nichts wird gespeichert" : ""}`,
  );
  if (plan.encoding) lines.push(`Zeichensatz: ${ENCODING_LABEL[plan.encoding]}`);
  for (const note of plan.notes) lines.push(`Hinweis: ${note}`);
  for (const row of plan.rows) {
    lines.push(`Zeile ${row.row}  ${row.inventoryNumber}  ${ACTION_LABEL[row.action]}`);
    if (row.action === "update") {
      for (const change of row.changes) {
        lines.push(
          `    ${change.column || columnLabel(change.field)}: ${show(change.from)} → ${show(change.to)}`,
        );
      }
    }
  }
  const count = (action: keyof typeof ACTION_LABEL) =>
    plan.rows.filter((row) => row.action === action).length;
  lines.push(
    `Zusammen: ${count("create")} neu, ${count("translate")} neue Sprachfassung(en), ${count("update")} geändert, ${count("unchanged")} unverändert.`,
  );
  if (plan.errors.length > 0) {
    lines.push("");
    lines.push(
      `${plan.errors.length} Fehler – es wurde NICHTS importiert. Bitte in der Tabelle korrigieren:`,
    );
    for (const error of plan.errors)
      lines.push(`  Zeile ${error.row}, Spalte „${error.column}“: ${error.message}`);
  }
  return lines.join("\n");
}
