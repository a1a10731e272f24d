import { type PreviewRequest, signedPreviewQuery } from "./preview-signature";

/**
 * Strapi's preview ("Vorschau" in the content manager): for an entry, the admin asks this handler
 * for a URL and shows that page beside the form. The URL points at the preview server (part of the
 * site server, see scripts/src/host/preview/) and carries a signature made with PREVIEW_SECRET that
 * expires after an hour; without it the preview server refuses (401), so drafts stay private.
 *
 *   PREVIEW_URL     e.g. http://127.0.0.1:4321/_preview (the site server's preview endpoint)
 *   PREVIEW_SECRET  shared with the preview server; preview is off while either is unset
 */
export interface PreviewEnv {
  url: string;
  secret: string;
}

export function readPreviewEnv(source: NodeJS.ProcessEnv = process.env): PreviewEnv | undefined {
  const url = source.PREVIEW_URL?.trim();
  const secret = source.PREVIEW_SECRET?.trim();
  if (!url || !secret) return undefined;
  try {
    new URL(url);
  } catch {
    throw new Error(
      `Environment variable PREVIEW_URL is not a URL: "${url}". Example: http://127.0.0.1:4321/_preview`,
    );
  }
  if (secret.length < 16)
    throw new Error("Environment variable PREVIEW_SECRET must have at least 16 characters.");
  return { url, secret };
}

/** The `preview` block of config/admin.ts. */
export function previewConfig(source: NodeJS.ProcessEnv = process.env) {
  const previewEnv = readPreviewEnv(source);
  if (!previewEnv) return { enabled: false };
  return {
    enabled: true,
    config: {
      allowedOrigins: [new URL(previewEnv.url).origin],
      async handler(uid: string, params: { documentId?: string; locale?: string; status?: string }) {
        // Only the showroom's own types have pages on the site.
        const match = /^api::([a-z-]+)\./.exec(uid);
        if (!match?.[1]) return null;
        const request: PreviewRequest = {
          type: match[1],
          documentId: params.documentId ?? "",
          locale: params.locale ?? "de",
          status: params.status === "published" ? "published" : "draft",
        };
        return `${previewEnv.url}?${signedPreviewQuery(previewEnv.secret, request)}`;
      },
    },
  };
}
