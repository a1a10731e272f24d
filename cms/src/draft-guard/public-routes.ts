import type { Core } from "@strapi/strapi";
import { apiTypes } from "../bootstrap/content-api-types";

/**
 * Maps a request path of the content API to the content type its core route reads:
 * `/api/places`, `/api/places/<documentId>` (collections), `/api/imprint` (single types).
 * Custom routes (e.g. `/api/tours/<slug>/signs.pdf`) are not matched; the document service guard
 * covers them.
 */
export function contentTypeOfPath(strapi: Core.Strapi): (path: string) => string | undefined {
  const prefix = strapi.config.get("api.rest.prefix", "/api") as string;
  const byPath = new Map<string, { uid: string; kind: string }>();
  for (const { uid, kind } of apiTypes(strapi)) {
    const { info } = strapi.contentType(uid);
    byPath.set(`${prefix}/${kind === "singleType" ? info.singularName : info.pluralName}`, { uid, kind });
  }
  return (path) => {
    const trimmed = path.replace(/\/+$/, "");
    const exact = byPath.get(trimmed);
    if (exact) return exact.uid;
    const parent = byPath.get(trimmed.slice(0, trimmed.lastIndexOf("/")));
    return parent?.kind === "collectionType" ? parent.uid : undefined;
  };
}

/**
 * Endpoints of Strapi's plugins that list staff data or every uploaded file with the entries that
 * use it (drafts included): only full-access tokens may read them. The site reads media through
 * the entries that show them.
 */
export function isPrivateEndpoint(strapi: Core.Strapi, path: string): boolean {
  const prefix = strapi.config.get("api.rest.prefix", "/api") as string;
  return ["upload", "users", "users-permissions"].some(
    (name) => path === `${prefix}/${name}` || path.startsWith(`${prefix}/${name}/`),
  );
}

/**
 * Custom content API routes that anyone may call without a token, by path below the API prefix.
 * Each reads published content only: its reads run inside the request, so the document service
 * guard (published-only-documents.ts) forces published rows as for the core routes.
 * - `oaiPmh`: the OAI-PMH 2.0 data provider for harvesters (src/oai-pmh/), GET and form POST.
 */
export const PUBLIC_CUSTOM_ROUTES = { oaiPmh: "/oai" } as const;
