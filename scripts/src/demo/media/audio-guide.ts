/**
 * Demo audio guides: a short chime (two sine tones) encoded as MP3 with ffmpeg. No speech engine is
 * assumed on the machine, so the file is a placeholder and its transcript says so; a real guide
 * replaces the file in the media library.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ffmpegPath as defaultFfmpeg } from "../../shared/system-tools/ffmpeg-path.ts";

const run = promisify(execFile);

export interface AudioGuideOptions {
  /** Pitch of the first tone; the second is a fifth above. */
  frequencyHz: number;
  seconds: number;
  /** Default: FFMPEG_PATH, else the ffmpeg from npm (see system-tools/ffmpeg-path.ts). */
  ffmpegPath?: string;
}

export const AUDIO_GUIDE_DEFAULTS: AudioGuideOptions = { frequencyHz: 440, seconds: 4 };

/**
 * Renders a demo audio guide as MP3 (mono, 64 kbit/s, metadata stripped so reruns are identical).
 *
 * ```ts
 * const mp3 = await renderAudioGuide({ frequencyHz: 523 });
 * ```
 */
export async function renderAudioGuide(options: Partial<AudioGuideOptions> = {}): Promise<Buffer> {
  const { frequencyHz, seconds } = { ...AUDIO_GUIDE_DEFAULTS, ...options };
  const ffmpegPath = options.ffmpegPath ?? defaultFfmpeg();
  const dir = await mkdtemp(join(tmpdir(), "showroom-audio-"));
  const out = join(dir, "guide.mp3");
  const half = seconds / 2;
  const fade = `afade=t=in:d=0.05,afade=t=out:st=${half - 0.4}:d=0.4,volume=0.4`;
  try {
    await run(ffmpegPath, [
      "-hide_banner",
      "-loglevel",
      "error",
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=${frequencyHz}:duration=${half}:sample_rate=44100`,
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=${Math.round(frequencyHz * 1.5)}:duration=${half}:sample_rate=44100`,
      "-filter_complex",
      `[0]${fade}[a];[1]${fade}[b];[a][b]concat=n=2:v=0:a=1[out]`,
      "-map",
      "[out]",
      "-ac",
      "1",
      "-c:a",
      "libmp3lame",
      "-b:a",
      "64k",
      "-map_metadata",
      "-1",
      "-fflags",
      "+bitexact",
      "-flags:a",
      "+bitexact",
      "-y",
      out,
    ]);
    return await readFile(out);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new Error(
        `Audio guide: ffmpeg not found ("${ffmpegPath}"): set FFMPEG_PATH to an ffmpeg, or run \`npm install\` again to get the one from npm.`,
      );
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
