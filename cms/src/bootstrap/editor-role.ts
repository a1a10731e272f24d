import type { Core } from "@strapi/strapi";
import { apiTypes } from "./content-api-types";

/** Code of the admin role for museum staff; tests and docs refer to it. */
export const EDITOR_ROLE_CODE = "showroom-editor";

const CONTENT_ACTIONS = ["create", "read", "update", "delete", "publish"].map(
  (action) => `plugin::content-manager.explorer.${action}`,
);
/**
 * Retired QR codes are written by the CMS when a stop is deleted; editors only read them, so a
 * code cannot be freed for reuse by deleting its record.
 */
const READ_ONLY_FOR_EDITORS = new Set(["api::retired-code.retired-code"]);
const READ_ACTION = "plugin::content-manager.explorer.read";

/** The media library without its settings. */
const UPLOAD_ACTIONS = [
  "plugin::upload.read",
  "plugin::upload.assets.create",
  "plugin::upload.assets.update",
  "plugin::upload.assets.download",
  "plugin::upload.assets.copy-link",
  "plugin::upload.configure-view",
];

/**
 * The "Redakteur" admin role: create, edit, publish and delete every content type in every locale
 * (retired QR codes: read only), use the media library; no settings, users, roles or tokens. Re-synced at every start so new
 * content types and fields are covered.
 */
export async function ensureEditorRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service("admin::role");
  let role = await roles.findOne({ code: EDITOR_ROLE_CODE });
  if (!role) {
    role = await roles.create({
      name: "Redakteur",
      code: EDITOR_ROLE_CODE,
      description: "Museumsteam: Inhalte anlegen, bearbeiten und veröffentlichen; keine Einstellungen.",
    });
  }
  const types = apiTypes(strapi);
  const uids = new Set<string>(types.map((type) => type.uid));
  const { actionProvider } = strapi.service("admin::permission");
  const actions = actionProvider
    .values()
    .filter((action: { actionId: string }) => CONTENT_ACTIONS.includes(action.actionId));
  const restrictedSubjects = Object.keys(strapi.contentTypes).filter((uid) => !uids.has(uid));
  const contentPermissions = strapi
    .service("admin::content-type")
    .getPermissionsWithNestedFields(actions, { restrictedSubjects })
    .filter(
      (permission: { action: string; subject: string }) =>
        !READ_ONLY_FOR_EDITORS.has(permission.subject) || permission.action === READ_ACTION,
    )
    .map((permission: { subject: string; properties: Record<string, unknown> }) => {
      const type = types.find((candidate) => candidate.uid === permission.subject);
      // locales: null = every locale, also ones added later (Danish, Low German).
      return type?.localized
        ? { ...permission, properties: { ...permission.properties, locales: null } }
        : permission;
    });
  const uploadPermissions = UPLOAD_ACTIONS.map((action) => ({
    action,
    subject: null,
    properties: {},
    conditions: [],
  }));
  await roles.assignPermissions(role.id, [...contentPermissions, ...uploadPermissions]);
}
