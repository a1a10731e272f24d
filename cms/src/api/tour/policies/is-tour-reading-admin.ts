/**
 * Lets a request through only for an active admin panel session (Bearer admin JWT) whose user may
 * read tours in the content manager: editors and super admins, not visitors or API tokens.
 */
import type { Core } from "@strapi/strapi";

export default async function isTourReadingAdmin(
  policyContext: { request: { header: Record<string, string | undefined> } },
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
) {
  const [scheme, token] = (policyContext.request.header.authorization ?? "").split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !token) return false;
  // biome-ignore lint/suspicious/noExplicitAny: the session manager is not in Strapi's public types.
  const manager = (strapi as any).sessionManager?.("admin");
  if (!manager) return false;
  const result = manager.validateAccessToken(token);
  if (!result?.isValid || !(await manager.isSessionActive(result.payload.sessionId))) return false;
  const user = await strapi.db
    .query("admin::user")
    .findOne({ where: { id: Number(result.payload.userId) }, populate: ["roles"] });
  if (!user?.isActive) return false;
  const ability = await strapi.service("admin::permission").engine.generateUserAbility(user);
  return ability.can("plugin::content-manager.explorer.read", "api::tour.tour");
}
