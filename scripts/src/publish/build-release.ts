import { spawn } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { exportSnapshot } from "../snapshot/export-snapshot.ts";
import type { BuildRelease } from "./rebuild-worker.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..");

export interface SiteBuilderOptions {
  /** Base URL of the CMS; a function when it is known only after start-up. */
  cmsUrl: string | (() => string);
  /** Read-only API token of the CMS (published content only). */
  token?: string | (() => string | undefined);
  /** Where the content snapshot of the latest build is kept. */
  snapshotDir: string;
  /** Extra environment for `astro build` (e.g. PUBLIC_SITE_URL). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

/**
 * Astro writes generated files into site/.astro/; two builds of one checkout at once would clash
 * (e.g. this worker and a test or a manual build). The same lock folder as tests/support/site-build.ts.
 */
const lockDir = join(tmpdir(), "showroom-site-build.lock");

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, "pid"), String(process.pid));
      break;
    } catch {
      try {
        // A lock older than 15 minutes belongs to a crashed build.
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

/** `astro build` of the site from a snapshot folder into `outDir`, one build at a time. */
export function buildSiteFromSnapshot(
  snapshotDir: string,
  outDir: string,
  env: Record<string, string> = {},
): Promise<void> {
  return withBuildLock(() => astroBuild(snapshotDir, outDir, env));
}

function astroBuild(snapshotDir: string, outDir: string, env: Record<string, string>): Promise<void> {
  const astro = join(repoRoot, "node_modules", "astro", "bin", "astro.mjs");
  return new Promise((done, fail) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      SNAPSHOT_DIR: snapshotDir,
      SITE_OUT_DIR: outDir,
      ...env,
    };
    // The site must build from the snapshot just taken, never from the CMS directly.
    delete childEnv.STRAPI_URL;
    delete childEnv.SHOWROOM_RESOLVED_SNAPSHOT_DIR;
    const child = spawn(process.execPath, [astro, "build"], {
      cwd: join(repoRoot, "site"),
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) done();
      // The last lines carry Astro's error (which page, which entry); the start is progress noise.
      else
        fail(
          new Error(
            `Site build failed (astro build exit ${code}):\n${output.trim().split("\n").slice(-25).join("\n")}`,
          ),
        );
    });
  });
}

/**
 * The build the rebuild worker runs: export all published content from the CMS into a snapshot
 * (validated entry by entry: a broken entry fails here, naming the entry and field), then build
 * the static site from it into the release folder.
 *
 * @example
 *   const build = createSiteBuilder({ cmsUrl: "http://127.0.0.1:1337", token, snapshotDir: "site/releases/.snapshot" });
 *   const worker = createRebuildWorker({ releasesDir: "site/releases", build });
 */
export function createSiteBuilder(options: SiteBuilderOptions): BuildRelease {
  const value = <T>(v: T | (() => T)) => (typeof v === "function" ? (v as () => T)() : v);
  return async (outDir) => {
    const token = value(options.token);
    await exportSnapshot({
      url: value(options.cmsUrl),
      ...(token ? { token } : {}),
      outDir: options.snapshotDir,
      ...(options.log ? { log: options.log } : {}),
    });
    await buildSiteFromSnapshot(options.snapshotDir, outDir, options.env ?? {});
  };
}
