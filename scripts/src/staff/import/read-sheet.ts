import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { decodeText, type TextEncoding } from "./decode-text.ts";

/** One data row of a spreadsheet: `row` is the number staff see in Excel (the header is row 1). */
export interface SheetRow {
  row: number;
  values: Record<string, string>;
}

export interface Sheet {
  file: string;
  headers: string[];
  rows: SheetRow[];
  /** The character set a text file was read in (not set for .xlsx, which has no choice). */
  encoding?: TextEncoding;
}

export class SheetError extends Error {
  override name = "SheetError";
}

/** German Excel saves CSV with semicolons; others use commas. The header line tells which. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? ",";
}

function readCsv(file: string): Omit<Sheet, "file"> {
  const { text, encoding } = decodeText(readFileSync(file));
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new SheetError(`${file}: not a readable CSV file (${(error as Error).message})`);
  }
  const [header = [], ...body] = records;
  const headers = header.map((cell) => cell.trim());
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const values: Record<string, string> = {};
    headers.forEach((name, column) => {
      if (name) values[name] = (cells[column] ?? "").trim();
    });
    rows.push({ row: index + 2, values });
  });
  return { headers, rows, encoding };
}

/** Excel cells can be numbers, dates, rich text or formulas; staff mean what the cell shows. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value.trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value)
    return value.richText
      .map((part) => part.text)
      .join("")
      .trim();
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text).trim();
  return String(value);
}

async function readXlsx(file: string): Promise<Omit<Sheet, "file">> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new SheetError(`${file}: not a readable .xlsx file (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError(`${file}: the workbook has no worksheet`);
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column - 1] = cellText(cell.value);
  });
  const rows: SheetRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const values: Record<string, string> = {};
    headers.forEach((name, column) => {
      if (name) values[name] = cellText(row.getCell(column + 1).value);
    });
    if (Object.values(values).every((value) => value === "")) continue;
    rows.push({ row: number, values });
  }
  return { headers: headers.map((h) => h ?? ""), rows };
}

/** Reads the first sheet of a .csv or .xlsx file into header names and rows of text. */
export async function readSheet(file: string): Promise<Sheet> {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return { file, ...readCsv(file) };
  if (ext === ".xlsx") return { file, ...(await readXlsx(file)) };
  throw new SheetError(`${file}: unsupported file type "${ext}". Use .csv (comma or semicolon) or .xlsx.`);
}
