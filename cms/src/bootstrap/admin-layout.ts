import type { Core } from "@strapi/strapi";
import { contentModel, type ModelField, modelComponentOf, modelTypeOf } from "../validation/content-model";

interface FieldMetadata {
  edit?: { label?: string; description?: string; mainField?: string; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}

interface Configuration {
  settings: { mainField?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: unknown; [key: string]: unknown };
}

/** Kinds the list view cannot show as a column. */
const NOT_LISTABLE = new Set(["component", "media", "json", "richtext", "blocks", "dynamiczone"]);

/** The field that names an entry of a related type in relation pickers. */
function mainFieldOfTarget(targetUid: unknown): string | undefined {
  return typeof targetUid === "string" ? modelTypeOf(targetUid)?.titleField : undefined;
}

function applyFields(
  configuration: Configuration,
  fields: Record<string, ModelField>,
  attributes: Record<string, { target?: unknown }>,
): void {
  for (const [name, field] of Object.entries(fields)) {
    const metadata = configuration.metadatas[name];
    if (!metadata) continue;
    metadata.edit = {
      ...metadata.edit,
      label: field.label.de,
      description: field.help?.de ?? "",
      ...(field.kind === "relation" && mainFieldOfTarget(attributes[name]?.target)
        ? { mainField: mainFieldOfTarget(attributes[name]?.target) }
        : {}),
    };
    metadata.list = { ...metadata.list, label: field.label.de };
  }
  // Strapi's own timestamps, in the editors' language too.
  const timestamps: Record<string, string> = {
    createdAt: "Erstellt am",
    updatedAt: "Zuletzt geändert",
    publishedAt: "Veröffentlicht am",
  };
  for (const [name, label] of Object.entries(timestamps)) {
    const metadata = configuration.metadatas[name];
    if (metadata) {
      metadata.edit = { ...metadata.edit, label };
      metadata.list = { ...metadata.list, label };
    }
  }
}

/**
 * Writes the admin layout of every content type and component from the content model: German
 * field labels and help texts, the list view columns and the field that names an entry. Through
 * the content manager's own configuration services, at every start, so the model stays the
 * single source (layout changes made by hand in the admin to other settings are kept).
 */
export async function bootstrapAdminLayout({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  const contentManager = strapi.plugin("content-manager");
  const contentTypes = contentManager.service("content-types");
  const components = contentManager.service("components");

  for (const type of contentModel.contentTypes) {
    const uid = `api::${type.name}.${type.name}`;
    const schema = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
    if (!schema) continue;
    const model = contentTypes.findContentType(uid);
    const configuration = (await contentTypes.findConfiguration(model)) as Configuration;
    applyFields(configuration, type.fields, schema.attributes as Record<string, { target?: unknown }>);
    configuration.settings.mainField = type.titleField;
    const listable = (type.listFields ?? []).filter((name) => {
      const field = type.fields[name];
      return configuration.metadatas[name] && (!field || !NOT_LISTABLE.has(field.kind));
    });
    if (listable.length > 0) configuration.layouts.list = listable;
    await contentTypes.updateConfiguration(model, configuration);
  }

  for (const component of contentModel.components) {
    const uid = `${component.category}.${component.name}`;
    const schema = strapi.components[uid as keyof typeof strapi.components];
    if (!schema || !modelComponentOf(uid)) continue;
    const model = components.findComponent(uid);
    const configuration = (await components.findConfiguration(model)) as Configuration;
    applyFields(configuration, component.fields, schema.attributes as Record<string, { target?: unknown }>);
    const named = Object.entries(component.fields).find(
      ([, field]) => field.kind === "string" && field.required,
    );
    if (named) configuration.settings.mainField = named[0];
    await components.updateConfiguration(model, configuration);
  }
}
