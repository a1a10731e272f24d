/**
 * The stop page shows an audio guide's length before anything plays: the site reads it from the
 * file's header at build time. Checked against files ffmpeg writes in every format the CMS accepts
 * for audio guides (M4A, MP3 with and without a Xing header, Ogg Opus, Ogg Vorbis).
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ffmpegPath } from "../../scripts/src/shared/system-tools/ffmpeg-path.ts";
import { audioDurationSeconds } from "../../site/src/lib/audio-guide/audio-duration.ts";

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "audio-duration-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 7.3 s of tone (with an ID3 title where the format has one), encoded as asked. */
async function encode(name: string, args: string[]): Promise<Uint8Array> {
  const out = join(work, name);
  await run(ffmpegPath(), [
    "-hide_banner",
    "-loglevel",
    "error",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=330:duration=7.3:sample_rate=44100",
    "-metadata",
    "title=Audioguide",
    ...args,
    "-y",
    out,
  ]);
  return readFileSync(out);
}

describe("the length of an audio guide read from its header", () => {
  const formats: [string, string[]][] = [
    ["guide.m4a", ["-ac", "1", "-c:a", "aac", "-b:a", "48k"]],
    ["vbr.mp3", ["-c:a", "libmp3lame", "-q:a", "5"]],
    ["cbr.mp3", ["-c:a", "libmp3lame", "-b:a", "64k", "-write_xing", "0"]],
    ["guide.opus", ["-c:a", "libopus", "-b:a", "32k"]],
    ["guide.ogg", ["-c:a", "libvorbis", "-q:a", "2"]],
  ];
  for (const [name, args] of formats) {
    it(`reads ${name} to within a tenth of a second`, async () => {
      expect(audioDurationSeconds(await encode(name, args))).toBeCloseTo(7.3, 1);
    });
  }

  it("gives up quietly on a file that is no audio or is cut off", async () => {
    expect(audioDurationSeconds(new TextEncoder().encode("not an audio file at all"))).toBeUndefined();
    const m4a = await encode("cut.m4a", ["-c:a", "aac", "-movflags", "+faststart"]);
    expect(audioDurationSeconds(m4a.subarray(0, 40))).toBeUndefined();
  });
});
