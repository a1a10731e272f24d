import type { PublicAttribute, PublicModel } from "./public-schema";
import { checkFilters } from "./query-filters";
import { checkSort, type SortScope } from "./query-sort";
import {
  child,
  deeper,
  isPlainObject,
  NESTING_TYPES,
  type Path,
  publicAttribute,
  refuse,
  targetModel,
  type Walk,
} from "./query-walk";

/** `fields` and `populate` of a public query, and the options of a populated relation. */

/** Keys of a populate fragment (`populate[place][…]`). */
const FRAGMENT_KEYS = new Set(["filters", "sort", "fields", "populate", "on"]);

export function checkFields(walk: Walk, model: PublicModel, fields: unknown, path: Path): void {
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

export function checkPopulate(walk: Walk, model: PublicModel, populate: unknown, path: Path): void {
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

export function checkPart(
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
