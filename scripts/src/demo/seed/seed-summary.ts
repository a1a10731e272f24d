import type { SeedReport } from "./seed-demo-content.ts";

/**
 * The one line a seed run ends with, e.g. "seed: 0 created, 0 updated, 80 unchanged, completed 2
 * half-made entries, 2 published, 0 files uploaded".
 */
export function seedSummary(report: SeedReport): string {
  const entries = report.completed === 1 ? "entry" : "entries";
  return (
    `seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ` +
    `completed ${report.completed} half-made ${entries}, ${report.published} published, ` +
    `${report.uploaded} files uploaded`
  );
}
