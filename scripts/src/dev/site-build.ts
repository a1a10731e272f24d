/**
 * Builds the Astro site from a content snapshot for tests, once per snapshot content: several
 * browser test files share one build. Builds run one at a time (a lock file), because Astro keeps
 * generated files in `site/.astro/` that two parallel builds would overwrite.
 *
 * @example
 *   const dist = await buildSite({ snapshotDir });
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SiteBuildError, snapshotBuildEnv, spawnAstroBuild, withSiteBuildLock } from "@showroom/site/build";
import { repoRoot } from "./paths.ts";

export { SiteBuildError };

export interface BuildSiteOptions {
  snapshotDir: string;
  /** Where to write the site; default a folder in the temp dir named after the snapshot hash. */
  outDir?: string;
  /** Extra environment (e.g. PUBLIC_SITE_URL, STRAPI_URL); part of the cache key. */
  env?: Record<string, string>;
  /** Rebuild even when a build of the same snapshot exists. */
  force?: boolean;
}

export interface BuildResult {
  outDir: string;
  /** Milliseconds the build took (0 when it came from the cache). */
  ms: number;
  stdout: string;
  stderr: string;
  cached: boolean;
}

/** A hash of the snapshot's manifest and content files (media are named by their own hash). */
export function snapshotHash(snapshotDir: string, extra = ""): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(snapshotDir, "manifest.json")));
  const contentDir = join(snapshotDir, "content");
  for (const file of readdirSync(contentDir).sort()) {
    hash.update(file);
    hash.update(readFileSync(join(contentDir, file)));
  }
  hash.update(extra);
  return hash.digest("hex").slice(0, 16);
}

/** Fingerprint of the site's sources (and the packages it renders with), so a code change rebuilds. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === "node_modules" || entry.name === "dist" || entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stat = statSync(path);
        hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ["site/src", "site/public", "viewer/src", "content-types/src"]) walk(join(repoRoot, dir));
  const config = join(repoRoot, "site", "astro.config.mjs");
  hash.update(String(statSync(config).mtimeMs));
  return hash.digest("hex").slice(0, 16);
}

/** Runs `astro build` for the site; rejects with the build output when it fails. */
export function runAstroBuild(
  snapshotDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ ms: number; stdout: string; stderr: string }> {
  return spawnAstroBuild({ env: snapshotBuildEnv(snapshotDir, outDir, env) });
}

/** Cached builds of earlier source states pile up in the temp dir; drop those unused for two hours. */
function removeStaleBuilds(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!/^showroom-site-[0-9a-f]{16}$/.test(name)) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 2 * 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {}
  }
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildResult> {
  const env = options.env ?? {};
  const hash = snapshotHash(options.snapshotDir, JSON.stringify(env) + sourceFingerprint());
  const outDir = options.outDir ?? join(tmpdir(), `showroom-site-${hash}`);
  const marker = join(outDir, ".showroom-build");
  return withSiteBuildLock(async () => {
    if (!options.force && existsSync(marker) && readFileSync(marker, "utf8") === hash) {
      return { outDir, ms: 0, stdout: "", stderr: "", cached: true };
    }
    rmSync(outDir, { recursive: true, force: true });
    if (!options.outDir) removeStaleBuilds();
    const result = await runAstroBuild(options.snapshotDir, outDir, env);
    writeFileSync(marker, hash);
    return { outDir, ...result, cached: false };
  });
}

/** Like buildSite, but for builds expected to fail: resolves with the output instead. */
export async function buildSiteExpectingFailure(
  snapshotDir: string,
  env: Record<string, string> = {},
): Promise<string> {
  const outDir = join(tmpdir(), `showroom-site-fail-${process.pid}-${Date.now()}`);
  try {
    return await withSiteBuildLock(async () => {
      try {
        await runAstroBuild(snapshotDir, outDir, env);
      } catch (error) {
        if (error instanceof SiteBuildError) return error.output;
        throw error;
      }
      throw new Error("the site build succeeded but was expected to fail");
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
