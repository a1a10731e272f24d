/**
 * Builds the Astro site from a content snapshot for tests, once per snapshot content: several
 * browser test files share one build. Builds run one at a time (a lock file), because Astro keeps
 * generated files in `site/.astro/` that two parallel builds would overwrite.
 *
 * @example
 *   const dist = await buildSite({ snapshotDir });
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths.ts";

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

export class SiteBuildError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(message);
    this.name = "SiteBuildError";
    this.output = output;
  }
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

const lockDir = join(tmpdir(), "showroom-site-build.lock");

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      // A lock older than 15 minutes belongs to a crashed run.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 15 * 60_000)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      if (Date.now() - started > 20 * 60_000)
        throw new Error(`site build lock ${lockDir} held for 20 minutes`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Runs `astro build` for the site; rejects with the build output when it fails. */
export function runAstroBuild(
  snapshotDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<{ ms: number; stdout: string; stderr: string }> {
  const astro = join(repoRoot, "node_modules", "astro", "bin", "astro.mjs");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      SNAPSHOT_DIR: snapshotDir,
      SITE_OUT_DIR: outDir,
      ...env,
    };
    if (!env.STRAPI_URL) delete childEnv.STRAPI_URL;
    delete childEnv.SHOWROOM_RESOLVED_SNAPSHOT_DIR;
    const child = spawn(process.execPath, [astro, "build"], {
      cwd: join(repoRoot, "site"),
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new SiteBuildError(`astro build failed (exit ${code})`, `${stdout}\n${stderr}`));
    });
  });
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
  return withBuildLock(async () => {
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
    return await withBuildLock(async () => {
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
