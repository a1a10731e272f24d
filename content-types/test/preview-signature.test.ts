import { describe, expect, it } from "vitest";
import {
  PREVIEW_LINK_SECONDS,
  type PreviewRequest,
  signedPreviewQuery,
  verifyPreviewQuery,
} from "../src/contracts/preview-signature.ts";

const request: PreviewRequest = { type: "tour", documentId: "abc123", locale: "de", status: "draft" };
const now = Date.UTC(2026, 0, 1);

describe("signed preview links", () => {
  it("verifies a link the admin signed with the same secret", () => {
    const query = new URLSearchParams(signedPreviewQuery("secret", request, now));
    expect(verifyPreviewQuery("secret", query, now)).toEqual({ ok: true, request });
  });

  it("refuses a link signed with another secret, or with a changed entry", () => {
    const query = new URLSearchParams(signedPreviewQuery("secret", request, now));
    expect(verifyPreviewQuery("other", query, now)).toEqual({ ok: false, reason: "wrong signature" });
    query.set("documentId", "xyz789");
    expect(verifyPreviewQuery("secret", query, now)).toEqual({ ok: false, reason: "wrong signature" });
  });

  it("refuses a link after an hour, saying to open the preview again", () => {
    const query = new URLSearchParams(signedPreviewQuery("secret", request, now));
    const later = now + (PREVIEW_LINK_SECONDS + 1) * 1000;
    expect(verifyPreviewQuery("secret", query, later)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/open the preview again/),
    });
  });

  it("refuses every link when no secret is configured", () => {
    const query = new URLSearchParams(signedPreviewQuery("secret", request, now));
    expect(verifyPreviewQuery("", query, now)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/PREVIEW_SECRET/),
    });
  });
});
