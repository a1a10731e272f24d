/**
 * `npm run build`: builds the site into site/dist from the CMS when it answers (STRAPI_URL, default
 * the local CMS at http://localhost:1337 with the token the demo CMS writes), else from the last
 * snapshot (SNAPSHOT_DIR, default site/.snapshot) with a warning.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const siteRoot = resolve(import.meta.dirname, "..");
const env = { ...process.env };
env.STRAPI_URL ||= env.CMS_URL || `http://localhost:${env.PORT || 1337}`;
const tokenFile = join(siteRoot, "..", "cms", ".tmp", "site-build-token");
if (!env.STRAPI_TOKEN && !env.SITE_BUILD_TOKEN && existsSync(tokenFile)) {
  env.STRAPI_TOKEN = readFileSync(tokenFile, "utf8").trim();
}
// Astro keeps generated files in site/.astro/: wait for a build of the tests or the publisher to end
// first (the same lock folder as tests/support/site-build.ts and scripts/src/publish).
const lockDir = join(tmpdir(), "showroom-site-build.lock");
const waitingSince = Date.now();
for (;;) {
  try {
    mkdirSync(lockDir);
    writeFileSync(join(lockDir, "pid"), String(process.pid));
    break;
  } catch {
    try {
      if (Date.now() - statSync(lockDir).mtimeMs > 15 * 60_000)
        rmSync(lockDir, { recursive: true, force: true });
    } catch {}
    if (Date.now() - waitingSince > 20 * 60_000)
      throw new Error(`another site build holds ${lockDir} for 20 minutes`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
const astro = join(siteRoot, "..", "node_modules", "astro", "bin", "astro.mjs");
const child = spawn(process.execPath, [astro, "build", ...process.argv.slice(2)], {
  cwd: siteRoot,
  env,
  stdio: "inherit",
});
child.on("close", (code) => {
  rmSync(lockDir, { recursive: true, force: true });
  process.exit(code ?? 1);
});
