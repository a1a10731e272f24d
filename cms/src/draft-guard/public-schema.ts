import type { Core, UID } from "@strapi/strapi";
import { apiTypes } from "../bootstrap/content-api-types";

/** What the public query check needs to know about one attribute. */
export interface PublicAttribute {
  type: string;
  relation?: string;
  target?: string;
  component?: string;
  components?: string[];
  private?: boolean;
}

export interface PublicModel {
  uid: string;
  attributes: Record<string, PublicAttribute>;
}

/**
 * The content types, components and attributes the public API answers questions about. Built from
 * Strapi's models, so a new type or field is covered without a list to keep in sync.
 */
export interface PublicSchema {
  /** The model of a type the public may read, or undefined (admin users, roles, upload folders…). */
  readable(uid: string): PublicModel | undefined;
  /** Why an attribute may not appear in a public query, or undefined when it may. */
  hiddenBecause(model: PublicModel, name: string): string | undefined;
}

export const UPLOAD_FILE_UID = "plugin::upload.file";

/**
 * Attributes that reach other rows than the published one the visitor reads: Strapi joins
 * `localizations` to every row of the document (drafts of other locales included), `publishedAt`
 * tells drafts from published rows, `createdBy`/`updatedBy` are admin users.
 */
const HIDDEN_EVERYWHERE: Record<string, string> = {
  localizations:
    "it reaches unpublished translations; ask for one locale with ?locale=… (the published translations are separate entries)",
  publishedAt: "the public API serves published entries only",
  createdBy: "staff accounts are not part of the public API",
  updatedBy: "staff accounts are not part of the public API",
};

/** A media file is public through the entry that shows it, not through the media library. */
const HIDDEN_ON_FILES: Record<string, string> = {
  related: "the entries that use a file (drafts included) are not part of the public API",
  folder: "media library folders are not part of the public API",
  folderPath: "media library folders are not part of the public API",
};

export function publicSchema(strapi: Core.Strapi): PublicSchema {
  const contentTypes = new Set<string>(apiTypes(strapi).map((type) => type.uid));
  const isReadable = (uid: string): uid is UID.Schema =>
    contentTypes.has(uid) || uid === UPLOAD_FILE_UID || uid in strapi.components;
  return {
    readable(uid) {
      if (!isReadable(uid)) return undefined;
      const model: { attributes: PublicModel["attributes"] } | undefined = strapi.getModel(uid);
      return model ? { uid, attributes: model.attributes } : undefined;
    },
    hiddenBecause(model, name) {
      const attribute = model.attributes[name];
      if (HIDDEN_EVERYWHERE[name]) return HIDDEN_EVERYWHERE[name];
      if (model.uid === UPLOAD_FILE_UID && HIDDEN_ON_FILES[name]) return HIDDEN_ON_FILES[name];
      if (attribute?.private || attribute?.type === "password") return "it is a private field";
      return undefined;
    },
  };
}
