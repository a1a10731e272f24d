/**
 * The live ingest staff point OBS or a phone app at: `rtmp://<host>:<port>/live` with the event's
 * stream key (from the CMS). Per connection it starts one ffmpeg in RTMP listen mode on a private
 * port and passes the bytes through an RtmpPublishGate: the stream key is checked with the CMS
 * before ffmpeg sees the publish command, so a wrong key gets nothing written. ffmpeg copies the
 * stream (no re-encoding) into HLS segments; live-playlists.ts writes the live window, the caption
 * rendition and the recording playlists; the CMS hears when a stream starts and ends.
 *
 * Layout below `liveDir` (served as `urlPrefix`, e.g. /media/live/):
 *   sessions/<id>/master.m3u8      live master (video window + captions)
 *   sessions/<id>/recording.m3u8   the whole session, complete when the stream ended
 *   <event slug> -> sessions/<id>  the event's newest session (its hlsUrl is <slug>/master.m3u8)
 *   status.json                    which events are live now (the player's "LIVE" badge)
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { ffmpegPath as defaultFfmpeg } from "../../shared/system-tools/ffmpeg-path.ts";
import {
  firstPtsOf,
  type LiveCue,
  masterPlaylist,
  mediaPlaylist,
  parseMediaPlaylist,
  retime,
  type VideoSegment,
  webvttSegment,
} from "./live-playlists.ts";
import { RtmpPublishGate } from "./rtmp-publish-gate.ts";

export interface LiveIngestOptions {
  /** Folder the site serves at `urlPrefix`. */
  liveDir: string;
  urlPrefix: string;
  /** RTMP port (1935 is the standard); 0 = a free one (tests). */
  port: number;
  host?: string;
  /** The CMS that knows the stream keys, and the shared secret of its ingest endpoints. */
  cms: { url: string; secret: string };
  /** Live window in segments. */
  windowSegments?: number;
  ffmpegPath?: string;
  log?: (line: string) => void;
}

export interface LiveEvent {
  documentId: string;
  slug: string;
  title: string;
}

export interface LiveIngest {
  /** The RTMP address staff enter as "server" (the stream key goes in the key field). */
  ingestUrl: string;
  port: number;
  /** Adds a typed caption to the running stream of an event; false when it is not live. */
  addCaption(documentId: string, text: string, at?: number): boolean;
  /** Request hook for the site server: serves `urlPrefix` from `liveDir`, playlists uncached. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  /** Resolves when every running session has finished (recording attached). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

interface Session {
  id: string;
  dir: string;
  event: LiveEvent;
  cues: LiveCue[];
  written: number;
  /** When the publisher started sending (epoch ms): the program time of the first frame. */
  startTime: number;
  firstPts?: number;
}

export async function startLiveIngest(options: LiveIngestOptions): Promise<LiveIngest> {
  const log = options.log ?? ((line: string) => console.log(line));
  const ffmpeg = options.ffmpegPath ?? defaultFfmpeg();
  const windowSegments = options.windowSegments ?? 6;
  const prefix = options.urlPrefix.endsWith("/") ? options.urlPrefix : `${options.urlPrefix}/`;
  await mkdir(join(options.liveDir, "sessions"), { recursive: true });
  const live = new Map<string, Session>();
  const running = new Set<Promise<void>>();
  const sockets = new Set<Socket>();
  const children = new Set<ChildProcess>();

  async function cmsCall(path: string, body: unknown): Promise<Response> {
    return fetch(`${options.cms.url}/live/ingest/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${options.cms.secret}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  }

  async function writeStatus() {
    const events = [...live.values()].map((s) => ({
      documentId: s.event.documentId,
      slug: s.event.slug,
      hlsUrl: `${prefix}${s.event.slug}/master.m3u8`,
      since: new Date(s.startTime).toISOString(),
    }));
    const file = join(options.liveDir, "status.json");
    await writeFile(`${file}.tmp`, JSON.stringify({ live: events }));
    await rename(`${file}.tmp`, file);
  }

  async function writeAtomic(file: string, text: string) {
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  }

  /** Brings the session's own playlists up to ffmpeg's; `ended` closes them. */
  async function updatePlaylists(session: Session, ended: boolean) {
    let text: string;
    try {
      text = await readFile(join(session.dir, "video", "recording.m3u8"), "utf8");
    } catch {
      return;
    }
    const segments = retime(parseMediaPlaylist(text).segments, session.startTime);
    const first = segments[0];
    if (!first) return;
    session.firstPts ??= firstPtsOf(await readFile(join(session.dir, "video", first.uri))) ?? 0;
    const timing = { startTime: session.startTime, firstPts: session.firstPts };
    for (const [index, segment] of segments.entries()) {
      if (index < session.written) continue;
      const last = ended && index === segments.length - 1;
      const due = session.cues.filter(
        (cue) => !cue.emitted && (last || cue.at < segment.programTime + segment.duration * 1000),
      );
      for (const cue of due) cue.emitted = true;
      await writeFile(join(session.dir, "subs", vttName(segment)), webvttSegment(segment, due, timing));
    }
    session.written = segments.length;
    const window = ended ? segments : segments.slice(-windowSegments);
    await writeAtomic(join(session.dir, "video", "index.m3u8"), mediaPlaylist(window, { ended }));
    await writeAtomic(
      join(session.dir, "subs", "index.m3u8"),
      mediaPlaylist(window, { ended, uri: vttName }),
    );
    if (ended) {
      await writeAtomic(
        join(session.dir, "subs", "recording.m3u8"),
        mediaPlaylist(segments, { ended, uri: vttName }),
      );
      await writeAtomic(
        join(session.dir, "recording.m3u8"),
        masterPlaylist("video/recording.m3u8", "subs/recording.m3u8", "Deutsch"),
      );
    }
  }

  async function runSession(client: Socket) {
    const address = `${client.remoteAddress}:${client.remotePort}`;
    const id = `${new Date().toISOString().replace(/[-:]/g, "").slice(0, 15)}-${randomBytes(3).toString("hex")}`;
    const dir = join(options.liveDir, "sessions", id);
    const innerPort = await freePort();
    const child = spawn(
      ffmpeg,
      [
        "-hide_banner",
        "-loglevel",
        "error",
        "-listen",
        "1",
        "-i",
        `rtmp://127.0.0.1:${innerPort}/live/stream`,
        "-map",
        "0",
        "-c",
        "copy",
        "-f",
        "hls",
        "-hls_time",
        "1",
        "-hls_list_size",
        "0",
        "-hls_playlist_type",
        "event",
        "-hls_flags",
        "program_date_time+independent_segments",
        "-hls_segment_filename",
        join(dir, "video", "seg_%05d.ts"),
        join(dir, "video", "recording.m3u8"),
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    children.add(child);
    let stderr = "";
    child.stderr?.on("data", (data: Buffer) => {
      stderr = (stderr + data.toString()).slice(-2000);
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    const upstream = await connectWithRetry(innerPort, exited);
    if (!upstream) {
      client.destroy();
      log(`live: ffmpeg did not start for ${address}: ${stderr.trim() || "no output"}`);
      children.delete(child);
      return;
    }
    sockets.add(upstream);
    upstream.pipe(client);
    const gate = new RtmpPublishGate();
    let session: Session | undefined;
    let passThrough = false;
    const stop = () => {
      client.destroy();
      upstream.destroy();
      child.kill("SIGKILL");
    };
    client.on("error", () => upstream.end());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.end());
    if (client.destroyed) stop();
    // A connection that never publishes (a port scanner, a stalled app) must not keep ffmpeg waiting.
    const publishTimeout = setTimeout(() => {
      if (!session) {
        log(`live: dropped a connection from ${address}: no publish within 15 s`);
        stop();
      }
    }, 15_000);

    const onData = async (data: Buffer) => {
      if (passThrough) return void upstream.write(data);
      const step = gate.push(data);
      if (step.kind === "forward") return void upstream.write(step.bytes);
      if (step.kind === "invalid") {
        log(`live: dropped a connection from ${address}: ${step.reason}`);
        return stop();
      }
      client.pause();
      upstream.write(step.before);
      const event = await authorize(step.streamKey);
      if (!event) {
        log(
          `live: refused a stream from ${address}: the stream key "${step.streamKey.slice(0, 4)}…" belongs to no event. Copy the key from the event's "Stream key" field in the CMS.`,
        );
        return stop();
      }
      if (live.has(event.documentId)) {
        log(`live: refused a second stream for "${event.title}" from ${address}: it is live already.`);
        return stop();
      }
      await mkdir(join(dir, "video"), { recursive: true });
      await mkdir(join(dir, "subs"), { recursive: true });
      await writeFile(join(dir, "master.m3u8"), masterPlaylist("video/index.m3u8", "subs/index.m3u8"));
      const link = join(options.liveDir, event.slug);
      await rm(link, { force: true, recursive: false }).catch(() => undefined);
      await symlink(join("sessions", id), link);
      session = { id, dir, event, cues: [], written: 0, startTime: Date.now() };
      live.set(event.documentId, session);
      passThrough = true;
      client.off("data", onDataSync);
      client.on("data", (more: Buffer) => upstream.write(more));
      upstream.write(step.held);
      client.resume();
      log(`live: "${event.title}" is live from ${address} (session ${id}).`);
      await writeStatus();
      await cmsCall("started", { documentId: event.documentId, hlsUrl: `${prefix}${event.slug}/master.m3u8` })
        .then((r) => r.ok || log(`live: the CMS answered ${r.status} to "started" for "${event.title}".`))
        .catch((error: Error) =>
          log(`live: could not tell the CMS that "${event.title}" started: ${error.message}`),
        );
    };
    let queue = Promise.resolve();
    const onDataSync = (data: Buffer) => {
      queue = queue
        .then(() => onData(data))
        .catch((error: Error) => {
          log(`live: ${address}: ${error.message}`);
          stop();
        });
    };
    client.on("data", onDataSync);

    const timer = setInterval(() => {
      if (session) void updatePlaylists(session, false).catch(() => undefined);
    }, 250);
    const code = await exited;
    clearInterval(timer);
    clearTimeout(publishTimeout);
    children.delete(child);
    sockets.delete(upstream);
    client.destroy();
    if (!session) return;
    await updatePlaylists(session, true);
    live.delete(session.event.documentId);
    await writeStatus();
    const recordingUrl = `${prefix}sessions/${id}/recording.m3u8`;
    const hasVideo = session.written > 0;
    log(
      `live: "${session.event.title}" ended (ffmpeg exit ${code}${stderr.trim() ? `: ${stderr.trim().split("\n").at(-1)}` : ""}); ${hasVideo ? `recording ${recordingUrl}` : "nothing was recorded"}.`,
    );
    if (!hasVideo) return;
    const response = await cmsCall("ended", { documentId: session.event.documentId, recordingUrl }).catch(
      (error: Error) => error,
    );
    if (response instanceof Error || !response.ok) {
      log(
        `live: could not attach the recording to "${session.event.title}" (${response instanceof Error ? response.message : `CMS answered ${response.status}: ${await response.text()}`}); enter ${recordingUrl} as its recording in the CMS.`,
      );
      return;
    }
    const result = (await response.json().catch(() => ({}))) as { published?: boolean; problem?: string };
    if (result.problem)
      log(
        `live: the recording of "${session.event.title}" is in its draft but not published: ${result.problem}`,
      );
  }

  async function authorize(streamKey: string): Promise<LiveEvent | undefined> {
    const response = await cmsCall("authorize", { streamKey }).catch((error: Error) => {
      throw new Error(
        `could not ask the CMS at ${options.cms.url} about the stream key (${error.message}): is it running, is the CMS address right?`,
      );
    });
    if (response.status === 401 || response.status === 503)
      throw new Error(
        `the CMS refused the ingest: ${((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.status}`,
      );
    if (response.status === 404 || response.status === 403) return undefined;
    if (!response.ok) throw new Error(`the CMS answered ${response.status} when checking a stream key`);
    return (await response.json()) as LiveEvent;
  }

  /** POST /_live/captions {documentId, text, at} from the CMS (Bearer: the ingest secret). */
  async function receiveCaption(req: IncomingMessage, res: ServerResponse) {
    const given = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
    if (given !== options.cms.secret) return void res.writeHead(401).end();
    let raw = "";
    for await (const part of req) {
      raw += String(part);
      if (raw.length > 10_000) return void res.writeHead(413).end();
    }
    const body = JSON.parse(raw || "{}") as { documentId?: string; text?: string; at?: number };
    if (!body.documentId || !body.text) return void res.writeHead(400).end();
    const added = addCaption(body.documentId, body.text, typeof body.at === "number" ? body.at : Date.now());
    res.writeHead(added ? 200 : 409, { "content-type": "application/json" }).end(JSON.stringify({ added }));
  }

  function addCaption(documentId: string, text: string, at = Date.now()): boolean {
    const session = live.get(documentId);
    if (!session) return false;
    session.cues.push({ at, text: text.trim().slice(0, 300) });
    return true;
  }

  async function idle() {
    while (running.size > 0) await Promise.all([...running]);
  }

  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    const run = runSession(client).catch((error: Error) => log(`live: ${error.message}`));
    running.add(run);
    void run.finally(() => running.delete(run));
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? "0.0.0.0", resolve));
  const port = (server.address() as { port: number }).port;
  const shownHost = !options.host || options.host === "0.0.0.0" ? "127.0.0.1" : options.host;
  await writeStatus();

  return {
    ingestUrl: `rtmp://${shownHost}:${port}/live`,
    port,
    addCaption,
    serve(req, res) {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://local").pathname);
      if (path === CAPTIONS_PATH && req.method === "POST") {
        void receiveCaption(req, res);
        return true;
      }
      if (!path.startsWith(prefix)) return false;
      const file = normalize(join(options.liveDir, path.slice(prefix.length)));
      if (!file.startsWith(normalize(options.liveDir) + sep)) return false;
      void stat(file).then(
        (info) => {
          if (!info.isFile()) return void res.writeHead(404).end();
          const type = TYPES[extname(file)] ?? "application/octet-stream";
          const cache = extname(file) === ".ts" ? "public, max-age=3600" : "no-store";
          res.writeHead(200, { "content-type": type, "cache-control": cache, "content-length": info.size });
          if (req.method === "HEAD") return void res.end();
          createReadStream(file).pipe(res);
        },
        () => res.writeHead(404, { "cache-control": "no-store" }).end(),
      );
      return true;
    },
    idle,
    async close() {
      server.close();
      for (const child of children) child.kill("SIGTERM");
      for (const socket of sockets) socket.destroy();
      await idle();
    },
  };
}

/** Where the CMS sends typed captions, on the server that serves the live folder. */
export const CAPTIONS_PATH = "/_live/captions";

const TYPES: Record<string, string> = {
  ".m3u8": "application/vnd.apple.mpegurl",
  ".ts": "video/mp2t",
  ".vtt": "text/vtt; charset=utf-8",
  ".json": "application/json",
};

const vttName = (segment: VideoSegment) => `seg_${String(segment.sequence).padStart(5, "0")}.vtt`;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** ffmpeg needs a moment to listen; retries until it accepts or exits. */
async function connectWithRetry(port: number, exited: Promise<unknown>): Promise<Socket | undefined> {
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (let attempt = 0; attempt < 100 && !gone; attempt += 1) {
    const socket = await new Promise<Socket | undefined>((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => resolve(s));
      s.once("error", () => resolve(undefined));
    });
    if (socket) return socket;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}
