/**
 * Build-time facts about an audio guide file: it lies in the content snapshot under the same path
 * the page links (`/media/<file>`), so its header can be read before the page is written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { resolvedSnapshotDir } from "../content/config.ts";
import { audioDurationSeconds } from "./audio-duration.ts";

const durations = new Map<string, number | undefined>();

/** Seconds of the snapshot's file behind a `/media/…` URL; undefined when it cannot be read. */
export function audioFileDuration(url: string): number | undefined {
  if (!durations.has(url)) {
    let seconds: number | undefined;
    try {
      seconds = audioDurationSeconds(readFileSync(join(resolvedSnapshotDir(), url.replace(/^\/+/, ""))));
    } catch {
      // A missing file already fails the build in the content loader (lib/content/media.ts).
      seconds = undefined;
    }
    durations.set(url, seconds);
  }
  return durations.get(url);
}
