/**
 * The built admin panel for CMS instances that tests boot from the compiled server
 * (scripts/src/shared/cms/compile-cms.ts). `strapi build` bundles the admin into cms/dist/build, reused
 * while the CMS sources are unchanged (the same cache `npm start` uses, scripts/src/demo/start/
 * build-admin.ts: about 30 s to 3 min and 2 GB once per source state); Strapi serves the panel from
 * `<distDir>/build`, so the bundle is copied next to the compiled server it belongs to.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildCmsIfNeeded } from "../demo/start/build-admin.ts";
import { compileCms } from "../shared/cms/compile-cms.ts";
import { cmsDir } from "../shared/cms/paths.ts";

const BUNDLE = join(cmsDir, "dist", "build");
const BUNDLE_HASH = join(cmsDir, "dist", ".showroom-source-hash");

/**
 * Builds the admin panel of the current CMS sources if needed, then puts it into the compiled
 * server's `<distDir>/build`, and returns that distDir. The server is compiled after the bundle is
 * built, so a source change during the build cannot leave the panel next to an older server.
 *
 * @example
 *   await ensureAdminPanel();
 *   await bootCms({ serveAdminPanel: true, listen: true });
 */
export async function ensureAdminPanel(log: (line: string) => void = () => {}): Promise<string> {
  await buildCmsIfNeeded(log);
  const hash = readFileSync(BUNDLE_HASH, "utf8").trim();
  const { distDir } = await compileCms();
  const target = join(distDir, "build");
  const targetHash = join(distDir, ".admin-panel-hash");
  if (
    existsSync(join(target, "index.html")) &&
    existsSync(targetHash) &&
    readFileSync(targetHash, "utf8") === hash
  )
    return distDir;
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(BUNDLE, partial, { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  writeFileSync(targetHash, hash);
  return distDir;
}
