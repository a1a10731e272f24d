/**
 * `npm run bench`: runs every package's bench (see commands.ts) one after another, so their
 * timings don't disturb each other, and exits non-zero when one fails.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { BENCH_COMMANDS } from "./commands.ts";

const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");
const only = process.argv.slice(2);
const failed: string[] = [];
for (const bench of BENCH_COMMANDS) {
  if (only.length && !only.includes(bench.name)) continue;
  console.log(`\n=== bench: ${bench.name} (${bench.command}) ===`);
  const started = Date.now();
  const result = spawnSync(bench.command, { cwd: repoRoot, stdio: "inherit", shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) failed.push(bench.name);
  console.log(
    `=== ${bench.name}: ${result.status === 0 ? "done" : `FAILED (exit ${result.status})`} in ${seconds} s ===`,
  );
}
if (failed.length) {
  console.error(`\nbench failed: ${failed.join(", ")}`);
  process.exit(1);
}
