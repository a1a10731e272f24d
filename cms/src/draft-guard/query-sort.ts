import type { PublicModel } from "./public-schema";
import {
  child,
  deeper,
  isComparable,
  isPlainObject,
  NESTING_TYPES,
  type Path,
  publicAttribute,
  refuse,
  targetModel,
  type Walk,
} from "./query-walk";

/** `sort` of a public query: "field:dir", lists of them, or objects, through relations and components. */

const DIRECTION = /^(asc|desc)$/i;

/**
 * Where a sort stands: the top level may sort through relations and components ("place.name"); a
 * populated relation only by its own fields (Strapi answers a deeper path there with a 500).
 */
export type SortScope = "query" | "populate";
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

export function checkSort(walk: Walk, model: PublicModel, sort: unknown, path: Path, scope: SortScope): void {
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
