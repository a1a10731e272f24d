// What the CMS's import page loads in its own process (`@showroom/scripts/staff-import`): the same
// reading, checking and writing as `npm run import`, with a report for the admin instead of text.

export { type ImportOptions, type ImportOutcome, importHeritageItems } from "./import-heritage-items.ts";
export { type ImportReport, importReport } from "./import-report.ts";
export { SheetError } from "./read-sheet.ts";
