import model from "../../generated/content-model.json";
import { slugify } from "../../slugs/slugify";

export interface SlugField {
  field: string;
  targetField: string;
  /** What Strapi's uid generator fills in without a title: the type's name. */
  placeholder: string;
}

interface ModelType {
  name: string;
  fields: Record<string, { kind: string; targetField?: string }>;
}

const types = (model as unknown as { contentTypes: ModelType[] }).contentTypes;

/** The slug field of a content type (`api::heritage-item.heritage-item`) that is made from its title. */
export function slugFieldOf(uid: string): SlugField | undefined {
  const name = /^api::([a-z0-9-]+)\.\1$/.exec(uid)?.[1];
  const type = types.find((candidate) => candidate.name === name);
  if (!type) return undefined;
  for (const [field, definition] of Object.entries(type.fields)) {
    if (definition.kind === "uid" && definition.targetField)
      return { field, targetField: definition.targetField, placeholder: slugify(type.name) };
  }
  return undefined;
}
