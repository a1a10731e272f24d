/**
 * Signed preview links. The CMS admin signs a link to a draft (a generated copy in
 * `cms/src/generated/`); the preview server verifies it before it reads the draft. Both sides use
 * this one implementation, so the protocol cannot drift apart.
 *
 * Imports only `node:crypto` (the CMS gets a generated copy; see `content-types/src/contract-copies.ts`).
 *
 * @example
 *   const query = signedPreviewQuery(secret, { type: "tour", documentId: "abc", locale: "de", status: "draft" });
 *   verifyPreviewQuery(secret, new URLSearchParams(query)); // { ok: true, request: … }
 */
import { createHmac, timingSafeEqual } from "node:crypto";

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

/** The request a signed query stands for, or a reason why it is refused. */
export function verifyPreviewQuery(
  secret: string,
  query: URLSearchParams,
  now = Date.now(),
): { ok: true; request: PreviewRequest } | { ok: false; reason: string } {
  if (!secret) return { ok: false, reason: "preview is not configured (PREVIEW_SECRET)" };
  const type = query.get("type") ?? "";
  const documentId = query.get("documentId") ?? "";
  const locale = query.get("locale") ?? "";
  const status = query.get("status") === "published" ? "published" : "draft";
  const expires = Number(query.get("expires"));
  const given = query.get("signature") ?? "";
  if (
    !/^[a-z-]+$/.test(type) ||
    !/^[a-z]{2}(-[A-Za-z]{2})?$/.test(locale) ||
    !/^[A-Za-z0-9]*$/.test(documentId)
  ) {
    return { ok: false, reason: "malformed preview link" };
  }
  if (!Number.isInteger(expires)) return { ok: false, reason: "malformed preview link" };
  const request: PreviewRequest = { type, documentId, locale, status };
  const expected = Buffer.from(signPreview(secret, request, expires));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, reason: "wrong signature" };
  }
  if (expires * 1000 < now)
    return { ok: false, reason: "preview link expired; open the preview again from the admin" };
  return { ok: true, request };
}
