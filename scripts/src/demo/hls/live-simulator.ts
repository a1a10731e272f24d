/**
 * Serves a recorded HLS stream as if it were live: each rendition's media playlist is a sliding
 * window that reveals one more segment every segment duration, the way a live encoder publishes.
 * It plugs into any Node HTTP server as a request hook (`(req, res) => handled`), e.g. the
 * `intercept` option of the tests' static server or the demo server. Only playlists are generated;
 * segments and the master playlist are the files written by `encodeHls` and served as they are.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";

export interface LiveSimulatorOptions {
  /** Folder of the stream on disk (master.m3u8 and one folder per rendition). */
  streamDir: string;
  /** URL path of that folder, e.g. "/media/streams/live/". */
  urlPrefix: string;
  /** Media playlist name the master refers to (generated here), e.g. "index.m3u8". */
  playlistName: string;
  /** The full list of segments on disk, per rendition folder, e.g. "all.m3u8". */
  sourcePlaylistName: string;
  /** When the broadcast starts (epoch ms); before that the playlists answer 404. */
  startedAt: number;
  /** Segments listed in each window. */
  windowSegments?: number;
  /** Start over from the first segment at the end (a stream that never ends) instead of ending. */
  loop?: boolean;
  /** The clock; tests pass their own. */
  now?: () => number;
}

interface SourceSegment {
  duration: number;
  uri: string;
}

function readSegments(file: string): { target: number; segments: SourceSegment[] } {
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  const segments: SourceSegment[] = [];
  let target = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.startsWith("#EXT-X-TARGETDURATION:")) target = Number(line.split(":")[1]);
    if (line.startsWith("#EXTINF:")) {
      const duration = Number.parseFloat(line.slice("#EXTINF:".length));
      const uri = lines[index + 1]?.trim();
      if (uri) segments.push({ duration, uri });
    }
  }
  if (segments.length === 0)
    throw new Error(`live-simulator: no segments in ${file}; run the HLS generator first`);
  return { target: target || Math.ceil(Math.max(...segments.map((s) => s.duration))), segments };
}

/** The live media playlist at `elapsedMs` after the start, or undefined before the start. */
export function livePlaylist(
  source: { target: number; segments: SourceSegment[] },
  elapsedMs: number,
  windowSegments: number,
  loop: boolean,
): string | undefined {
  if (elapsedMs < 0) return undefined;
  const { segments, target } = source;
  const count = segments.length;
  // Joining a running broadcast: the first window is there at once, one more segment per duration.
  const segmentMs = (segments[0]?.duration ?? target) * 1000;
  let published = windowSegments + Math.floor(elapsedMs / segmentMs);
  const ended = !loop && published >= count;
  if (!loop) published = Math.min(published, count);
  const first = Math.max(0, published - windowSegments);
  const lines = ["#EXTM3U", "#EXT-X-VERSION:3", `#EXT-X-TARGETDURATION:${target}`];
  lines.push(`#EXT-X-MEDIA-SEQUENCE:${first}`);
  // Each pass through the loop is a new timeline for the player.
  lines.push(`#EXT-X-DISCONTINUITY-SEQUENCE:${Math.floor(first / count)}`);
  for (let sequence = first; sequence < published; sequence += 1) {
    const segment = segments[sequence % count] as SourceSegment;
    if (sequence > first && sequence % count === 0) lines.push("#EXT-X-DISCONTINUITY");
    lines.push(`#EXTINF:${segment.duration.toFixed(6)},`, segment.uri);
  }
  if (ended) lines.push("#EXT-X-ENDLIST");
  return `${lines.join("\n")}\n`;
}

/** A request hook that answers the live media playlists of one stream; other requests pass through. */
export function liveSimulator(
  options: LiveSimulatorOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const now = options.now ?? Date.now;
  const windowSegments = options.windowSegments ?? 6;
  const cache = new Map<string, ReturnType<typeof readSegments>>();
  const prefix = options.urlPrefix.endsWith("/") ? options.urlPrefix : `${options.urlPrefix}/`;
  return (req, res) => {
    const path = new URL(req.url ?? "/", "http://local").pathname;
    if (!path.startsWith(prefix) || !path.endsWith(`/${options.playlistName}`)) return false;
    const rendition = path.slice(prefix.length, -options.playlistName.length - 1);
    if (!/^[\w-]+$/.test(rendition)) return false;
    let source = cache.get(rendition);
    if (!source) {
      try {
        source = readSegments(join(options.streamDir, rendition, options.sourcePlaylistName));
      } catch {
        return false;
      }
      cache.set(rendition, source);
    }
    const body = livePlaylist(source, now() - options.startedAt, windowSegments, options.loop ?? false);
    if (body === undefined) {
      res.writeHead(404, { "content-type": "text/plain", "cache-control": "no-store" }).end("not started");
      return true;
    }
    res
      .writeHead(200, { "content-type": "application/vnd.apple.mpegurl", "cache-control": "no-store" })
      .end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
