import type { Core } from "@strapi/strapi";

/** Routes of the users-permissions plugin that create front-end accounts. */
const ACCOUNT_CREATING_ACTIONS = ["plugin::users-permissions.auth.register"];

/**
 * The showroom has no visitor accounts: staff work in the admin panel, the site reads anonymously.
 * Strapi ships with public registration on (`/api/auth/local/register` creates confirmed accounts),
 * so at every start, on new and existing databases alike, the Public role loses the register
 * permission (403) and the plugin's advanced setting "Enable sign-ups" is switched off (the admin
 * panel shows it under Settings → Users & Permissions → Advanced settings).
 */
export async function refusePublicAccounts(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "public" } });
  if (role) {
    await strapi.db
      .query("plugin::users-permissions.permission")
      .deleteMany({ where: { role: role.id, action: { $in: ACCOUNT_CREATING_ACTIONS } } });
  }
  const store = strapi.store({ type: "plugin", name: "users-permissions", key: "advanced" });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
}
