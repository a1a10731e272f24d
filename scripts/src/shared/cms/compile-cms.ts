import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { cmsDir } from "./paths.ts";

export interface CompileCmsOptions {
  /** Print TypeScript diagnostics (compilation still emits; `npm run build:server -w cms` is the strict check). */
  printDiagnostics?: boolean;
}

export interface CompiledCms {
  appDir: string;
  /** Compiled server code (config/ and src/ as CommonJS with the JSON schemas), for createStrapi({ distDir }). */
  distDir: string;
  /** True when this call compiled; false when a cached build of the same sources was reused. */
  compiled: boolean;
}

const SOURCE_ROOTS = ["tsconfig.json", "config", "src"];
/** The admin panel is bundled by `strapi build`, not part of the server build. */
const SKIP = new Set(["src/admin"]);
const run = promisify(execFile);

function listSources(path: string, out: string[]): void {
  const rel = relative(cmsDir, path);
  if (SKIP.has(rel)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) listSources(join(path, name), out);
  } else if (/\.(ts|json)$/.test(path) && !/\.test\.ts$/.test(path)) {
    out.push(path);
  }
}

/** A hash of every server source file, so a build is reused exactly while nothing changed. */
export function hashCmsSources(): string {
  const files: string[] = [];
  for (const root of SOURCE_ROOTS) {
    const path = join(cmsDir, root);
    if (existsSync(path)) listSources(path, files);
  }
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(relative(cmsDir, file));
    hash.update("\0");
    hash.update(readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Compiles the CMS server code (what `strapi build` does before bundling the admin: the TypeScript
 * compiler with cms/tsconfig.json, JSON schemas included through resolveJsonModule) into
 * cms/.tmp/server-build/<source hash>/. Concurrent callers (test workers, the seed) are safe: each
 * compiles into its own folder and renames it into place; the first rename wins.
 */
export async function compileCms(options: CompileCmsOptions = {}): Promise<CompiledCms> {
  const cacheRoot = join(cmsDir, ".tmp", "server-build");
  const distDir = join(cacheRoot, hashCmsSources());
  if (existsSync(join(distDir, "src", "index.js"))) return { appDir: cmsDir, distDir, compiled: false };

  mkdirSync(cacheRoot, { recursive: true });
  const partial = `${distDir}.partial-${process.pid}-${randomBytes(4).toString("hex")}`;
  const tsc = join(cmsDir, "node_modules", "typescript", "bin", "tsc");
  const args = [
    tsc,
    "-p",
    join(cmsDir, "tsconfig.json"),
    "--outDir",
    partial,
    "--incremental",
    "false",
    "--noEmitOnError",
    "false",
  ];
  try {
    await run(process.execPath, args, { cwd: cmsDir, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    // tsc exits 2 when there are type errors but still emits; only a missing output is fatal.
    const output = (error as { stdout?: string }).stdout ?? String(error);
    if (!existsSync(join(partial, "src", "index.js"))) {
      rmSync(partial, { recursive: true, force: true });
      throw new Error(`Compiling the CMS failed (cms/tsconfig.json):\n${output}`);
    }
    if (options.printDiagnostics !== false)
      console.warn(`[cms] TypeScript reported problems (the build continues):\n${output}`);
  }
  try {
    renameSync(partial, distDir);
  } catch {
    // Another process finished the same build first: use theirs.
    rmSync(partial, { recursive: true, force: true });
  }
  pruneOldBuilds(cacheRoot, distDir);
  return { appDir: cmsDir, distDir, compiled: true };
}

/** Drops builds of older sources after an hour (a running process may still use a recent one). */
export function pruneOldBuilds(cacheRoot: string, keep: string): void {
  const hourAgo = Date.now() - 60 * 60 * 1000;
  for (const name of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, name);
    if (path === keep) continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed concurrently by another process.
    }
  }
}
