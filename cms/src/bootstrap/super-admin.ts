import type { Core } from "@strapi/strapi";
import { DEMO_ADMIN_PASSWORD, env } from "../env/env";

/** Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when no admin exists yet. */
export async function ensureSuperAdmin(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.db.query("admin::user").count()) > 0) return;
  const { adminEmail, adminPassword } = env();
  const superAdminRole = await strapi.service("admin::role").getSuperAdmin();
  if (!superAdminRole) throw new Error("Strapi's super admin role is missing; the admin did not bootstrap.");
  await strapi.service("admin::user").create({
    email: adminEmail,
    firstname: "Admin",
    lastname: "Showroom",
    password: adminPassword,
    isActive: true,
    registrationToken: null,
    preferedLanguage: "de",
    roles: [superAdminRole.id],
  });
  const demo =
    adminPassword === DEMO_ADMIN_PASSWORD
      ? ` / ${adminPassword} (demo password: change it for real use)`
      : "";
  strapi.log.info(`[cms] created the super admin ${adminEmail}${demo}`);
}
