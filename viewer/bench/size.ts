/**
 * Bundle-size benchmark: builds the two browser entries the site uses for production (Vite) and
 * prints the gzip size of what each loads, against the budget. Exit code 1 when over budget.
 *   node viewer/bench/size.ts [--json]
 * "poster-first" is all the JS an object page loads before the visitor asks for 3D;
 * "mount" is everything loaded when they do (decoder modules are split off and listed apart,
 * because they load only for files that need them).
 */

import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

// Viewer JS all-in, decoders apart: 230 KB gzip is about 1.2 s on the slow-mobile profile, a quarter
// of the 5 s a visitor may wait from the click to the first 3D frame.
export const BUDGET_KB = 230;
const viewerDir = resolve(import.meta.dirname, "..");

export interface SizeReport {
  posterFirstKb: number;
  mountKb: number;
  totalKb: number;
  lazyChunks: Array<{ name: string; kb: number }>;
  budgetKb: number;
}

type Chunk = Rolldown.OutputChunk;

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Gzip size of a chunk plus every chunk it imports statically (what the browser must load). */
function staticClosure(entry: Chunk, chunks: Map<string, Chunk>): Set<Chunk> {
  const seen = new Set<Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const name of chunk.imports) {
      const next = chunks.get(name);
      if (next) visit(next);
    }
  };
  visit(entry);
  return seen;
}

export async function measureViewerSize(): Promise<SizeReport> {
  const result = await build({
    root: viewerDir,
    configFile: false,
    logLevel: "silent",
    mode: "production",
    // What the site ships: a runner's NODE_ENV (vitest sets "test") would pull in React's dev build.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: {
          "poster-first": join(viewerDir, "src/poster-first.ts"),
          mount: join(viewerDir, "src/mount.ts"),
        },
        preserveEntrySignatures: "exports-only",
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = new Map<string, Chunk>();
  for (const output of outputs) {
    for (const item of output.output) if (item.type === "chunk") chunks.set(item.fileName, item);
  }
  const size = (set: Set<Chunk>) =>
    [...set].reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  const entry = (name: string) => {
    const chunk = [...chunks.values()].find((item) => item.isEntry && item.name === name);
    if (!chunk) throw new Error(`bench: the build has no entry chunk "${name}"`);
    return chunk;
  };
  const poster = staticClosure(entry("poster-first"), chunks);
  const mount = staticClosure(entry("mount"), chunks);
  const loaded = new Set([...poster, ...mount]);
  const lazyChunks = [...chunks.values()]
    .filter((chunk) => !loaded.has(chunk))
    .map((chunk) => ({ name: chunk.fileName, kb: kb(gzipSync(chunk.code, { level: 9 }).length) }));
  return {
    posterFirstKb: kb(size(poster)),
    mountKb: kb(size(mount)),
    totalKb: kb(size(loaded)),
    lazyChunks,
    budgetKb: BUDGET_KB,
  };
}

if (import.meta.main) {
  const report = await measureViewerSize();
  if (process.argv.includes("--json")) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`poster-first (before the visitor asks for 3D): ${report.posterFirstKb} KB gzip`);
    console.log(`mount (three.js, R3F, viewer; on request):      ${report.mountKb} KB gzip`);
    console.log(
      `all viewer JS, decoders excluded:               ${report.totalKb} KB gzip (budget ${BUDGET_KB} KB)`,
    );
    for (const chunk of report.lazyChunks)
      console.log(`  lazy, only for files that need it: ${chunk.name} ${chunk.kb} KB`);
  }
  if (report.totalKb > BUDGET_KB) {
    console.error(`Over budget: ${report.totalKb} KB > ${BUDGET_KB} KB`);
    process.exit(1);
  }
}
