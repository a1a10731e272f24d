import type { Core } from "@strapi/strapi";
import type { Context } from "koa";

interface ContentApiTokens {
  hash(accessKey: string): string;
  getByAccessKey(hash: string): Promise<{ type?: string } | null | undefined>;
}

/**
 * Whether the request comes from a full-access API token (the team's tools), decided before
 * Strapi's per-route authentication has run: global middlewares see only the header. Anything
 * else (no header, read-only or custom tokens, unknown keys, user JWTs) counts as the public.
 * Mirrors `mayReadDrafts` (draft-access.ts), which decides after authentication.
 */
export async function isFullAccessRequest(strapi: Core.Strapi, ctx: Context): Promise<boolean> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.get("authorization"));
  if (!match?.[1]) return false;
  const tokens = strapi.service("admin::api-token-content-api") as unknown as ContentApiTokens;
  const token = await tokens.getByAccessKey(tokens.hash(match[1]));
  return token?.type === "full-access";
}
