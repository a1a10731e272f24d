// Test content for every content type, derived from the generated content model so a new type or
// required field is covered without touching the tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
// Type-only: Strapi is installed for the CMS.
import type { UID } from "../../cms/node_modules/@strapi/strapi/dist/index.d.ts";
import { repoRoot } from "../support/paths.ts";
import type { Strapi, TestStrapi } from "../support/strapi.ts";

export interface ModelField {
  kind: string;
  label: { de: string; en: string };
  help?: { de: string; en: string };
  required?: boolean;
  localized?: boolean;
  values?: string[];
  min?: number;
  max?: number;
  minLength?: number;
  regex?: string;
  component?: string;
  repeatable?: boolean;
  target?: string;
  relation?: string;
  multiple?: boolean;
  extensions?: string[];
  maxBytes?: number;
}

export interface ModelType {
  name: string;
  pluralName: string;
  kind: "collectionType" | "singleType";
  localized: boolean;
  titleField: string;
  listFields?: string[];
  displayName: { de: string; en: string };
  fields: Record<string, ModelField>;
}

export interface ModelComponent {
  category: string;
  name: string;
  fields: Record<string, ModelField>;
}

export interface ContentModel {
  contentTypes: ModelType[];
  components: ModelComponent[];
}

export const contentModel = JSON.parse(
  readFileSync(join(repoRoot, "cms", "src", "generated", "content-model.json"), "utf8"),
) as ContentModel;

/** The project's own content types (all with drafts), as Strapi's generated types name them. */
export type ApiUid = Extract<UID.ContentType, `api::${string}`>;

/** The CMS's UID of a model type (tests/cms/strapi-types.test.ts keeps Strapi's types in step with the model). */
export const uidOf = (type: ModelType) => `api::${type.name}.${type.name}` as ApiUid;

let counter = 0;
/** A token valid for every constrained string of the model (codes, inventory numbers): A-Z, 0-9. */
const nextToken = () => `T${(++counter).toString(36).toUpperCase().padStart(4, "0")}`;

/** An uploaded file row for media fields (metadata only: these tests never download it). */
export async function createFileRow(strapi: Strapi, ext: string, sizeBytes = 2048): Promise<number> {
  const token = nextToken();
  const mime =
    { ".glb": "model/gltf-binary", ".mp3": "audio/mpeg", ".mp4": "video/mp4", ".jpg": "image/jpeg" }[ext] ??
    "application/octet-stream";
  const row = await strapi.db.query("plugin::upload.file").create({
    data: {
      name: `${token}${ext}`,
      hash: `test_${token}`,
      ext,
      mime,
      size: sizeBytes / 1000,
      url: `/uploads/test_${token}${ext}`,
      provider: "local",
      ...(mime.startsWith("image/") ? { width: 10, height: 10 } : {}),
    },
  });
  return row.id as number;
}

async function valueFor(strapi: Strapi, name: string, field: ModelField, text: string): Promise<unknown> {
  switch (field.kind) {
    case "string":
      return field.regex ? nextToken() : `${text} ${name}`.padEnd(field.minLength ?? 0, ".");
    case "text":
    case "richtext":
      return `${text} ${name}`;
    case "uid":
      return `${text}-${nextToken()}`.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
    case "email":
      return "team@example.org";
    case "enumeration":
      return field.values?.[0];
    case "integer":
    case "decimal":
      return field.min ?? 1;
    case "boolean":
      return false;
    case "date":
      return "2025-06-01";
    case "datetime":
      // Fields are listed start before end: increasing times satisfy the order rules.
      return new Date(Date.UTC(2025, 5, 1, 10, 0, counter++)).toISOString();
    case "media":
      return createFileRow(strapi, field.extensions?.[0] ?? ".jpg");
    case "component": {
      const component = contentModel.components.find((c) => `${c.category}.${c.name}` === field.component);
      if (!component) throw new Error(`Component ${field.component} is not in content-model.json`);
      const value = await requiredValues(strapi, component.fields, text);
      return field.repeatable ? [value] : value;
    }
    default:
      return undefined;
  }
}

async function requiredValues(strapi: Strapi, fields: Record<string, ModelField>, text: string) {
  const data: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    // Free-text fields are filled too, so the marker text shows up in every entry.
    const freeText = (field.kind === "string" || field.kind === "text") && !field.regex;
    if (!field.required && !freeText) continue;
    const value = await valueFor(strapi, name, field, text);
    if (value !== undefined) data[name] = value;
  }
  return data;
}

/** Data with every required field filled; `text` marks the strings (e.g. "DRAFTSECRET"). */
export function validData(strapi: Strapi, type: ModelType, text: string): Promise<Record<string, unknown>> {
  return requiredValues(strapi, type.fields, text);
}

/** Only the localized fields, for adding another locale to an existing document. */
export async function localizedData(
  strapi: Strapi,
  type: ModelType,
  text: string,
): Promise<Record<string, unknown>> {
  const all = await validData(strapi, type, text);
  return Object.fromEntries(Object.entries(all).filter(([name]) => type.fields[name]?.localized !== false));
}

/**
 * The booted CMS of the calling suite. A suite runs only where its file decided the CMS can start
 * (the PostgreSQL file skips visibly where the server binaries are missing), so a missing CMS here
 * means the boot failed: the test fails instead of passing without having tested anything.
 */
export function requireCms(getCms: () => TestStrapi | undefined): TestStrapi {
  const cms = getCms();
  if (!cms)
    throw new Error("The CMS did not start (see the error of beforeAll above): this test could not run.");
  return cms;
}
