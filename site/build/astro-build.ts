/**
 * Runs `astro build` of the site, one build at a time per machine. Astro writes generated files
 * into site/.astro/, so two builds of one checkout at once (a test, the publish worker, a manual
 * `npm run build`) would overwrite each other's; every caller goes through this lock.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const siteRoot = resolve(import.meta.dirname, "..");
const astroBin = join(siteRoot, "..", "node_modules", "astro", "bin", "astro.mjs");
const lockDir = join(tmpdir(), "showroom-site-build.lock");
/** A lock older than this belongs to a crashed build. */
const STALE_LOCK_MS = 15 * 60_000;
const GIVE_UP_MS = 20 * 60_000;

/**
 * Whether the process named in the lock has ended (killed test run, crashed build): its lock is free
 * at once instead of after STALE_LOCK_MS. A lock without a pid yet (just made) is not judged.
 */
function holderIsGone(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lockDir, "pid"), "utf8"));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export async function withSiteBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      try {
        if (holderIsGone() || Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // Another process removed it first.
      }
      if (Date.now() - started > GIVE_UP_MS)
        throw new Error(`another site build holds ${lockDir} for 20 minutes`);
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

export class SiteBuildError extends Error {
  readonly output: string;
  constructor(message: string, output: string) {
    super(message);
    this.name = "SiteBuildError";
    this.output = output;
  }
}

export interface AstroBuildOptions {
  env: NodeJS.ProcessEnv;
  args?: string[];
  /** "inherit" streams Astro's output to this terminal; "capture" keeps it for the result or error. */
  output?: "inherit" | "capture";
}

/** Spawns `astro build` in site/ (no lock: call it inside withSiteBuildLock). */
export function spawnAstroBuild(
  options: AstroBuildOptions,
): Promise<{ ms: number; stdout: string; stderr: string }> {
  const started = performance.now();
  const capture = options.output !== "inherit";
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astroBin, "build", ...(options.args ?? [])], {
      cwd: siteRoot,
      env: options.env,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done({ ms: performance.now() - started, stdout, stderr });
      // The last lines carry Astro's error (which page, which entry); the start is progress noise.
      else {
        const output = `${stdout}\n${stderr}`.trim();
        const tail = output.split("\n").slice(-25).join("\n");
        fail(new SiteBuildError(`Site build failed (astro build exit ${code}):\n${tail}`, output));
      }
    });
  });
}

/** Environment for a build from a snapshot folder into `outDir`, never from the CMS directly. */
export function snapshotBuildEnv(snapshotDir: string, outDir: string, extra: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SNAPSHOT_DIR: snapshotDir,
    SITE_OUT_DIR: outDir,
    ...extra,
  };
  if (!extra.STRAPI_URL) delete env.STRAPI_URL;
  delete env.SHOWROOM_RESOLVED_SNAPSHOT_DIR;
  return env;
}
