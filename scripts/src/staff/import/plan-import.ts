import { type Locale, schemasByType } from "@showroom/content-types";
import type { TextEncoding } from "./decode-text.ts";
import { findPlace } from "./find-place.ts";
import {
  columnLabel,
  columnMap,
  convertCell,
  germanRuleMessage,
  IMPORT_FIELDS,
  type ImportField,
  nearestColumn,
  slugify,
} from "./heritage-columns.ts";
import type { Sheet } from "./read-sheet.ts";

/** A heritage item as it is in the CMS now (its draft, which holds the latest edits). */
export interface ExistingItem {
  documentId: string;
  /** Locales the document exists in. */
  locales: string[];
  /** Field values in the import's locale (undefined when the document lacks that locale). */
  values?: Partial<Record<ImportField, unknown>>;
  /** Fields shared by all locales (inventory number, years, licence…), from any locale. */
  shared: Partial<Record<ImportField, unknown>>;
}

export interface PlaceRef {
  id: number;
  documentId: string;
  slug: string;
  name: string;
}

export interface ImportContext {
  locale: Locale;
  /** By inventory number. */
  items: Map<string, ExistingItem>;
  places: PlaceRef[];
  /** Slugs taken in the import's locale, with the document that holds each. */
  slugs: Map<string, string>;
}

export interface RowError {
  /** Spreadsheet row (header = 1); 1 for problems with the header itself. */
  row: number;
  column: string;
  message: string;
}

export interface FieldChange {
  field: ImportField;
  column: string;
  from: unknown;
  to: unknown;
}

export interface PlannedRow {
  row: number;
  inventoryNumber: string;
  /** create: new item; translate: new locale of an existing item; update / unchanged. */
  action: "create" | "translate" | "update" | "unchanged";
  documentId?: string;
  changes: FieldChange[];
  /** What is written: every imported field, place as a documentId. */
  data: Record<string, unknown>;
}

export interface ImportPlan {
  file: string;
  locale: Locale;
  rows: PlannedRow[];
  errors: RowError[];
  /** Not errors: e.g. columns marked with "#" that are left out on purpose. */
  notes: string[];
  /** The character set a text file was read in. */
  encoding?: TextEncoding;
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * Checks every row against the content model and compares it with the CMS: which items would
 * be created, updated (and which fields) or stay unchanged. Nothing is written here; an import
 * with any error is not applied at all.
 */
export function planImport(sheet: Sheet, context: ImportContext): ImportPlan {
  const { columns, unknown, ignored } = columnMap(sheet.headers);
  const errors: RowError[] = unknown.map((header) => unknownColumnError(header));
  const notes = ignored.map((header) => `Spalte „${header}“ ist mit „#“ markiert und wird nicht importiert.`);
  const headerOf = new Map<ImportField, string>();
  for (const [header, field] of columns) {
    if (headerOf.has(field)) {
      errors.push({
        row: 1,
        column: header,
        message: `doppelte Spalte: „${headerOf.get(field)}“ meint dasselbe Feld`,
      });
    }
    headerOf.set(field, header);
  }
  const column = (field: ImportField) => headerOf.get(field) ?? columnLabel(field);
  if (!headerOf.has("inventoryNumber")) {
    errors.push({
      row: 1,
      column: columnLabel("inventoryNumber"),
      message: "Spalte fehlt: ohne Inventarnummer kann kein Kulturgut zugeordnet werden",
    });
    return { ...planHead(sheet, context), rows: [], errors, notes };
  }

  const seenNumbers = new Map<string, number>();
  const claimedSlugs = new Map(context.slugs);
  const rows: PlannedRow[] = [];

  for (const { row, values } of sheet.rows) {
    const rowErrors: RowError[] = [];
    const given: Partial<Record<ImportField, unknown>> = {};
    for (const [header, field] of columns) {
      const result = convertCell(field, values[header] ?? "");
      if ("error" in result) rowErrors.push({ row, column: header, message: result.error });
      else given[field] = result.value;
    }
    const inventoryNumber = String(given.inventoryNumber ?? "");
    if (!inventoryNumber) {
      rowErrors.push({ row, column: column("inventoryNumber"), message: "Inventarnummer fehlt" });
    } else if (seenNumbers.has(inventoryNumber)) {
      rowErrors.push({
        row,
        column: column("inventoryNumber"),
        message: `Inventarnummer „${inventoryNumber}“ steht schon in Zeile ${seenNumbers.get(inventoryNumber)}`,
      });
    } else seenNumbers.set(inventoryNumber, row);

    // The place by slug or German name.
    let placeDocumentId: string | null | undefined;
    if (headerOf.has("place")) {
      const text = given.place as string | null;
      if (text) {
        const found = findPlace(text, context.places);
        if ("error" in found) rowErrors.push({ row, column: column("place"), message: found.error });
        else placeDocumentId = found.place.documentId;
      } else placeDocumentId = null;
    }

    const existing = inventoryNumber ? context.items.get(inventoryNumber) : undefined;
    const before = existing?.values ?? {};
    // Fields missing from the file keep what the CMS has; cells given but empty clear optional fields.
    const merged: Record<string, unknown> = { ...existing?.shared, ...before };
    for (const field of IMPORT_FIELDS) {
      if (field === "place") {
        if (placeDocumentId !== undefined) merged.place = placeDocumentId;
      } else if (headerOf.has(field)) merged[field] = given[field];
    }
    if (!merged.slug && typeof merged.title === "string") merged.slug = slugify(merged.title);
    if (typeof merged.slug === "string" && merged.slug) {
      const holder = claimedSlugs.get(merged.slug);
      const self = existing?.documentId ?? `row:${row}`;
      if (holder && holder !== self) {
        if (headerOf.has("slug") && given.slug) {
          rowErrors.push({
            row,
            column: column("slug"),
            message: `Slug „${merged.slug}“ ist schon vergeben`,
          });
        } else {
          // A generated slug: make it unique the way the admin would (-2, -3, …).
          let n = 2;
          while (claimedSlugs.has(`${merged.slug}-${n}`)) n++;
          merged.slug = `${merged.slug}-${n}`;
        }
      }
      if (!rowErrors.some((e) => e.column === column("slug"))) claimedSlugs.set(merged.slug as string, self);
    }

    // The content model's own rules (required fields, lengths, patterns, dating order, attribution).
    const candidate = {
      id: 1,
      documentId: existing?.documentId ?? "import",
      locale: context.locale,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      publishedAt: new Date().toISOString(),
      ...merged,
      place: merged.place ? { id: 1, documentId: merged.place } : null,
      images: [],
    };
    const parsed = schemasByType["heritage-item"].safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "") as ImportField;
        const header = column(field);
        // A problem already reported for this cell (e.g. not a number) is not repeated.
        if (rowErrors.some((e) => e.column === header)) continue;
        // A slug made from the title: its problem is the missing title, reported already.
        if (field === "slug" && !headerOf.has("slug") && !merged.title) continue;
        const missing = merged[field] === null || merged[field] === undefined || merged[field] === "";
        rowErrors.push({
          row,
          column: header,
          // Cross-field rules (dating order, attribution) say why themselves.
          message:
            missing && issue.code !== "custom" ? "Pflichtfeld ist leer" : germanRuleMessage(issue.message),
        });
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }

    const data: Record<string, unknown> = {};
    const changes: FieldChange[] = [];
    for (const field of IMPORT_FIELDS) {
      if (!(field in merged)) continue;
      data[field] = merged[field] ?? null;
      if (!same(before[field], merged[field])) {
        changes.push({
          field,
          column: headerOf.get(field) ?? columnLabel(field),
          from: before[field] ?? null,
          to: merged[field] ?? null,
        });
      }
    }
    const action = !existing
      ? "create"
      : !existing.values
        ? "translate"
        : changes.length > 0
          ? "update"
          : "unchanged";
    rows.push({
      row,
      inventoryNumber,
      action,
      ...(existing ? { documentId: existing.documentId } : {}),
      changes,
      data,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { ...planHead(sheet, context), rows, errors, notes };
}

function planHead(sheet: Sheet, context: ImportContext): Pick<ImportPlan, "file" | "locale" | "encoding"> {
  return {
    file: sheet.file,
    locale: context.locale,
    ...(sheet.encoding ? { encoding: sheet.encoding } : {}),
  };
}

/** A column the import cannot place would be lost without a word; staff rename, mark or delete it. */
function unknownColumnError(header: string): RowError {
  const guess = nearestColumn(header);
  const known = IMPORT_FIELDS.map(columnLabel).join(", ");
  return {
    row: 1,
    column: header,
    message: `unbekannte Spalte${guess ? ` – meinten Sie „${columnLabel(guess)}“?` : ""} Bekannte Spalten: ${known}. Eine eigene Spalte, die nicht importiert werden soll, mit „#“ beginnen lassen (z. B. „# Bemerkungen“).`,
  };
}
