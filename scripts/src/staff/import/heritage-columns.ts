import {
  contentType,
  type FieldDefinition,
  LICENCE_INFO,
  LICENCES,
  type Licence,
  type Rule,
} from "@showroom/content-types";
import { nearest } from "./edit-distance.ts";

/** The content type the import writes. */
export const HERITAGE_ITEM = contentType("heritage-item");

/**
 * Fields a spreadsheet can fill. Images and the 3D scan need files and are added in the admin;
 * the place is matched by its slug or German name.
 */
export const IMPORT_FIELDS = [
  "inventoryNumber",
  "title",
  "slug",
  "summary",
  "description",
  "datingText",
  "datingFrom",
  "datingTo",
  "material",
  "technique",
  "dimensions",
  "place",
  "licence",
  "attribution",
  "keywords",
  "featured",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function fieldDefinition(field: ImportField): FieldDefinition {
  const definition = HERITAGE_ITEM.fields[field];
  if (!definition) throw new Error(`content-types: heritage-item has no field "${field}"`);
  return definition;
}

const normalise = (name: string) => name.toLowerCase().replace(/[*:]/g, "").replace(/\s+/g, " ").trim();

/** Staff mark a column of their own (notes, internal remarks) with a leading "#"; it is skipped. */
export const IGNORED_COLUMN_MARK = "#";

function namesOf(field: ImportField): string[] {
  const { label } = fieldDefinition(field);
  return [field, label.de, label.en];
}

export interface ColumnMap {
  columns: Map<string, ImportField>;
  /** Headers that name no field: refused, so that no column is dropped without anyone noticing. */
  unknown: string[];
  /** Headers marked with "#": left out on purpose. */
  ignored: string[];
}

/** Header → field: the code name, the German label or the English label, in any case. */
export function columnMap(headers: string[]): ColumnMap {
  const byName = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const name of namesOf(field)) byName.set(normalise(name), field);
  }
  const columns = new Map<string, ImportField>();
  const unknown: string[] = [];
  const ignored: string[] = [];
  for (const header of headers) {
    if (!header) continue;
    const field = byName.get(normalise(header));
    if (field) columns.set(header, field);
    else if (header.startsWith(IGNORED_COLUMN_MARK)) ignored.push(header);
    else unknown.push(header);
  }
  return { columns, unknown, ignored };
}

/** The field an unknown header most likely means (a typo of its German, English or code name). */
export function nearestColumn(header: string): ImportField | undefined {
  return nearest(normalise(header), IMPORT_FIELDS, (field) => namesOf(field).map(normalise));
}

/** The column name staff know a field by (the German admin label). */
export function columnLabel(field: string): string {
  const definition = HERITAGE_ITEM.fields[field];
  return definition ? definition.label.de : field;
}

const LICENCE_ALIASES = new Map<string, Licence>();
for (const licence of LICENCES) {
  const info = LICENCE_INFO[licence];
  for (const name of [
    licence,
    info.label.de,
    info.label.en,
    info.spdx ?? "",
    info.label.de.split(" (")[0] ?? "",
  ]) {
    if (name) LICENCE_ALIASES.set(normalise(name).replaceAll("-", " "), licence);
  }
}
LICENCE_ALIASES.set("public domain", "pdm");
LICENCE_ALIASES.set("gemeinfrei", "pdm");

export function parseLicence(text: string): Licence | undefined {
  return LICENCE_ALIASES.get(normalise(text).replaceAll("-", " "));
}

const TRUE = new Set(["ja", "j", "x", "yes", "y", "true", "wahr", "1"]);
const FALSE = new Set(["nein", "n", "no", "false", "falsch", "0"]);

/**
 * A whole number as Excel writes it in German or English: "1732", "1732.0" or "1732,0" (a number
 * cell saved with decimals), "1.732" (German thousands point) or "1,732" (English thousands comma).
 */
export function parseWholeNumber(text: string): number | undefined {
  const compact = text.replace(/\s/g, "");
  const match = /^([+-]?)(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,]0+)?$/.exec(compact);
  if (!match) return undefined;
  return Number.parseInt(`${match[1]}${(match[2] as string).replace(/[.,]/g, "")}`, 10);
}

/** A cell's text as the field's value; a string result is an error message for staff. */
export type CellResult = { value: unknown } | { error: string };

export function convertCell(field: ImportField, text: string): CellResult {
  const definition = fieldDefinition(field);
  if (text === "") return { value: null };
  switch (definition.kind) {
    case "integer": {
      const value = parseWholeNumber(text);
      if (value === undefined) {
        return { error: `„${text}“ ist keine ganze Jahreszahl (z. B. 1732, vor Christus negativ: -500)` };
      }
      return { value };
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `„${text}“ ist weder ja noch nein` };
    }
    case "enumeration": {
      const licence = parseLicence(text);
      if (!licence) {
        const allowed = LICENCES.map((l) => LICENCE_INFO[l].label.de.split(" (")[0]).join(", ");
        return { error: `unbekannte Lizenz „${text}“; erlaubt sind: ${allowed}` };
      }
      return { value: licence };
    }
    default:
      return { value: text };
  }
}

/** German message for a model rule, when zod reports its English one. */
export function germanRuleMessage(message: string): string {
  const rules = (HERITAGE_ITEM.rules ?? []) as readonly Rule[];
  return rules.find((rule) => rule.message.en === message)?.message.de ?? message;
}

/** A URL slug from a title: lower case, German letters spelled out, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
