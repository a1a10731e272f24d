import type { Core } from "@strapi/strapi";
import { apiTypes } from "./content-api-types";

/** `find` (and `findOne` for collections) of every content type: what the public may read. */
export function publicReadActions(strapi: Core.Strapi): string[] {
  return apiTypes(strapi).flatMap(({ uid, kind }) =>
    (kind === "singleType" ? ["find"] : ["find", "findOne"]).map((action) => `${uid}.${action}`),
  );
}

/**
 * Lets the Public role read every content type (the site build and the QR landing pages need all
 * of them, retired codes included to show a friendly page for an old sign). Only find/findOne:
 * drafts stay hidden by the published-only middleware. Idempotent: adds what is missing.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "public" } });
  if (!role) throw new Error("The users-permissions Public role is missing; the plugin did not bootstrap.");
  const wanted = publicReadActions(strapi);
  const existing = await strapi.db
    .query("plugin::users-permissions.permission")
    .findMany({ where: { role: role.id, action: { $in: wanted } }, select: ["action"] });
  const have = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of wanted.filter((action) => !have.has(action))) {
    await strapi.db.query("plugin::users-permissions.permission").create({ data: { action, role: role.id } });
  }
}
