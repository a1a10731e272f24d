// Typed access to the generated content model (src/generated/content-model.json).
import model from "../generated/content-model.json";

export interface Bilingual {
  de: string;
  en: string;
}

export interface ModelField {
  kind: string;
  label: Bilingual;
  help?: Bilingual;
  required?: boolean;
  localized?: boolean;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  extensions?: string[];
  maxBytes?: number;
}

export type ModelRule =
  | { kind: "order"; start: string; end: string; message: Bilingual }
  | { kind: "attribution"; licence: string; attribution: string; message: Bilingual }
  | { kind: "requiredWith"; field: string; when: string; message: Bilingual };

export interface ModelType {
  name: string;
  kind: "collectionType" | "singleType";
  localized: boolean;
  titleField: string;
  displayName: Bilingual;
  listFields?: string[];
  fields: Record<string, ModelField>;
  rules?: ModelRule[];
}

export interface ModelComponent {
  category: string;
  name: string;
  displayName: Bilingual;
  fields: Record<string, ModelField>;
}

interface ContentModel {
  contentTypes: ModelType[];
  components: ModelComponent[];
  licences: Record<string, { needsAttribution: boolean }>;
}

export const contentModel = model as unknown as ContentModel;

/** The model of a Strapi uid (`api::heritage-item.heritage-item`), or undefined for other types. */
export function modelTypeOf(uid: string): ModelType | undefined {
  const match = /^api::([a-z0-9-]+)\.\1$/.exec(uid);
  return match ? contentModel.contentTypes.find((type) => type.name === match[1]) : undefined;
}

export function modelComponentOf(uid: string): ModelComponent | undefined {
  return contentModel.components.find((component) => `${component.category}.${component.name}` === uid);
}

export function licenceNeedsAttribution(licence: unknown): boolean {
  return typeof licence === "string" && contentModel.licences[licence]?.needsAttribution === true;
}
