/**
 * Encodes a synthetic test stream (ffmpeg test pattern and a sine tone) as HLS: H.264/AAC in
 * MPEG-TS segments, one media playlist per rendition and a master playlist. Nothing is fetched.
 */
import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface Rendition {
  /** Folder and label, e.g. "360p". */
  name: string;
  width: number;
  height: number;
  videoKbps: number;
}

export interface EncodeHlsOptions {
  /** Output folder; receives master.m3u8 and one folder per rendition. */
  outDir: string;
  durationSeconds: number;
  /** Length of one segment; keyframes are forced on these boundaries. */
  segmentSeconds: number;
  renditions: readonly Rendition[];
  /** lavfi video source, e.g. "testsrc" or "smptebars". */
  pattern: string;
  toneHz: number;
  /** Media playlist file name inside each rendition folder. */
  playlistName: string;
  /** "vod" adds EXT-X-ENDLIST; "event" leaves it out, so players treat the stream as live. */
  playlistType: "vod" | "event";
  ffmpegPath?: string;
}

export const ENCODE_HLS_DEFAULTS = {
  segmentSeconds: 2,
  renditions: [
    { name: "360p", width: 640, height: 360, videoKbps: 700 },
    { name: "240p", width: 426, height: 240, videoKbps: 300 },
  ],
  pattern: "testsrc",
  toneHz: 440,
  playlistName: "index.m3u8",
  playlistType: "vod",
} as const satisfies Partial<EncodeHlsOptions>;

/**
 * Runs one ffmpeg pass that writes every rendition. Usage:
 * `await encodeHls({ ...ENCODE_HLS_DEFAULTS, outDir: "out/vod", durationSeconds: 30 })`.
 */
export async function encodeHls(options: EncodeHlsOptions): Promise<void> {
  const { outDir, renditions, segmentSeconds: seg } = options;
  const fps = 25;
  for (const rendition of renditions) await mkdir(join(outDir, rendition.name), { recursive: true });
  const largest = renditions[0];
  if (!largest) throw new Error("encodeHls: at least one rendition is needed");
  const splits = renditions.map((_, index) => `[s${index}]`).join("");
  const scales = renditions
    .map((r, index) => `[s${index}]scale=${r.width}:${r.height},setsar=1[v${index}]`)
    .join(";");
  const args = [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `${options.pattern}=size=${largest.width}x${largest.height}:rate=${fps}:duration=${options.durationSeconds}`,
    "-f",
    "lavfi",
    "-i",
    `sine=frequency=${options.toneHz}:sample_rate=48000:duration=${options.durationSeconds}`,
    "-filter_complex",
    `[0:v]split=${renditions.length}${splits};${scales}`,
  ];
  renditions.forEach((rendition, index) => {
    args.push("-map", `[v${index}]`, "-map", "1:a");
    args.push(`-b:v:${index}`, `${rendition.videoKbps}k`, `-maxrate:v:${index}`, `${rendition.videoKbps}k`);
    args.push(`-bufsize:v:${index}`, `${rendition.videoKbps * 2}k`);
  });
  args.push(
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-profile:v",
    "main",
    "-pix_fmt",
    "yuv420p",
    // Every segment starts with a keyframe, so players can switch quality and seek on any segment.
    "-force_key_frames",
    `expr:gte(t,n_forced*${seg})`,
    "-sc_threshold",
    "0",
    "-c:a",
    "aac",
    "-b:a",
    "96k",
    "-ac",
    "2",
    "-f",
    "hls",
    "-hls_time",
    String(seg),
    "-hls_list_size",
    "0",
    "-hls_playlist_type",
    options.playlistType,
    "-hls_segment_filename",
    join(outDir, "%v", "seg_%03d.ts"),
    "-master_pl_name",
    "master.m3u8",
    "-var_stream_map",
    renditions.map((r, index) => `v:${index},a:${index},name:${r.name}`).join(" "),
    join(outDir, "%v", options.playlistName),
  );
  try {
    await run(options.ffmpegPath ?? "ffmpeg", args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    throw new Error(
      `encodeHls: ffmpeg failed writing ${outDir}: ${detail}\nIs ffmpeg (with libx264) installed?`,
    );
  }
}

/** A still image from the pattern, used as the poster of the demo stream. */
export async function writePoster(file: string, pattern: string, ffmpegPath = "ffmpeg"): Promise<void> {
  await run(ffmpegPath, [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `${pattern}=size=640x360:rate=25:duration=2`,
    "-ss",
    "1",
    "-frames:v",
    "1",
    "-q:v",
    "4",
    file,
  ]);
}
