import type { Core } from "@strapi/strapi";
import { ensureEditorRole } from "./editor-role";
import { grantPublicRead } from "./public-role";
import { ensureSiteBuildToken } from "./site-build-token";
import { ensureSuperAdmin } from "./super-admin";

/** Who may do what: public read access, the editor role, the first admin, the site-build token. */
export async function bootstrapAccess({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  await grantPublicRead(strapi);
  await ensureEditorRole(strapi);
  await ensureSuperAdmin(strapi);
  await ensureSiteBuildToken(strapi);
}
