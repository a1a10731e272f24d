import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Core } from "@strapi/strapi";
import { env } from "../env/env";
import { publicReadActions } from "./public-role";

export const SITE_BUILD_TOKEN_NAME = "site-build";

const DESCRIPTION =
  "Token of the static site build: reads published content of the public content types, nothing else.";

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));

/**
 * The API token the site build uses. A custom token with `find`/`findOne` of the public content
 * types only: Strapi's "read-only" type would also read every file of the media library with the
 * entries that use it (drafts included) and the user accounts. Tokens made as "read-only" by
 * earlier versions are turned into this at every start. Drafts stay hidden from it like from
 * every caller without full access (src/draft-guard/). Strapi generates access keys itself and stores a
 * hash plus an encrypted copy; a key given in SITE_BUILD_TOKEN is written over both, so a
 * deployment can keep the key it configured in the site build. The key is written to
 * SITE_BUILD_TOKEN_FILE (default cms/.tmp/site-build-token) for the demo launcher.
 */
export async function ensureSiteBuildToken(strapi: Core.Strapi): Promise<string> {
  const tokens = strapi.service("admin::api-token");
  const { siteBuildToken, appRoot } = env();
  const permissions = publicReadActions(strapi);
  let token = await tokens.getByName(SITE_BUILD_TOKEN_NAME, { includeDecryptedKey: true });
  if (!token) {
    token = await tokens.create({
      name: SITE_BUILD_TOKEN_NAME,
      description: DESCRIPTION,
      type: "custom",
      permissions,
      lifespan: null,
    });
  } else if (token.type !== "custom" || !sameSet(token.permissions ?? [], permissions)) {
    await tokens.update(token.id, { type: "custom", permissions, description: DESCRIPTION });
    strapi.log.info(`[cms] API token "${SITE_BUILD_TOKEN_NAME}" now reads the public content types only`);
  }
  let accessKey: string | undefined = token.accessKey;
  if (siteBuildToken && siteBuildToken !== accessKey) {
    await strapi.db.query("admin::api-token").update({
      where: { id: token.id },
      data: {
        accessKey: tokens.hash(siteBuildToken),
        encryptedKey: strapi.service("admin::encryption").encrypt(siteBuildToken),
      },
    });
    accessKey = siteBuildToken;
  }
  if (!accessKey) {
    // The stored copy was encrypted with another ENCRYPTION_KEY: issue a new key (written below).
    accessKey = (await tokens.regenerate(token.id)).accessKey as string;
    strapi.log.warn(
      `[cms] the "${SITE_BUILD_TOKEN_NAME}" API token key could not be decrypted (ENCRYPTION_KEY changed?); a new key was generated. Set SITE_BUILD_TOKEN to keep a fixed key.`,
    );
  }
  const file = process.env.SITE_BUILD_TOKEN_FILE ?? ".tmp/site-build-token";
  if (file) {
    const path = resolve(appRoot, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${accessKey}\n`);
    chmodSync(path, 0o600);
    strapi.log.info(
      `[cms] read-only API token "${SITE_BUILD_TOKEN_NAME}" for the site build: key in ${path}`,
    );
  }
  return accessKey;
}
