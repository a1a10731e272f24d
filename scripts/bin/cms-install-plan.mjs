// Which install the CMS folder needs after the root `npm install` (see install-cms.mjs). Plain
// JavaScript with Node built-ins only: it runs as a postinstall hook, possibly on an older Node.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined);

/**
 * Whether the CMS's native addon (better-sqlite3) loads on the Node running this: it is built for
 * one Node ABI, and a Node upgrade needs a fresh install even when the packages match.
 */
export function nativeAddonsLoad(cmsDir) {
  const check = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ["-e", check], { cwd: cmsDir, stdio: "ignore" }).status === 0;
}

/**
 * Whether node_modules holds exactly the lockfile's packages: npm's own record of what it installed
 * (node_modules/.package-lock.json) names the same versions and integrities, and whatever the
 * lockfile lists beyond it is optional (packages for other platforms).
 */
export function nodeModulesMatchLockfile(lockfile, installed) {
  const wanted = lockfile?.packages ?? {};
  const have = installed?.packages ?? {};
  for (const [path, entry] of Object.entries(have)) {
    const want = wanted[path];
    if (!want || want.version !== entry.version || want.integrity !== entry.integrity) return false;
  }
  return Object.entries(wanted).every(
    ([path, entry]) => path === "" || path in have || entry.optional || entry.devOptional || entry.peer,
  );
}

/** Whether the lockfile was made from this package.json (else `npm ci` refuses it). */
export function lockfileMatchesManifest(lockfile, manifest) {
  const root = lockfile?.packages?.[""] ?? {};
  const same = (a = {}, b = {}) =>
    JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  return (
    same(root.dependencies, manifest.dependencies) && same(root.devDependencies, manifest.devDependencies)
  );
}

/**
 * "skip", "ci" or "install", with the reason to print. `npm ci` is the default: it never rewrites
 * cms/package-lock.json (so `npm install` leaves the work tree clean), but it deletes node_modules
 * first, so an install that already matches the lockfile for this Node is kept as it is.
 */
export function planCmsInstall(cmsDir, env = process.env, addonsLoad = nativeAddonsLoad) {
  if (env.SHOWROOM_SKIP_CMS_INSTALL === "1")
    return { command: "skip", reason: "SHOWROOM_SKIP_CMS_INSTALL=1" };
  const lockfile = readJson(join(cmsDir, "package-lock.json"));
  if (!lockfile)
    return { command: "install", reason: "cms/package-lock.json is missing: npm install writes it" };
  const manifest = readJson(join(cmsDir, "package.json")) ?? {};
  if (!lockfileMatchesManifest(lockfile, manifest))
    return {
      command: "install",
      reason:
        "cms/package.json lists other dependencies than cms/package-lock.json: npm install updates the lockfile",
    };
  const installed = readJson(join(cmsDir, "node_modules", ".package-lock.json"));
  if (nodeModulesMatchLockfile(lockfile, installed) && addonsLoad(cmsDir))
    return { command: "skip", reason: "cms/node_modules already matches cms/package-lock.json" };
  return { command: "ci", reason: "installing cms/ exactly as cms/package-lock.json says" };
}
