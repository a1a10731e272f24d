/**
 * Where the site's content comes from, read once from the environment.
 *   STRAPI_URL + STRAPI_TOKEN  read published content from a running CMS (read-only token;
 *                              SITE_BUILD_TOKEN is accepted too, as `npm run snapshot` does)
 *   SNAPSHOT_DIR               the content snapshot to build from, and where a CMS read is kept
 *                              (default: site/.snapshot)
 */
import { isAbsolute, resolve } from "node:path";

export const siteRoot = resolve(import.meta.dirname, "..", "..", "..");

export interface ContentSourceConfig {
  snapshotDir: string;
  strapiUrl?: string;
  strapiToken?: string;
}

export function readContentSourceConfig(env: NodeJS.ProcessEnv = process.env): ContentSourceConfig {
  const dir = env.SNAPSHOT_DIR?.trim() || ".snapshot";
  const snapshotDir = isAbsolute(dir) ? dir : resolve(siteRoot, dir);
  const strapiUrl = env.STRAPI_URL?.trim() || undefined;
  const strapiToken = env.STRAPI_TOKEN?.trim() || env.SITE_BUILD_TOKEN?.trim() || undefined;
  if (strapiUrl && !/^https?:\/\//.test(strapiUrl)) {
    throw new Error(`STRAPI_URL must start with http:// or https:// (got "${strapiUrl}").`);
  }
  return { snapshotDir, strapiUrl, strapiToken };
}

/**
 * The snapshot folder the loaders read: set by the content integration once it has decided
 * between a fresh CMS read and the last snapshot, so every collection reads the same content.
 */
export const RESOLVED_SNAPSHOT_ENV = "SHOWROOM_RESOLVED_SNAPSHOT_DIR";

export function resolvedSnapshotDir(): string {
  return process.env[RESOLVED_SNAPSHOT_ENV] ?? readContentSourceConfig().snapshotDir;
}
