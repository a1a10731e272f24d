/**
 * The vocabulary of the content model. Each type in `model/` is written once with these builders;
 * `generate.ts` derives the Strapi schemas, the zod validators and the TypeScript types from it.
 */

/** A text in the two editing languages of the admin (German first: most staff work in German). */
export interface Bilingual {
  de: string;
  en: string;
}

/** Locales the content exists in. German is the default; Danish and Low German have room later. */
export const LOCALES = ["de", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

interface FieldBase {
  label: Bilingual;
  /** Short help text shown under the field in the admin: says what belongs there. */
  help?: Bilingual;
  required?: boolean;
  /** Differs per language (texts). Codes, geo points and files are shared by all locales. */
  localized?: boolean;
  /** Hidden from the public API (e.g. internal notes). */
  private?: boolean;
}

export interface StringField extends FieldBase {
  kind: "string";
  minLength?: number;
  maxLength?: number;
  regex?: string;
  unique?: boolean;
}
export interface TextField extends FieldBase {
  kind: "text";
  maxLength?: number;
}
/** Markdown, rendered by the site. */
export interface RichTextField extends FieldBase {
  kind: "richtext";
}
export interface UidField extends FieldBase {
  kind: "uid";
  targetField: string;
}
export interface EmailField extends FieldBase {
  kind: "email";
}
export interface IntegerField extends FieldBase {
  kind: "integer";
  min?: number;
  max?: number;
  default?: number;
}
export interface DecimalField extends FieldBase {
  kind: "decimal";
  min?: number;
  max?: number;
  default?: number;
}
export interface BooleanField extends FieldBase {
  kind: "boolean";
  default?: boolean;
}
export interface DateField extends FieldBase {
  kind: "date" | "datetime" | "time";
}
export interface EnumerationField extends FieldBase {
  kind: "enumeration";
  values: readonly string[];
  default?: string;
  /** Labels for the values, for the site and the admin. */
  valueLabels?: Record<string, Bilingual>;
}
/** A JSON value with a known shape; `vec3` is [x, y, z] in model units. */
export interface JsonField extends FieldBase {
  kind: "json";
  shape: "vec3";
}
export type MediaKind = "images" | "files" | "videos" | "audios";
export interface MediaField extends FieldBase {
  kind: "media";
  multiple: boolean;
  allowedTypes: readonly MediaKind[];
  /** File name extensions accepted (lower case, with dot); enforced by the CMS upload rules. */
  extensions: readonly string[];
  /** Largest accepted file in bytes. */
  maxBytes: number;
}
export interface RelationField extends FieldBase {
  kind: "relation";
  relation: "oneToOne" | "manyToOne" | "oneToMany" | "manyToMany";
  /** The target type's `name` (e.g. "place"). */
  target: string;
  mappedBy?: string;
  inversedBy?: string;
}
export interface ComponentField extends FieldBase {
  kind: "component";
  /** `<category>.<name>` of a component in `model/components.ts`. */
  component: string;
  repeatable: boolean;
  min?: number;
  max?: number;
}

export type FieldDefinition =
  | StringField
  | TextField
  | RichTextField
  | UidField
  | EmailField
  | IntegerField
  | DecimalField
  | BooleanField
  | DateField
  | EnumerationField
  | JsonField
  | MediaField
  | RelationField
  | ComponentField;

/** Rules across fields, checked by the zod validators and by the CMS on every write. */
export type Rule =
  /** `end` must be after `start` (datetimes or years). */
  | { kind: "order"; start: string; end: string; message: Bilingual }
  /** `attribution` is required unless `licence` is one that needs none. */
  | { kind: "attribution"; licence: string; attribution: string; message: Bilingual }
  /** `field` is required whenever `when` is set. */
  | { kind: "requiredWith"; field: string; when: string; message: Bilingual };

export interface ContentTypeDefinition {
  /** kebab-case singular: the code name (`heritage-item`). */
  name: string;
  pluralName: string;
  kind: "collectionType" | "singleType";
  displayName: Bilingual;
  description: Bilingual;
  /** The field that names an entry in lists, errors and relations. */
  titleField: string;
  localized: boolean;
  fields: Record<string, FieldDefinition>;
  rules?: readonly Rule[];
  /** Columns of the admin list view. */
  listFields?: readonly string[];
}

export interface ComponentDefinition {
  category: string;
  name: string;
  displayName: Bilingual;
  description: Bilingual;
  fields: Record<string, FieldDefinition>;
  rules?: readonly Rule[];
}

/** Keeps literal types while checking the definition. */
export function defineContentType<const T extends ContentTypeDefinition>(definition: T): T {
  return definition;
}
export function defineComponent<const T extends ComponentDefinition>(definition: T): T {
  return definition;
}
