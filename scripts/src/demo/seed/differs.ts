/**
 * Compares what the seed wants to write with what a stored entry holds, field by field as the content
 * model defines them, so an unchanged entry is left alone (and keeps its updatedAt). Only the fields
 * the seed sets are compared; editors' additions elsewhere are not touched.
 */
import { ALL_COMPONENTS, type FieldDefinition } from "@showroom/content-types";

type Fields = Record<string, FieldDefinition>;

function componentFields(name: string): Fields {
  const component = ALL_COMPONENTS.find((c) => `${c.category}.${c.name}` === name);
  if (!component) throw new Error(`seed: unknown component "${name}"`);
  return component.fields;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function idOf(value: unknown): unknown {
  if (isEmpty(value)) return null;
  if (typeof value === "object") return (value as { id?: unknown }).id ?? null;
  return value;
}

function documentIdOf(value: unknown): unknown {
  if (isEmpty(value)) return null;
  if (typeof value === "object") return (value as { documentId?: unknown }).documentId ?? null;
  return value;
}

/** Normalizes a field value (desired or stored) to a comparable form. */
function normalize(value: unknown, field: FieldDefinition): unknown {
  switch (field.kind) {
    case "media":
      return idOf(value);
    case "relation": {
      const many = field.relation === "oneToMany" || field.relation === "manyToMany";
      if (!many) return documentIdOf(value);
      const list = Array.isArray(value) ? value : [];
      return list.map(documentIdOf).sort();
    }
    case "component": {
      const fields = componentFields(field.component);
      if (field.repeatable) {
        const list = Array.isArray(value) ? value : [];
        return list.map((item) => normalizeObject(item as Record<string, unknown>, fields));
      }
      return isEmpty(value) ? null : normalizeObject(value as Record<string, unknown>, fields);
    }
    case "datetime":
      return isEmpty(value) ? null : new Date(String(value)).toISOString();
    case "time": {
      if (isEmpty(value)) return null;
      const [h = "00", m = "00", s = "00"] = String(value).split(":");
      return `${h}:${m}:${s.slice(0, 2)}`;
    }
    case "integer":
    case "decimal":
      return isEmpty(value) ? null : Number(value);
    case "json":
      return isEmpty(value) ? null : JSON.stringify(value);
    default:
      return isEmpty(value) ? null : value;
  }
}

function normalizeObject(value: Record<string, unknown>, fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) out[name] = normalize(value?.[name], field);
  return out;
}

/**
 * The names of the fields whose stored value differs from the desired one. Components compare in
 * full (every field of the component); entry fields only where `desired` has a key.
 */
export function differingFields(
  desired: Record<string, unknown>,
  stored: Record<string, unknown>,
  fields: Fields,
): string[] {
  const differing: string[] = [];
  for (const [name, value] of Object.entries(desired)) {
    if (value === undefined) continue;
    const field = fields[name];
    if (!field) throw new Error(`seed: the content model has no field "${name}"`);
    if (JSON.stringify(normalize(value, field)) !== JSON.stringify(normalize(stored[name], field)))
      differing.push(name);
  }
  return differing;
}
