// Signed preview links, preview server side: the CMS signs (cms/src/preview/preview-signature.ts),
// this module verifies with the same protocol, imported from there so the two cannot drift apart.
import { timingSafeEqual } from "node:crypto";
import { type PreviewRequest, signPreview } from "../../../cms/src/preview/preview-signature.ts";

export {
  PREVIEW_LINK_SECONDS,
  signedPreviewQuery,
  signPreview,
} from "../../../cms/src/preview/preview-signature.ts";
export type { PreviewRequest };

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
