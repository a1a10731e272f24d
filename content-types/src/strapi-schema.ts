/** Derives Strapi 5 schema JSON (content types and components) from the model. */
import type { ComponentDefinition, ContentTypeDefinition, FieldDefinition } from "./define.ts";

export function strapiUid(typeName: string): `api::${string}.${string}` {
  return `api::${typeName}.${typeName}`;
}

export function collectionName(pluralName: string): string {
  return pluralName.replaceAll("-", "_");
}

type StrapiAttribute = Record<string, unknown>;

function localizedOption(field: FieldDefinition, typeLocalized: boolean): StrapiAttribute {
  // Strapi syncs non-localized fields across the locales of a document; relations are always per locale.
  if (!typeLocalized || field.kind === "relation") return {};
  return { pluginOptions: { i18n: { localized: field.localized === true } } };
}

function attribute(field: FieldDefinition): StrapiAttribute {
  const common: StrapiAttribute = {};
  if (field.required) common.required = true;
  if (field.private) common.private = true;
  switch (field.kind) {
    case "string":
      return {
        type: "string",
        ...common,
        ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
        ...(field.regex ? { regex: field.regex } : {}),
        ...(field.unique ? { unique: true } : {}),
      };
    case "text":
      return {
        type: "text",
        ...common,
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
      };
    case "richtext":
      return { type: "richtext", ...common };
    case "uid":
      return { type: "uid", targetField: field.targetField, ...common };
    case "email":
      return { type: "email", ...common };
    case "integer":
    case "decimal":
      return {
        type: field.kind,
        ...common,
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case "boolean":
      return {
        type: "boolean",
        ...common,
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case "date":
    case "datetime":
    case "time":
      return { type: field.kind, ...common };
    case "enumeration":
      return {
        type: "enumeration",
        enum: [...field.values],
        ...common,
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case "json":
      return { type: "json", ...common };
    case "media":
      return { type: "media", multiple: field.multiple, allowedTypes: [...field.allowedTypes], ...common };
    case "relation":
      return {
        type: "relation",
        relation: field.relation,
        target: strapiUid(field.target),
        ...(field.mappedBy ? { mappedBy: field.mappedBy } : {}),
        ...(field.inversedBy ? { inversedBy: field.inversedBy } : {}),
      };
    case "component":
      return {
        type: "component",
        component: field.component,
        repeatable: field.repeatable,
        ...common,
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
  }
}

export function contentTypeSchema(type: ContentTypeDefinition): object {
  return {
    kind: type.kind,
    collectionName: collectionName(type.pluralName),
    info: {
      singularName: type.name,
      pluralName: type.pluralName,
      displayName: type.displayName.de,
      description: type.description.de,
    },
    options: { draftAndPublish: true },
    pluginOptions: type.localized ? { i18n: { localized: true } } : {},
    attributes: Object.fromEntries(
      Object.entries(type.fields).map(([name, field]) => [
        name,
        { ...attribute(field), ...localizedOption(field, type.localized) },
      ]),
    ),
  };
}

export function componentSchema(component: ComponentDefinition): object {
  return {
    collectionName: `components_${component.category}_${collectionName(component.name)}`,
    info: { displayName: component.displayName.de, description: component.description.de },
    options: {},
    attributes: Object.fromEntries(
      Object.entries(component.fields).map(([name, field]) => [name, attribute(field)]),
    ),
  };
}
