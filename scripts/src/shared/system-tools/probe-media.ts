/**
 * What a media file holds, read from `ffmpeg -i` (the npm package brings ffmpeg but no ffprobe, and
 * a bare machine has no other): container, duration and each stream's codec (and picture size).
 *
 * ```ts
 * const { format, durationSeconds, streams } = await probeMedia("a.mp3");
 * ```
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ffmpegPath } from "./ffmpeg-path.ts";

const run = promisify(execFile);

export interface ProbedStream {
  codec_type: "video" | "audio" | "subtitle" | "data";
  codec_name: string;
  width?: number;
  height?: number;
}

export interface ProbedMedia {
  /** ffmpeg's demuxer name: "mp3", "mpegts", "ogg", … */
  format: string;
  durationSeconds: number | undefined;
  streams: ProbedStream[];
}

/** Parses the input description ffmpeg prints to stderr. */
export function parseFfmpegInfo(stderr: string): ProbedMedia {
  const format = /^Input #0, ([^,]+),/m.exec(stderr)?.[1];
  if (!format) throw new Error(`probeMedia: ffmpeg described no input:\n${stderr.slice(0, 500)}`);
  const duration = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr);
  const streams: ProbedStream[] = [];
  for (const match of stderr.matchAll(/Stream #0:\d+[^:]*: (Video|Audio|Subtitle|Data): (\w+)([^\n]*)/g)) {
    const stream: ProbedStream = {
      codec_type: (match[1] ?? "").toLowerCase() as ProbedStream["codec_type"],
      codec_name: match[2] ?? "",
    };
    const size = /, (\d{2,5})x(\d{2,5})/.exec(match[3] ?? "");
    if (size) Object.assign(stream, { width: Number(size[1]), height: Number(size[2]) });
    streams.push(stream);
  }
  return {
    format,
    durationSeconds: duration
      ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3])
      : undefined,
    streams,
  };
}

export async function probeMedia(file: string): Promise<ProbedMedia> {
  // Without an output ffmpeg exits with 1 after describing the input: the description is the result.
  const stderr = await run(ffmpegPath(), ["-hide_banner", "-i", file]).then(
    (result) => result.stderr,
    (error: { stderr?: string }) => error.stderr ?? "",
  );
  return parseFfmpegInfo(stderr);
}
