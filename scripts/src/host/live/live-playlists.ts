/**
 * The playlists the ingest writes around ffmpeg's segments: ffmpeg writes the complete list of a
 * session (`video/recording.m3u8`, with a program date-time per segment); from it come the live
 * window players load (`video/index.m3u8`), the caption playlists (`subs/…`, one WebVTT segment per
 * video segment) and the two master playlists (`master.m3u8` live, `recording.m3u8` afterwards).
 */

export interface VideoSegment {
  sequence: number;
  uri: string;
  duration: number;
  /** Wall-clock time of the segment's first frame (EXT-X-PROGRAM-DATE-TIME), epoch ms. */
  programTime: number;
}

/** Segments of an ffmpeg HLS playlist; `ended` once it carries EXT-X-ENDLIST. */
export function parseMediaPlaylist(text: string): { segments: VideoSegment[]; ended: boolean } {
  const segments: VideoSegment[] = [];
  let programTime = Number.NaN;
  let duration = 0;
  let sequence = 0;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith("#EXT-X-MEDIA-SEQUENCE:")) sequence = Number(line.split(":")[1]);
    else if (line.startsWith("#EXT-X-PROGRAM-DATE-TIME:"))
      programTime = Date.parse(line.slice("#EXT-X-PROGRAM-DATE-TIME:".length));
    else if (line.startsWith("#EXTINF:")) duration = Number.parseFloat(line.slice(8));
    else if (line && !line.startsWith("#")) {
      const previous = segments.at(-1);
      const time = Number.isFinite(programTime)
        ? programTime
        : previous
          ? previous.programTime + previous.duration * 1000
          : 0;
      segments.push({ sequence: sequence++, uri: line, duration, programTime: time });
      programTime = Number.NaN;
    }
  }
  return { segments, ended: /#EXT-X-ENDLIST/.test(text) };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A media playlist over `segments` (a live window, or everything with `ended`). */
export function mediaPlaylist(
  segments: readonly VideoSegment[],
  options: { ended: boolean; uri?: (segment: VideoSegment) => string },
): string {
  const target = Math.max(1, Math.ceil(Math.max(0, ...segments.map((s) => s.duration))));
  const lines = ["#EXTM3U", "#EXT-X-VERSION:3", `#EXT-X-TARGETDURATION:${target}`];
  lines.push(`#EXT-X-MEDIA-SEQUENCE:${segments[0]?.sequence ?? 0}`);
  for (const segment of segments) {
    lines.push(`#EXT-X-PROGRAM-DATE-TIME:${iso(segment.programTime)}`);
    lines.push(`#EXTINF:${segment.duration.toFixed(6)},`, options.uri ? options.uri(segment) : segment.uri);
  }
  if (options.ended) lines.push("#EXT-X-ENDLIST");
  return `${lines.join("\n")}\n`;
}

/** Master playlist: the video playlist with a German caption rendition carried in the stream. */
export function masterPlaylist(video: string, subtitles: string, captionLabel = "Deutsch (live)"): string {
  return [
    "#EXTM3U",
    "#EXT-X-VERSION:3",
    `#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="${captionLabel}",LANGUAGE="de",DEFAULT=YES,AUTOSELECT=YES,URI="${subtitles}"`,
    `#EXT-X-STREAM-INF:BANDWIDTH=2500000,SUBTITLES="subs"`,
    video,
    "",
  ].join("\n");
}

export interface LiveCue {
  /** Wall-clock time the caption was typed (it belongs to what happened then), epoch ms. */
  at: number;
  text: string;
  /** Set once the cue is in a WebVTT segment. */
  emitted?: boolean;
}

/**
 * Program date-times from the session's own clock: the first segment starts when the publisher
 * started sending (ffmpeg's own date-times start only after it has probed the input, seconds later,
 * which would put typed captions next to earlier pictures).
 */
export function retime(segments: readonly VideoSegment[], startedAt: number): VideoSegment[] {
  let time = startedAt;
  return segments.map((segment) => {
    const timed = { ...segment, programTime: time };
    time += segment.duration * 1000;
    return timed;
  });
}

/** How long a typed caption stays: long enough to read it, at most 7 s. */
export function cueDuration(text: string): number {
  return Math.min(7, Math.max(2.5, text.split(/\s+/).length * 0.45));
}

function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/**
 * The WebVTT segment that goes with one video segment: `cues` (the ones typed up to its end and not
 * yet in an earlier segment; one typed for a segment already published starts at this segment's
 * start instead of being lost), in seconds since the session's first frame, and the
 * X-TIMESTAMP-MAP that ties those seconds to the video's MPEG-TS clock (`firstPts` is the first
 * frame's PTS), which is how HLS players align captions.
 */
export function webvttSegment(
  segment: VideoSegment,
  cues: readonly LiveCue[],
  session: { startTime: number; firstPts: number },
): string {
  const local = (segment.programTime - session.startTime) / 1000;
  const pts = (session.firstPts + Math.round(local * 90_000)) % 2 ** 33;
  const lines = ["WEBVTT", `X-TIMESTAMP-MAP=MPEGTS:${pts},LOCAL:${vttTime(local)}`, ""];
  for (const cue of cues) {
    const start = (Math.max(cue.at, segment.programTime) - session.startTime) / 1000;
    lines.push(`${vttTime(start)} --> ${vttTime(start + cueDuration(cue.text))}`, escapeCue(cue.text), "");
  }
  return `${lines.join("\n")}\n`;
}

function escapeCue(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/-->/g, "→");
}

/** The PTS (90 kHz) of the first PES packet with a PTS in an MPEG-TS segment. */
export function firstPtsOf(ts: Buffer): number | undefined {
  for (let at = 0; at + 188 <= ts.length; at += 188) {
    if (ts[at] !== 0x47) continue;
    const flags = ts[at + 1] as number;
    if (!(flags & 0x40)) continue;
    const adaptation = ((ts[at + 3] as number) >> 4) & 0x3;
    let p = at + 4;
    if (adaptation === 2) continue;
    if (adaptation === 3) p += 1 + (ts[p] as number);
    if (ts[p] !== 0 || ts[p + 1] !== 0 || ts[p + 2] !== 1) continue;
    if (!((ts[p + 7] as number) & 0x80)) continue;
    const b = ts.subarray(p + 9, p + 14);
    return (
      ((b[0] as number) & 0x0e) * 2 ** 29 +
      (b[1] as number) * 2 ** 22 +
      ((b[2] as number) >> 1) * 2 ** 15 +
      (b[3] as number) * 2 ** 7 +
      ((b[4] as number) >> 1)
    );
  }
  return undefined;
}
