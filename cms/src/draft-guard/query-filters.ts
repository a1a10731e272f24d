import { isOperator } from "@strapi/utils";
import type { PublicAttribute, PublicModel } from "./public-schema";
import {
  child,
  deeper,
  isComparable,
  isPlainObject,
  isScalar,
  NESTING_TYPES,
  NUMBER_TYPES,
  type Path,
  publicAttribute,
  refuse,
  TEXT_TYPES,
  targetModel,
  type Walk,
} from "./query-walk";

/** `filters` of a public query: fields, operators and values, at every depth. */

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
export function checkFilters(
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
