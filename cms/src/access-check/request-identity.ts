import type { Core } from "@strapi/strapi";

/**
 * Who a request says it is, checked from its `Authorization: Bearer …` header alone, before any
 * route runs: an admin panel session (staff in the admin) or a content API token. Used where the
 * answer is needed before Strapi's per-route authentication: refusing anonymous uploads before
 * their body is read, and the staff-only sign sheet.
 */
export type RequestIdentity =
  | { kind: "admin"; user: AdminUser }
  | { kind: "api-token"; type: "full-access" | "read-only" | "custom"; id: number };

export interface AdminUser {
  id: number;
  isActive: boolean;
  roles?: unknown[];
}

interface SessionManager {
  validateAccessToken(token: string): { isValid: boolean; payload: { userId: string; sessionId: string } };
  isSessionActive(sessionId: string): Promise<boolean>;
}

interface ApiTokenRow {
  id: number;
  type: "full-access" | "read-only" | "custom";
  kind?: string | null;
  expiresAt?: string | null;
}

function bearerToken(authorization: string | undefined): string | undefined {
  const parts = (authorization ?? "").trim().split(/\s+/);
  return parts.length === 2 && parts[0]?.toLowerCase() === "bearer" ? parts[1] : undefined;
}

async function adminIdentity(strapi: Core.Strapi, token: string): Promise<RequestIdentity | undefined> {
  // biome-ignore lint/suspicious/noExplicitAny: the session manager is not in Strapi's public types.
  const manager = (strapi as any).sessionManager?.("admin") as SessionManager | undefined;
  if (!manager) return undefined;
  let result: ReturnType<SessionManager["validateAccessToken"]> | undefined;
  try {
    result = manager.validateAccessToken(token);
  } catch {
    return undefined; // not a token this CMS signed
  }
  if (!result?.isValid || !(await manager.isSessionActive(result.payload.sessionId))) return undefined;
  const user = (await strapi.db
    .query("admin::user")
    .findOne({ where: { id: Number(result.payload.userId) }, populate: ["roles"] })) as AdminUser | null;
  return user?.isActive ? { kind: "admin", user } : undefined;
}

async function apiTokenIdentity(strapi: Core.Strapi, token: string): Promise<RequestIdentity | undefined> {
  // Same lookup as Strapi's content-api-token strategy: keys are stored as their salted hash.
  const accessKey = (strapi.service("admin::api-token") as { hash(key: string): string }).hash(token);
  const row = (await strapi.db
    .query("admin::api-token")
    .findOne({ where: { accessKey }, select: ["id", "type", "kind", "expiresAt"] })) as ApiTokenRow | null;
  if (!row || (row.kind && row.kind !== "content-api")) return undefined;
  if (row.expiresAt && new Date(row.expiresAt) < new Date()) return undefined;
  return { kind: "api-token", type: row.type, id: row.id };
}

/** The admin session or API token behind the request's bearer token; undefined for anyone else. */
export async function requestIdentity(
  strapi: Core.Strapi,
  authorization: string | undefined,
): Promise<RequestIdentity | undefined> {
  const token = bearerToken(authorization);
  if (!token) return undefined;
  // Admin access tokens are JWTs (three dot-separated parts); API token keys are hex.
  return token.split(".").length === 3 ? adminIdentity(strapi, token) : apiTokenIdentity(strapi, token);
}

/** Whether this admin user's roles allow an action on a subject (e.g. reading tours). */
export async function adminCan(
  strapi: Core.Strapi,
  user: AdminUser,
  action: string,
  subject?: string,
): Promise<boolean> {
  const ability = await strapi.service("admin::permission").engine.generateUserAbility(user);
  return ability.can(action, subject);
}
