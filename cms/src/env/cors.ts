// Which browser origins may read CMS responses (CORS), and which of them with credentials.
//
// The admin is served by the CMS itself, so it is same-origin and needs no CORS at all. The public
// site is static: it reads content at build time and never needs the admin's cookie. Strapi's
// default reflects every Origin together with `Access-Control-Allow-Credentials: true`, which let
// a script on the site's origin (same-site with the CMS in the demo: localhost:4321 and
// localhost:1337 share the site "localhost", so the SameSite cookie is sent) exchange an editor's
// refresh cookie for an admin token and read it. Here only configured origins get CORS headers,
// and only the admin's own origin gets credentials.
import type { Context } from "koa";
import { env } from "./env";

export interface CorsOrigins {
  /** Origins that may send credentials: the CMS's own public URL (admin). */
  credentialed: Set<string>;
  /** Origins that may read public responses without credentials: the site and CORS_ORIGINS. */
  readOnly: Set<string>;
}

export function corsOrigins(): CorsOrigins {
  const { publicUrl, publicSiteOrigin, corsOrigins: extra } = env();
  const credentialed = new Set<string>();
  if (publicUrl) credentialed.add(new URL(publicUrl).origin);
  // The public site never gets credentials, even when listed elsewhere.
  if (publicSiteOrigin) credentialed.delete(publicSiteOrigin);
  const readOnly = new Set([publicSiteOrigin, ...extra].filter(Boolean));
  return { credentialed, readOnly };
}

/**
 * The page's host is the host the request was sent to. Compared by host (name and port) rather than
 * full origin: behind a TLS-terminating proxy the CMS sees http while the browser says https.
 */
function isSameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (sandboxed frames, file: pages) or garbage
  }
}

/** The request comes from the CMS's own pages (the admin), so its cookie may be used. */
export function isAdminOrigin(ctx: Context, origins: CorsOrigins, siteOrigin: string): boolean {
  const origin = ctx.get("Origin");
  if (!origin || origin === siteOrigin) return false;
  return isSameHost(origin, ctx.host) || origins.credentialed.has(origin);
}

/** Config of `strapi::cors` (passed through to @koa/cors, which accepts functions for both). */
export function corsConfig() {
  const origins = corsOrigins();
  const siteOrigin = env().publicSiteOrigin;
  return {
    origin: (ctx: Context) => [
      ...(isAdminOrigin(ctx, origins, siteOrigin) ? [ctx.get("Origin")] : []),
      ...origins.credentialed,
      ...origins.readOnly,
    ],
    credentials: (ctx: Context) => isAdminOrigin(ctx, origins, siteOrigin),
  };
}
