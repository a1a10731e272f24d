// Signed preview links, CMS side: the admin's preview handler signs. The preview server
// (scripts/src/preview/preview-signature.ts) imports this module to verify with the same protocol.
import { createHmac } from "node:crypto";

export interface PreviewRequest {
  /** Content type name, e.g. "heritage-item". */
  type: string;
  /** Empty for single types. */
  documentId: string;
  locale: string;
  status: "draft" | "published";
}

/** How long a preview link stays valid after the admin made it. */
export const PREVIEW_LINK_SECONDS = 60 * 60;

function payload(request: PreviewRequest, expires: number): string {
  return [request.type, request.documentId, request.locale, request.status, String(expires)].join("\n");
}

export function signPreview(secret: string, request: PreviewRequest, expires: number): string {
  return createHmac("sha256", secret).update(payload(request, expires)).digest("hex");
}

/** Query string of a signed preview link. */
export function signedPreviewQuery(secret: string, request: PreviewRequest, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_LINK_SECONDS;
  const params = new URLSearchParams({
    type: request.type,
    documentId: request.documentId,
    locale: request.locale,
    status: request.status,
    expires: String(expires),
    signature: signPreview(secret, request, expires),
  });
  return params.toString();
}
