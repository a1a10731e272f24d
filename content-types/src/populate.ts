/**
 * What the site and the snapshot ask Strapi to populate for each type: every media field, every
 * component (with the media inside it) and every relation (one level, the related entry's own fields).
 */
import type { ContentTypeDefinition, FieldDefinition } from "./define.ts";
import { ALL_COMPONENTS, ALL_CONTENT_TYPES } from "./model/index.ts";

export type Populate = { [field: string]: true | { populate: Populate } };

function componentPopulate(name: string): true | { populate: Populate } {
  const component = ALL_COMPONENTS.find((c) => `${c.category}.${c.name}` === name);
  if (!component) throw new Error(`content-types: unknown component "${name}"`);
  const nested = fieldsPopulate(component.fields);
  return Object.keys(nested).length > 0 ? { populate: nested } : true;
}

function fieldsPopulate(fields: Record<string, FieldDefinition>): Populate {
  const populate: Populate = {};
  for (const [name, field] of Object.entries(fields)) {
    if (field.kind === "media" || field.kind === "relation") populate[name] = true;
    else if (field.kind === "component") populate[name] = componentPopulate(field.component);
  }
  return populate;
}

export function contentType(name: string): ContentTypeDefinition {
  const type = ALL_CONTENT_TYPES.find((t) => t.name === name);
  if (!type) throw new Error(`content-types: unknown content type "${name}"`);
  return type;
}

export function populateFor(typeName: string): Populate {
  return fieldsPopulate(contentType(typeName).fields);
}

/**
 * Encodes nested parameters the way Strapi's `qs` parser reads them
 * (`populate[images][populate][file]=true`), so callers need no `qs` dependency.
 */
export function toQueryString(params: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(`${prefix}[${index}]`, item);
    } else if (typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(prefix ? `${prefix}[${key}]` : key, inner);
    } else
      parts.push(
        `${encodeURIComponent(prefix).replaceAll("%5B", "[").replaceAll("%5D", "]")}=${encodeURIComponent(String(value))}`,
      );
  };
  walk("", params);
  return parts.join("&");
}

/** REST path of a type: collection types by plural name, single types by singular name. */
export function restPath(typeName: string): string {
  const type = contentType(typeName);
  return `/api/${type.kind === "singleType" ? type.name : type.pluralName}`;
}
