import type { Core } from "@strapi/strapi";
import { ensureEditorRole } from "./editor-role";
import { refusePublicAccounts } from "./no-public-accounts";
import { grantPublicRead } from "./public-role";
import { ensureSiteBuildToken } from "./site-build-token";
import { ensureSuperAdmin } from "./super-admin";

/**
 * Who may do what: public read access (and no public accounts), the editor role, the first admin,
 * the site-build token.
 */
export async function bootstrapAccess({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPublicRead(strapi);
  await refusePublicAccounts(strapi);
  await ensureEditorRole(strapi);
  await ensureSuperAdmin(strapi);
  await ensureSiteBuildToken(strapi);
}
