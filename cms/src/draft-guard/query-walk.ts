import { errors } from "@strapi/utils";
import { type PublicAttribute, type PublicModel, type PublicSchema, UPLOAD_FILE_UID } from "./public-schema";

/**
 * The walk through a public query (public-query-shape.ts): where it is, how to refuse with the
 * parameter named, and which attributes it may step on or into.
 */

/** Deeper than any page of the site asks for; deeper queries are refused, not walked. */
export const MAX_DEPTH = 12;

export const TEXT_TYPES = new Set(["string", "text", "richtext", "email", "uid", "enumeration"]);
export const NUMBER_TYPES = new Set(["integer", "biginteger", "float", "decimal"]);
const DATE_TYPES = new Set(["date", "datetime", "time", "timestamp"]);
export const NESTING_TYPES = new Set(["relation", "media", "component"]);

/** `id` and `documentId` are not attributes in Strapi's models but may be used everywhere. */
const IDENTIFIERS: Record<string, PublicAttribute> = {
  id: { type: "integer" },
  documentId: { type: "string" },
};

export type Path = string;
export const child = (path: Path, key: string | number) => `${path}[${key}]`;

export function refuse(path: Path, why: string): never {
  throw new errors.ValidationError(`${path}: ${why}`, { source: "query", param: path });
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
export const isScalar = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

export interface Walk {
  schema: PublicSchema;
  depth: number;
  /** Accept `populate: { localizations: true }` (see checkPublicQuery). */
  plainPopulateOfHidden: boolean;
}

export function deeper(walk: Walk, path: Path): Walk {
  if (walk.depth >= MAX_DEPTH) refuse(path, `nested deeper than ${MAX_DEPTH} levels.`);
  return { ...walk, depth: walk.depth + 1 };
}

/** The attribute `name` of `model` if the public may use it, otherwise a 400 saying why not. */
export function publicAttribute(walk: Walk, model: PublicModel, name: string, path: Path): PublicAttribute {
  // Components are parts of an entry: they have an id but no documentId.
  const isComponent = !model.uid.includes("::");
  if (IDENTIFIERS[name] && !(isComponent && name === "documentId")) return IDENTIFIERS[name];
  const attribute = model.attributes[name];
  const hidden = walk.schema.hiddenBecause(model, name);
  if (hidden) refuse(path, `"${name}" cannot be used in the public API: ${hidden}.`);
  if (!attribute) refuse(path, `"${name}" is not a field of ${model.uid}.`);
  return attribute;
}

/** The model a relation, media or component attribute leads to, if the public may read it. */
export function targetModel(walk: Walk, attribute: PublicAttribute, name: string, path: Path): PublicModel {
  if (attribute.relation?.startsWith("morph"))
    refuse(path, `"${name}" links to entries of several types and cannot be queried in the public API.`);
  const uid =
    attribute.type === "media"
      ? UPLOAD_FILE_UID
      : attribute.type === "component"
        ? attribute.component
        : attribute.target;
  const model = uid ? walk.schema.readable(uid) : undefined;
  if (!model)
    refuse(path, `"${name}" leads to ${uid ?? "an unknown type"}, which the public API does not serve.`);
  return model;
}

export function isComparable(attribute: PublicAttribute): boolean {
  return (
    TEXT_TYPES.has(attribute.type) ||
    NUMBER_TYPES.has(attribute.type) ||
    DATE_TYPES.has(attribute.type) ||
    attribute.type === "boolean"
  );
}
