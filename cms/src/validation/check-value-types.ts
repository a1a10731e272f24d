import { type ModelField, modelComponentOf } from "./content-model";
import type { FieldProblem } from "./field-error";

/**
 * Values of the wrong type, found before Strapi sees them: Strapi's own checks call a word in a
 * number field "A value is required" (yup casts it to NaN) and an impossible date "Invalid date"
 * without the field. Here every such value gets a problem on its field saying what was expected.
 */

const TEXT_KINDS = new Set(["string", "text", "richtext", "email", "uid", "enumeration", "password"]);
const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Strapi stores times as HH:mm:ss(.SSS) and refuses anything shorter. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?$/;
const BOOLEANS = new Set([true, false, "true", "false", 0, 1]);

/** The value as people would write it: "twelve hundred", the number 12345, an object. */
function described(value: unknown, numeric: boolean): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number") return numeric ? String(value) : `the number ${value}`;
  if (typeof value === "boolean") return numeric ? String(value) : `the value ${value}`;
  if (Array.isArray(value)) return "a list";
  return "an object";
}

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isDateTime(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  // Strapi takes a number as milliseconds since 1970 (scripts may pass Date.now()).
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value !== "string" || !DATETIME.test(value.trim())) return false;
  return isRealDate(value.trim().slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** What a field of this kind expects, or undefined when the value fits. */
function expectation(field: ModelField, value: unknown): string | undefined {
  const { kind } = field;
  if (TEXT_KINDS.has(kind)) return typeof value === "string" ? undefined : "text";
  if (kind === "integer" || kind === "biginteger")
    return Number.isInteger(value) || (typeof value === "string" && WHOLE.test(value.trim()))
      ? undefined
      : "a whole number";
  if (kind === "decimal" || kind === "float")
    return (typeof value === "number" && Number.isFinite(value)) ||
      (typeof value === "string" && DECIMAL.test(value.trim()))
      ? undefined
      : "a number";
  if (kind === "boolean") return BOOLEANS.has(value as string) ? undefined : "true or false";
  if (kind === "date")
    return value instanceof Date || (typeof value === "string" && isRealDate(value.trim()))
      ? undefined
      : "a date like 2025-06-01";
  if (kind === "datetime") return isDateTime(value) ? undefined : "a date and time like 2025-06-01T18:00:00Z";
  if (kind === "time")
    return value instanceof Date || (typeof value === "string" && TIME.test(value.trim()))
      ? undefined
      : "a time like 09:30:00";
  return undefined;
}

const NUMERIC_KINDS = new Set(["integer", "biginteger", "decimal", "float"]);

function checkComponent(field: ModelField, value: unknown, path: string[]): FieldProblem[] {
  const component = field.component ? modelComponentOf(field.component) : undefined;
  if (!component) return [];
  const items = field.repeatable ? value : [value];
  if (!Array.isArray(items))
    return [{ path, message: `Expected a list of entries, got ${described(value, false)}.` }];
  return items.flatMap((item, index) => {
    const at = field.repeatable ? [...path, String(index)] : path;
    if (!item || typeof item !== "object" || Array.isArray(item))
      return [{ path: at, message: `Expected the fields of an entry, got ${described(item, false)}.` }];
    return checkValueTypes(component.fields, item as Record<string, unknown>, at);
  });
}

/** Problems for every value in `data` (and in its components) that its field cannot hold. */
export function checkValueTypes(
  fields: Record<string, ModelField>,
  data: Record<string, unknown>,
  path: string[] = [],
): FieldProblem[] {
  return Object.entries(data).flatMap(([name, value]) => {
    const field = fields[name];
    if (!field || value === null || value === undefined) return [];
    if (field.kind === "component") return checkComponent(field, value, [...path, name]);
    const expected = expectation(field, value);
    if (!expected) return [];
    return [
      {
        path: [...path, name],
        message: `Expected ${expected}, got ${described(value, NUMERIC_KINDS.has(field.kind))}.`,
      },
    ];
  });
}
