#!/usr/bin/env node
// Generates the demo HLS test streams: `node scripts/src/demo/hls/cli.ts --out <dir> [--force]`.
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { DEMO_STREAMS, ensureDemoStreams } from "./demo-streams.ts";

const program = new Command()
  .name("hls")
  .description(
    "Writes short HLS test streams (ffmpeg test pattern, sine tone, WebVTT captions) for the demo.",
  )
  .requiredOption("--out <dir>", "folder that receives one folder per stream, e.g. site/public/media/streams")
  .option("--force", "regenerate streams that already exist", false)
  .parse();

const { out, force } = program.opts<{ out: string; force: boolean }>();
const dir = resolve(out);
if (force)
  for (const stream of DEMO_STREAMS) await rm(join(dir, stream.name), { recursive: true, force: true });
const manifests = await ensureDemoStreams(dir, { log: (line) => console.log(line) });
for (const manifest of Object.values(manifests)) {
  console.log(
    `${join(dir, manifest.name, manifest.master)}  ${manifest.kind}, ${manifest.durationSeconds} s`,
  );
}
