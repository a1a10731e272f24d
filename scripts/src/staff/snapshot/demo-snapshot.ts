/**
 * A real content snapshot of the demo without a running CMS: boots Strapi in this process on a
 * throwaway SQLite file, seeds the demo content, listens on a free port, exports through REST and
 * stops. Tests and CI use `ensureDemoSnapshot()`, which caches the result per source state.
 *
 * ```ts
 * const dir = await ensureDemoSnapshot(); // e.g. <tmp>/showroom-demo-snapshot/3f9c…/snapshot
 * ```
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, rmdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { seedDemoContent } from "../../demo/seed/seed-demo-content.ts";
import { bootCms } from "../../shared/cms/boot-cms.ts";
import { hashCmsSources } from "../../shared/cms/compile-cms.ts";
import { type ExportSnapshotResult, exportSnapshot } from "./export-snapshot.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");

/** Sources whose change changes the demo snapshot (besides the CMS server sources). */
const SOURCES = [
  "content-types/src",
  "scripts/src/demo/demo-content",
  "scripts/src/demo/demo-models",
  "scripts/src/demo/media",
  "scripts/src/demo/seed",
  "scripts/src/staff/snapshot",
  "scripts/src/demo/hls/demo-streams.ts",
  "scripts/src/demo/hls/captions.ts",
];

/**
 * The live demo stream is "live" for two hours after the seed; a cached snapshot older than this is
 * rebuilt so that "live now" stays true in tests.
 */
export const DEMO_SNAPSHOT_MAX_AGE_MS = 60 * 60 * 1000;

function listFiles(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) listFiles(join(path, name), out);
  } else if (!/\.test\.ts$/.test(path)) out.push(path);
}

/** A hash of everything the demo snapshot is made from. */
export function hashDemoSources(): string {
  const hash = createHash("sha256");
  hash.update(hashCmsSources());
  const files: string[] = [];
  for (const source of SOURCES) listFiles(join(repoRoot, source), files);
  for (const file of files) {
    hash.update(relative(repoRoot, file));
    hash.update("\0");
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

export interface DemoSnapshotResult extends ExportSnapshotResult {
  seedMs: number;
  bootMs: number;
}

/** Boots a throwaway CMS, seeds it and exports its snapshot into `outDir`. */
export async function createDemoSnapshot(
  outDir: string,
  options: { log?: (line: string) => void } = {},
): Promise<DemoSnapshotResult> {
  const temp = await mkdtemp(join(tmpdir(), "showroom-demo-cms-"));
  const bootStarted = Date.now();
  try {
    const cms = await bootCms({
      database: { client: "sqlite", filename: join(temp, "data.db") },
      publicDir: join(temp, "public"),
      listen: true,
      isolated: true,
      // The seed brings its own scan posters: no browser for generated ones.
      env: { SITE_BUILD_TOKEN_FILE: join(temp, "site-build-token"), SCAN_POSTER: "false" },
    });
    const bootMs = Date.now() - bootStarted;
    try {
      const report = await seedDemoContent(cms.strapi, { log: options.log });
      const result = await exportSnapshot({ url: cms.url as string, outDir, log: options.log });
      return { ...result, seedMs: report.durationMs, bootMs };
    } finally {
      await cms.stop();
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function isFresh(dir: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as { createdAt: string };
    return Date.now() - Date.parse(manifest.createdAt) < DEMO_SNAPSHOT_MAX_AGE_MS;
  } catch {
    return false;
  }
}

/** Waits for a lock folder (several test workers may ask at once); stale locks expire. */
async function withLock<T>(lock: string, task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > 10 * 60_000) await rmdir(lock).catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${lock}; remove it if no other run is active.`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    return await task();
  } finally {
    await rmdir(lock).catch(() => undefined);
  }
}

export interface EnsureDemoSnapshotOptions {
  /** Where cached snapshots live; default `<tmp>/showroom-demo-snapshot`. */
  cacheDir?: string;
  log?: (line: string) => void;
}

/**
 * The folder of a demo snapshot for the current sources: reused when one exists and is younger than
 * an hour, else built (about 30 s). Safe to call from several processes or workers at once.
 */
export async function ensureDemoSnapshot(options: EnsureDemoSnapshotOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? join(tmpdir(), "showroom-demo-snapshot");
  const key = hashDemoSources();
  const dir = join(cacheDir, key, "snapshot");
  if (await isFresh(dir)) return dir;
  await mkdir(join(cacheDir, key), { recursive: true });
  return withLock(join(cacheDir, key, "lock"), async () => {
    if (await isFresh(dir)) return dir;
    const building = join(cacheDir, key, `building-${process.pid}-${Date.now()}`);
    await createDemoSnapshot(building, options);
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
    await pruneOldSnapshots(cacheDir, key);
    return dir;
  });
}

/** Removes cached snapshots of other source states that nobody touched for a day. */
async function pruneOldSnapshots(cacheDir: string, keep: string): Promise<void> {
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (name === keep) continue;
    const path = join(cacheDir, name);
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    if (age > 24 * 60 * 60 * 1000) await rm(path, { recursive: true, force: true });
  }
}
