/**
 * Encodes a synthetic test stream (ffmpeg test pattern and a sine tone) as HLS: H.264/AAC in
 * MPEG-TS segments, one media playlist per rendition and a master playlist. Nothing is fetched.
 */
import { execFile } from "node:child_process";
import { mkdir, open, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ffmpegPath as defaultFfmpeg } from "../../shared/system-tools/ffmpeg-path.ts";

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
  /** Default: FFMPEG_PATH, else the ffmpeg from npm (see system-tools/ffmpeg-path.ts). */
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
  // ffmpeg writes rendition i into folder "i" (the `name:` key of -var_stream_map and the master
  // playlist writer need ffmpeg >= 4.3; the npm ffmpeg is 4.1, whose master writer crashes), then the
  // folders get their names and the master playlist is written here.
  for (const rendition of renditions)
    await rm(join(outDir, rendition.name), { recursive: true, force: true });
  for (const index of renditions.keys()) await mkdir(join(outDir, String(index)), { recursive: true });
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
    `${AUDIO_KBPS}k`,
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
    "-var_stream_map",
    renditions.map((_, index) => `v:${index},a:${index}`).join(" "),
    join(outDir, "%v", options.playlistName),
  );
  try {
    await run(options.ffmpegPath ?? defaultFfmpeg(), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    throw new Error(
      `encodeHls: ffmpeg failed writing ${outDir}: ${detail}\nFFMPEG_PATH, when set, must name an ffmpeg with libx264 and aac.`,
    );
  }
  const variants: string[] = [];
  for (const [index, rendition] of renditions.entries()) {
    await rename(join(outDir, String(index)), join(outDir, rendition.name));
    const codec = await avcCodecOf(join(outDir, rendition.name, "seg_000.ts"));
    const bandwidth = Math.round((rendition.videoKbps + AUDIO_KBPS) * 1000 * 1.1);
    variants.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${rendition.width}x${rendition.height},CODECS="${codec},mp4a.40.2"`,
      `${rendition.name}/${options.playlistName}`,
    );
  }
  await writeFile(join(outDir, "master.m3u8"), ["#EXTM3U", "#EXT-X-VERSION:3", ...variants, ""].join("\n"));
}

const AUDIO_KBPS = 96;

/** The RFC 6381 codec name ("avc1.4d401e") from the first H.264 sequence parameter set in a segment. */
async function avcCodecOf(segment: string): Promise<string> {
  const file = await open(segment, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    for (let i = 0; i + 6 < bytesRead; i++) {
      // Start code 00 00 01, then a NAL header of type 7 (SPS): profile, constraints, level follow.
      if (
        buffer[i] === 0 &&
        buffer[i + 1] === 0 &&
        buffer[i + 2] === 1 &&
        ((buffer[i + 3] ?? 0) & 0x1f) === 7
      ) {
        const hex = [buffer[i + 4], buffer[i + 5], buffer[i + 6]].map((b) =>
          (b ?? 0).toString(16).padStart(2, "0"),
        );
        return `avc1.${hex.join("")}`;
      }
    }
  } finally {
    await file.close();
  }
  throw new Error(`encodeHls: no H.264 sequence parameter set in ${segment}`);
}

/** A still image from the pattern, used as the poster of the demo stream. */
export async function writePoster(file: string, pattern: string, ffmpegPath?: string): Promise<void> {
  await run(ffmpegPath ?? defaultFfmpeg(), [
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
