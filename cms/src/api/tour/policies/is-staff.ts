/**
 * Lets a request through only for staff: an active admin panel session (Bearer admin JWT) whose
 * user may read tours in the content manager (editors, super admins), or a full-access API token
 * (the team's tools). Visitors, read-only tokens (the site build) and custom tokens are refused.
 * The route skips content API authentication, so the bearer token is checked here.
 */
import type { Core } from "@strapi/strapi";
import { adminCan, requestIdentity } from "../../../access-check/request-identity";

export default async function isStaff(
  policyContext: { request: { header: Record<string, string | undefined> } },
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
) {
  const identity = await requestIdentity(strapi, policyContext.request.header.authorization);
  if (!identity) return false;
  if (identity.kind === "api-token") return identity.type === "full-access";
  return adminCan(strapi, identity.user, "plugin::content-manager.explorer.read", "api::tour.tour");
}
