import type { Core } from "@strapi/strapi";
import { readPreviewEnv } from "./preview-config";

export const PREVIEW_TOKEN_NAME = "preview";

/**
 * Bootstrap of the preview: checks its configuration early (a bad PREVIEW_URL fails the start,
 * naming the variable) and, when PREVIEW_CMS_TOKEN is set, makes sure the full-access API token
 * the preview server reads drafts with exists with exactly that key. Only full-access tokens may
 * read drafts through the content API (see src/draft-guard/draft-access.ts).
 */
export async function registerPreview(strapi: Core.Strapi): Promise<void> {
  const previewEnv = readPreviewEnv();
  if (!previewEnv) {
    strapi.log.info("[preview] PREVIEW_URL / PREVIEW_SECRET not set: the Vorschau button is off.");
    return;
  }
  const key = process.env.PREVIEW_CMS_TOKEN?.trim();
  if (!key) return;
  const tokens = strapi.service("admin::api-token");
  let token = await tokens.getByName(PREVIEW_TOKEN_NAME);
  if (!token) {
    token = await tokens.create({
      name: PREVIEW_TOKEN_NAME,
      description:
        "Preview server: reads drafts to show them to staff behind a signed link. Never give it to the site build.",
      type: "full-access",
      lifespan: null,
    });
  }
  // Strapi generates keys itself; the configured key is written over its hash and encrypted copy.
  await strapi.db.query("admin::api-token").update({
    where: { id: token.id },
    data: {
      accessKey: tokens.hash(key),
      encryptedKey: strapi.service("admin::encryption").encrypt(key),
    },
  });
}
