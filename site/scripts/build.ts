/**
 * `npm run build`: builds the site into site/dist from the CMS when it answers (STRAPI_URL, default
 * the local CMS at http://localhost:1337 with the token the demo CMS writes), else from the last
 * snapshot (SNAPSHOT_DIR, default site/.snapshot) with a warning.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const siteRoot = resolve(import.meta.dirname, "..");
const env = { ...process.env };
env.STRAPI_URL ||= env.CMS_URL || `http://localhost:${env.PORT || 1337}`;
const tokenFile = join(siteRoot, "..", "cms", ".tmp", "site-build-token");
if (!env.STRAPI_TOKEN && !env.SITE_BUILD_TOKEN && existsSync(tokenFile)) {
  env.STRAPI_TOKEN = readFileSync(tokenFile, "utf8").trim();
}
const astro = join(siteRoot, "..", "node_modules", "astro", "bin", "astro.mjs");
const child = spawn(process.execPath, [astro, "build", ...process.argv.slice(2)], {
  cwd: siteRoot,
  env,
  stdio: "inherit",
});
child.on("close", (code) => process.exit(code ?? 1));
