/**
 * The demo HLS streams for the stream tests, generated once into the temp dir (shared by test
 * files; a lock keeps two files from generating at the same time).
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DEMO_STREAMS_VERSION,
  type DemoStreamManifest,
  ensureDemoStreams,
} from "../../../scripts/src/demo/hls/demo-streams.ts";

export const streamsDir = join(tmpdir(), `showroom-hls-streams-v${DEMO_STREAMS_VERSION}`);

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = `${streamsDir}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() - started > 10 * 60_000)
        throw new Error(`stream generation lock ${lock} held for 10 minutes`);
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Generates the demo streams when missing; returns their manifests by name. */
export function testStreams(): Promise<Record<string, DemoStreamManifest>> {
  return withLock(() => ensureDemoStreams(streamsDir));
}
