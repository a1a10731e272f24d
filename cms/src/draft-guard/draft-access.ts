import type { Context } from "koa";

/** Query parameters that select drafts: Strapi 5 `status`, Strapi 4 `publicationState`. */
export const DRAFT_SELECTING_PARAMS = ["status", "publicationState"] as const;

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
}

/** True while serving a content API route (/api/…), false for the admin and content manager. */
export function isContentApiRequest(ctx: Context | undefined): boolean {
  return (ctx?.state as RequestState | undefined)?.route?.info?.type === "content-api";
}

/**
 * Only a full-access API token (tools of the team: seed, preview) may read drafts through the
 * content API. Visitors, logged-in front-end users, read-only tokens (the site build) and custom
 * tokens read published content only, whatever they ask for.
 */
export function mayReadDrafts(ctx: Context | undefined): boolean {
  const auth = (ctx?.state as RequestState | undefined)?.auth;
  // The strategy is "content-api-token" in Strapi 5.5x, "api-token" in earlier releases.
  const isApiToken = auth?.strategy?.name === "content-api-token" || auth?.strategy?.name === "api-token";
  return isApiToken && auth?.credentials?.type === "full-access";
}
