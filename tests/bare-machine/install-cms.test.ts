/**
 * `npm install` installs cms/ (outside the workspaces) with `npm ci`, so cms/package-lock.json is
 * never rewritten and the work tree stays clean; an install that already matches is kept, since
 * `npm ci` would delete and rebuild it.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript (it runs as a postinstall hook, before any TypeScript tooling)
import { nodeModulesMatchLockfile, planCmsInstall } from "../../scripts/bin/cms-install-plan.mjs";
import { repoRoot } from "../support/paths.ts";

type Plan = { command: "skip" | "ci" | "install"; reason: string };
type Lock = { packages: Record<string, { version?: string; integrity?: string; optional?: boolean }> };
const plan = planCmsInstall as (dir: string, env?: object, addonsLoad?: () => boolean) => Plan;

const cms = join(repoRoot, "cms");
const work = mkdtempSync(join(tmpdir(), "showroom-install-plan-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const lockfile = JSON.parse(readFileSync(join(cms, "package-lock.json"), "utf8")) as Lock;

/** A copy of cms/'s manifest and lockfile, with node_modules holding the given npm record. */
function cmsCopy(name: string, installed?: Lock, manifestChange?: (m: Record<string, unknown>) => void) {
  const dir = join(work, name);
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(cms, "package.json"), "utf8"));
  manifestChange?.(manifest);
  writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
  copyFileSync(join(cms, "package-lock.json"), join(dir, "package-lock.json"));
  if (installed) writeFileSync(join(dir, "node_modules", ".package-lock.json"), JSON.stringify(installed));
  return dir;
}

/** What npm records after installing the lockfile on this platform: everything but other platforms' packages. */
function installedRecord(): Lock {
  const packages = Object.fromEntries(
    Object.entries(lockfile.packages).filter(([path, entry]) => path !== "" && !entry.optional),
  );
  return { packages };
}

const loads = () => true;

describe("how npm install installs cms/", () => {
  it("uses npm ci on a fresh clone (a lockfile, no node_modules)", () => {
    expect(plan(cmsCopy("fresh"), {}, loads).command).toBe("ci");
  });

  it("keeps node_modules that match the lockfile and whose native addons load", () => {
    expect(plan(cmsCopy("in-sync", installedRecord()), {}, loads)).toEqual({
      command: "skip",
      reason: "cms/node_modules already matches cms/package-lock.json",
    });
  });

  it("reinstalls with npm ci when the native addons were built for another Node", () => {
    expect(plan(cmsCopy("other-node", installedRecord()), {}, () => false).command).toBe("ci");
  });

  it("reinstalls with npm ci when a package differs from the lockfile, or one is extra or missing", () => {
    const changed = installedRecord();
    const [first] = Object.keys(changed.packages);
    changed.packages[first as string] = { ...changed.packages[first as string], version: "0.0.0-other" };
    const extra = installedRecord();
    extra.packages["node_modules/left-over"] = { version: "1.0.0" };
    const missing = installedRecord();
    delete missing.packages[first as string];
    for (const installed of [changed, extra, missing])
      expect(nodeModulesMatchLockfile(lockfile, installed)).toBe(false);
    expect(plan(cmsCopy("changed", changed), {}, loads).command).toBe("ci");
  });

  it("uses npm install only when the lockfile is missing or no longer fits package.json", () => {
    const noLock = cmsCopy("no-lock");
    rmSync(join(noLock, "package-lock.json"));
    expect(plan(noLock, {}, loads).command).toBe("install");
    const edited = cmsCopy("edited", installedRecord(), (manifest) => {
      (manifest.dependencies as Record<string, string>)["left-pad"] = "^1.3.0";
    });
    expect(plan(edited, {}, loads).command).toBe("install");
  });

  it("does nothing with SHOWROOM_SKIP_CMS_INSTALL=1", () => {
    expect(plan(cmsCopy("skip"), { SHOWROOM_SKIP_CMS_INSTALL: "1" }, loads).command).toBe("skip");
  });

  it("finds this checkout's cms/node_modules in sync with its lockfile", () => {
    expect(plan(cms).command).toBe("skip");
  });
});
