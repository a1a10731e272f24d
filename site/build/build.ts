/**
 * `npm run build`: builds the site into site/dist from the CMS when it answers (STRAPI_URL, default
 * the local CMS at http://localhost:1337 with the token the demo CMS writes), else from the last
 * snapshot (SNAPSHOT_DIR, default site/.snapshot) with a warning.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SiteBuildError, siteRoot, spawnAstroBuild, withSiteBuildLock } from "./astro-build.ts";

const env = { ...process.env };
env.STRAPI_URL ||= env.CMS_URL || `http://localhost:${env.PORT || 1337}`;
const tokenFile = join(siteRoot, "..", "cms", ".tmp", "site-build-token");
if (!env.STRAPI_TOKEN && !env.SITE_BUILD_TOKEN && existsSync(tokenFile)) {
  env.STRAPI_TOKEN = readFileSync(tokenFile, "utf8").trim();
}
try {
  await withSiteBuildLock(() => spawnAstroBuild({ env, args: process.argv.slice(2), output: "inherit" }));
} catch (error) {
  // Astro has printed its own error above; say once more that the build failed.
  console.error(error instanceof SiteBuildError ? error.message.split("\n")[0] : error);
  process.exit(1);
}
