import { errors, isOperator } from "@strapi/utils";
import type { PublicAttribute, PublicModel, PublicSchema } from "./public-schema";
import { UPLOAD_FILE_UID } from "./public-schema";

/**
 * The query shapes the public content API accepts (visitors and tokens without draft rights).
 * Everything not described here is refused with a 400 that names the parameter, before Strapi
 * builds SQL from it: fields that reach drafts or staff data, unknown fields and operators, values
 * of the wrong type, and malformed nesting (which Strapi would otherwise answer with a 500).
 */

/** Top-level parameters of a public read; anything else is refused. */
const QUERY_KEYS = new Set([
  "filters",
  "sort",
  "fields",
  "populate",
  "locale",
  "pagination",
  "status",
  "publicationState",
  "_q",
]);
const SHAPE_KEYS = new Set(["filters", "sort", "fields", "populate"]);
const PAGINATION_KEYS = new Set(["page", "pageSize", "start", "limit", "withCount"]);
/** Keys of a populate fragment (`populate[place][…]`). */
const FRAGMENT_KEYS = new Set(["filters", "sort", "fields", "populate", "on"]);
/** Deeper than any page of the site asks for; deeper queries are refused, not walked. */
const MAX_DEPTH = 12;

const TEXT_TYPES = new Set(["string", "text", "richtext", "email", "uid", "enumeration"]);
const NUMBER_TYPES = new Set(["integer", "biginteger", "float", "decimal"]);
const DATE_TYPES = new Set(["date", "datetime", "time", "timestamp"]);
const NESTING_TYPES = new Set(["relation", "media", "component"]);
const TEXT_OPERATORS = new Set([
  "$eqi",
  "$nei",
  "$contains",
  "$notContains",
  "$containsi",
  "$notContainsi",
  "$startsWith",
  "$endsWith",
  "$startsWithi",
  "$endsWithi",
]);
const ORDER_OPERATORS = new Set(["$gt", "$gte", "$lt", "$lte", "$between"]);
const LIST_OPERATORS = new Set(["$in", "$notIn", "$between"]);
const PRESENCE_OPERATORS = new Set(["$null", "$notNull"]);
/** Known to Strapi but not meant for clients. */
const INTERNAL_OPERATORS = new Set(["$jsonSupersetOf"]);

/** `id` and `documentId` are not attributes in Strapi's models but may be used everywhere. */
const IDENTIFIERS: Record<string, PublicAttribute> = {
  id: { type: "integer" },
  documentId: { type: "string" },
};

type Path = string;
const child = (path: Path, key: string | number) => `${path}[${key}]`;

function refuse(path: Path, why: string): never {
  throw new errors.ValidationError(`${path}: ${why}`, { source: "query", param: path });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isScalar = (value: unknown) =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

interface Walk {
  schema: PublicSchema;
  depth: number;
  /** Accept `populate: { localizations: true }` (see checkPublicQuery). */
  plainPopulateOfHidden: boolean;
}

function deeper(walk: Walk, path: Path): Walk {
  if (walk.depth >= MAX_DEPTH) refuse(path, `nested deeper than ${MAX_DEPTH} levels.`);
  return { ...walk, depth: walk.depth + 1 };
}

/** The attribute `name` of `model` if the public may use it, otherwise a 400 saying why not. */
function publicAttribute(walk: Walk, model: PublicModel, name: string, path: Path): PublicAttribute {
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
function targetModel(walk: Walk, attribute: PublicAttribute, name: string, path: Path): PublicModel {
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

// --- filters -------------------------------------------------------------------------------

function checkList(value: unknown, path: Path, each: (item: unknown, path: Path) => void): void {
  if (!Array.isArray(value))
    refuse(path, "expects a list, e.g. [$or][0][title][$eq]=a&[$or][1][title][$eq]=b.");
  for (const [index, item] of value.entries()) each(item, child(path, index));
}

/**
 * `filters` (or one branch of $and/$or/$not) on the fields of `model`. Directly under a relation,
 * media or component Strapi takes either fields or a single $and/$or, nothing else (it answers
 * other shapes with a 500), so those are refused here.
 */
function checkFilters(
  walk: Walk,
  model: PublicModel,
  filters: unknown,
  path: Path,
  underRelation = false,
): void {
  if (!isPlainObject(filters))
    refuse(path, "expects fields with conditions, e.g. filters[title][$eq]=Wallmuseum.");
  const next = deeper(walk, path);
  const keys = Object.keys(filters);
  const operators = keys.filter((key) => key.startsWith("$"));
  if (underRelation && operators.length > 0 && (keys.length > 1 || !["$and", "$or"].includes(keys[0] ?? "")))
    refuse(
      child(path, operators[0] as string),
      "under a relation, name its fields, or give one $and/$or list, e.g. [$and][0][$not][title][$eq]=….",
    );
  for (const [key, value] of Object.entries(filters)) {
    const at = child(path, key);
    if (key === "$and" || key === "$or") {
      checkList(value, at, (item, itemPath) => checkFilters(next, model, item, itemPath));
    } else if (key === "$not") {
      checkFilters(next, model, value, at);
    } else if (key.startsWith("$")) {
      refuse(
        at,
        isOperator(key)
          ? `the operator "${key}" needs a field before it, e.g. filters[title][${key}]=….`
          : `"${key}" is not a filter operator.`,
      );
    } else {
      const attribute = publicAttribute(next, model, key, at);
      if (NESTING_TYPES.has(attribute.type)) {
        checkFilters(next, targetModel(next, attribute, key, at), value, at, true);
      } else {
        checkCondition(next, attribute, value, at);
      }
    }
  }
}

/** The condition on one scalar field: a value (equals), a list (one of) or operators. */
function checkCondition(walk: Walk, attribute: PublicAttribute, condition: unknown, path: Path): void {
  if (!isComparable(attribute)) refuse(path, `a field of type ${attribute.type} cannot be filtered.`);
  if (Array.isArray(condition)) {
    for (const [index, value] of condition.entries()) checkValue(attribute, value, child(path, index));
    return;
  }
  if (!isPlainObject(condition)) {
    checkValue(attribute, condition, path);
    return;
  }
  const next = deeper(walk, path);
  for (const [operator, operand] of Object.entries(condition)) {
    const at = child(path, operator);
    if (operator === "$and" || operator === "$or") {
      refuse(at, `${operator} combines conditions on fields: write filters[${operator}][0][<field>][$eq]=….`);
    } else if (operator === "$not") {
      checkCondition(next, attribute, operand, at);
    } else {
      checkOperator(attribute, operator, operand, at);
    }
  }
}

function isComparable(attribute: PublicAttribute): boolean {
  return (
    TEXT_TYPES.has(attribute.type) ||
    NUMBER_TYPES.has(attribute.type) ||
    DATE_TYPES.has(attribute.type) ||
    attribute.type === "boolean"
  );
}

function checkOperator(attribute: PublicAttribute, operator: string, operand: unknown, path: Path): void {
  if (!operator.startsWith("$"))
    refuse(path, `"${operator}" is not a filter operator; the field ends one step earlier.`);
  if (!isOperator(operator) || INTERNAL_OPERATORS.has(operator))
    refuse(path, `"${operator}" is not a filter operator.`);
  if (TEXT_OPERATORS.has(operator) && !TEXT_TYPES.has(attribute.type))
    refuse(path, `${operator} compares text; a field of type ${attribute.type} is not text.`);
  if (ORDER_OPERATORS.has(operator) && attribute.type === "boolean")
    refuse(path, `${operator} compares an order; a field of type boolean has none.`);
  if (PRESENCE_OPERATORS.has(operator)) {
    if (!["true", "false", true, false].includes(operand as string))
      refuse(path, `${operator} expects true or false.`);
    return;
  }
  if (LIST_OPERATORS.has(operator)) {
    const values = Array.isArray(operand) ? operand : [operand];
    if (operator === "$between" && values.length !== 2)
      refuse(path, "$between expects two values, e.g. [$between][0]=1&[$between][1]=9.");
    for (const [index, value] of values.entries())
      checkValue(attribute, value, Array.isArray(operand) ? child(path, index) : path);
    return;
  }
  checkValue(attribute, operand, path);
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Strapi compares times as HH:mm:ss(.SSS) and answers anything shorter with an unnamed error. */
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?$/;
/** An ISO date with optional time and zone, or milliseconds since 1970: what Strapi can compare. */
const DATETIME = /^(\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?|\d+)$/;
const BOOLEAN = new Set(["true", "false", "1", "0", "t", "f"]);

/** One value compared with a field: it must be something the field can hold. */
function checkValue(attribute: PublicAttribute, value: unknown, path: Path): void {
  if (!isScalar(value)) refuse(path, "expects a single value here, not a nested object.");
  const text = String(value);
  const { type } = attribute;
  if (NUMBER_TYPES.has(type) && !NUMBER.test(text)) refuse(path, `expects a number, not "${text}".`);
  if (type === "integer" && !/^-?\d+$/.test(text)) refuse(path, `expects a whole number, not "${text}".`);
  if (type === "boolean" && !BOOLEAN.has(text)) refuse(path, `expects true or false, not "${text}".`);
  if (type === "time" && !TIME.test(text)) refuse(path, `expects a time like 09:30:00, not "${text}".`);
  if (type === "date" && !(DATE.test(text) && !Number.isNaN(Date.parse(text))))
    refuse(path, `expects a date like 2025-06-01, not "${text}".`);
  if (
    (type === "datetime" || type === "timestamp") &&
    !(DATETIME.test(text) && !Number.isNaN(Date.parse(text)))
  )
    refuse(path, `expects a date and time like 2025-06-01T10:00:00Z, not "${text}".`);
}

// --- sort ----------------------------------------------------------------------------------

const DIRECTION = /^(asc|desc)$/i;

/**
 * Where a sort stands: the top level may sort through relations and components ("place.name"); a
 * populated relation only by its own fields (Strapi answers a deeper path there with a 500).
 */
type SortScope = "query" | "populate";
const OWN_FIELDS_ONLY = "inside populate, sort by the related entry's own fields";

/** A field path "place.name" (from "place.name:desc") down to a field that can be sorted by. */
function checkSortPath(walk: Walk, model: PublicModel, dotted: string, path: Path, scope: SortScope): void {
  const [fieldPath, direction, ...extra] = dotted.split(":");
  if (extra.length > 0 || (direction !== undefined && !DIRECTION.test(direction)))
    refuse(path, `"${dotted}" is not a sort order; write field:asc or field:desc.`);
  const names = (fieldPath ?? "").split(".");
  let current = model;
  names.forEach((name, index) => {
    if (!name) refuse(path, `"${dotted}" names an empty field.`);
    const attribute = publicAttribute(walk, current, name, path);
    const last = index === names.length - 1;
    if (NESTING_TYPES.has(attribute.type)) {
      if (last) refuse(path, `"${dotted}" names ${name}, which has fields of its own; sort by one of them.`);
      if (scope === "populate") refuse(path, `"${dotted}": ${OWN_FIELDS_ONLY}.`);
      current = targetModel(walk, attribute, name, path);
    } else if (!last) {
      refuse(path, `"${dotted}": ${name} has no fields of its own.`);
    } else if (!isComparable(attribute)) {
      refuse(path, `a field of type ${attribute.type} cannot be sorted by.`);
    }
  });
}

function checkSort(walk: Walk, model: PublicModel, sort: unknown, path: Path, scope: SortScope): void {
  const next = deeper(walk, path);
  if (typeof sort === "string") {
    for (const part of sort.split(",")) checkSortPath(next, model, part.trim(), path, scope);
  } else if (Array.isArray(sort)) {
    for (const [index, item] of sort.entries()) checkSort(next, model, item, child(path, index), scope);
  } else if (isPlainObject(sort)) {
    for (const [name, value] of Object.entries(sort)) {
      const at = child(path, name);
      const attribute = publicAttribute(next, model, name, at);
      if (NESTING_TYPES.has(attribute.type)) {
        if (!isPlainObject(value)) refuse(at, `${name} has fields of its own; sort by one of them.`);
        if (scope === "populate") refuse(at, `${OWN_FIELDS_ONLY}.`);
        checkSort(next, targetModel(next, attribute, name, at), value, at, scope);
      } else if (typeof value !== "string" || !DIRECTION.test(value)) {
        refuse(at, "expects asc or desc.");
      } else if (!isComparable(attribute)) {
        refuse(at, `a field of type ${attribute.type} cannot be sorted by.`);
      }
    }
  } else {
    refuse(path, "expects field:asc, a list of them, or fields with asc/desc.");
  }
}

// --- fields --------------------------------------------------------------------------------

function checkFields(walk: Walk, model: PublicModel, fields: unknown, path: Path): void {
  const names =
    typeof fields === "string"
      ? fields.split(",").map((name) => [name.trim(), path] as const)
      : Array.isArray(fields)
        ? fields.map((name, index) => [name, child(path, index)] as const)
        : refuse(path, "expects field names, e.g. fields[0]=title&fields[1]=slug.");
  for (const [name, at] of names) {
    if (typeof name !== "string") refuse(at, "expects a field name.");
    const attribute = publicAttribute(walk, model, name, at);
    if (NESTING_TYPES.has(attribute.type) || attribute.type === "dynamiczone")
      refuse(at, `${name} is a relation, media or component field: ask for it with populate.`);
  }
}

// --- populate ------------------------------------------------------------------------------

const POPULATE_ALL = new Set(["*", "true", "false", true, false]);

/** The attribute a populate key names, which must be a relation, media, component or dynamic zone. */
function populatable(walk: Walk, model: PublicModel, name: string, path: Path): PublicAttribute {
  const attribute = publicAttribute(walk, model, name, path);
  if (!NESTING_TYPES.has(attribute.type) && attribute.type !== "dynamiczone")
    refuse(
      path,
      `${name} is a plain field, it is always included; populate names relations, media and components.`,
    );
  return attribute;
}

function checkDottedPopulate(walk: Walk, model: PublicModel, dotted: string, path: Path): void {
  let current = model;
  const names = dotted.split(".").map((name) => name.trim());
  names.forEach((name, index) => {
    if (!name) refuse(path, `"${dotted}" names an empty field.`);
    const attribute = populatable(walk, current, name, path);
    if (index === names.length - 1) return;
    if (attribute.type === "dynamiczone")
      refuse(path, `"${dotted}": populate inside ${name} with populate[${name}][on][<component>].`);
    current = targetModel(walk, attribute, name, path);
  });
}

function checkPopulate(walk: Walk, model: PublicModel, populate: unknown, path: Path): void {
  const next = deeper(walk, path);
  if (populate === "*") return;
  if (typeof populate === "string") {
    for (const part of populate.split(",")) checkDottedPopulate(next, model, part, path);
  } else if (Array.isArray(populate)) {
    populate.forEach((item, index) => {
      if (typeof item !== "string") refuse(child(path, index), "expects a field name.");
      checkPopulate(next, model, item, child(path, index));
    });
  } else if (isPlainObject(populate)) {
    for (const [name, value] of Object.entries(populate)) {
      const at = child(path, name);
      if (walk.plainPopulateOfHidden && value === true && name === "localizations") continue;
      const attribute = populatable(next, model, name, at);
      if (POPULATE_ALL.has(value as string)) continue;
      if (!isPlainObject(value))
        refuse(at, "expects true, * or an object with filters, sort, fields, populate or on.");
      if (attribute.type === "dynamiczone") checkZoneFragment(next, attribute, value, at);
      else checkFragment(next, targetModel(next, attribute, name, at), value, at);
    }
  } else {
    refuse(path, "expects *, field names, or fields with populate options.");
  }
}

/** `populate[place][filters|sort|fields|populate]` on the related, media or component model. */
function checkFragment(walk: Walk, model: PublicModel, fragment: Record<string, unknown>, path: Path): void {
  for (const [key, value] of Object.entries(fragment)) {
    const at = child(path, key);
    if (!FRAGMENT_KEYS.has(key) || key === "on")
      refuse(at, `"${key}" is not a populate option; use filters, sort, fields or populate.`);
    checkPart(walk, model, key, value, at, "populate");
  }
}

/** `populate[zone][on][<component uid>][…]` for a dynamic zone. */
function checkZoneFragment(
  walk: Walk,
  attribute: PublicAttribute,
  fragment: Record<string, unknown>,
  path: Path,
): void {
  for (const [key, value] of Object.entries(fragment)) {
    const at = child(path, key);
    if (key !== "on") refuse(at, "a dynamic zone is populated per component: use [on][<component>].");
    if (!isPlainObject(value)) refuse(at, "expects components, e.g. [on][shared.image][populate]=*.");
    for (const [uid, componentFragment] of Object.entries(value)) {
      const componentPath = child(at, uid);
      if (!attribute.components?.includes(uid))
        refuse(componentPath, `${uid} is not a component of this zone.`);
      const model = walk.schema.readable(uid) ?? refuse(componentPath, `${uid} is not a component.`);
      if (POPULATE_ALL.has(componentFragment as string)) continue;
      if (!isPlainObject(componentFragment)) refuse(componentPath, "expects true, * or populate options.");
      checkFragment(walk, model, componentFragment, componentPath);
    }
  }
}

function checkPart(
  walk: Walk,
  model: PublicModel,
  key: string,
  value: unknown,
  path: Path,
  scope: SortScope = "query",
): void {
  if (key === "filters") checkFilters(walk, model, value, path);
  else if (key === "sort") checkSort(walk, model, value, path, scope);
  else if (key === "fields") checkFields(walk, model, value, path);
  else if (key === "populate") checkPopulate(walk, model, value, path);
}

function checkPagination(pagination: unknown): void {
  if (!isPlainObject(pagination)) refuse("pagination", "expects page and pageSize, e.g. pagination[page]=2.");
  for (const [key, value] of Object.entries(pagination)) {
    const at = child("pagination", key);
    if (!PAGINATION_KEYS.has(key)) refuse(at, `"${key}" is not a pagination option.`);
    const ok = key === "withCount" ? POPULATE_ALL.has(value as string) : /^\d+$/.test(String(value));
    if (!ok || !isScalar(value))
      refuse(at, key === "withCount" ? "expects true or false." : "expects a whole number.");
  }
}

/**
 * Throws a ValidationError (400) naming the parameter when `query`, a public read of the content
 * type `uid`, leaves the allowed shapes.
 *
 * `layer: "document-service"` checks the parameters of a document service call instead of an HTTP
 * query: only filters, sort, fields and populate (the service adds keys of its own, e.g. start and
 * limit), and a plain `localizations: true` in populate is accepted, because Strapi expands
 * `populate=*` to every relation; the published-only status keeps those to published translations.
 */
export function checkPublicQuery(
  query: Record<string, unknown>,
  uid: string,
  schema: PublicSchema,
  { layer = "http" }: { layer?: "http" | "document-service" } = {},
): void {
  const model = schema.readable(uid);
  if (!model) refuse(uid, "this type is not served by the public API.");
  const walk: Walk = { schema, depth: 0, plainPopulateOfHidden: layer === "document-service" };
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (layer === "document-service" && !SHAPE_KEYS.has(key)) continue;
    if (!QUERY_KEYS.has(key)) refuse(key, `"${key}" is not a parameter of the public API.`);
    if (key === "pagination") checkPagination(value);
    else if ((key === "locale" || key === "_q") && !isScalar(value)) refuse(key, "expects a single value.");
    else checkPart(walk, model, key, value, key);
  }
}
