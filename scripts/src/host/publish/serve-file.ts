import { createReadStream, existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { parseRequestPath, refusePath } from "./request-path.ts";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".vtt": "text/vtt; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".glb": "model/gltf-binary",
  ".gltf": "model/gltf+json",
  ".bin": "application/octet-stream",
  ".wasm": "application/wasm",
  ".m3u8": "application/vnd.apple.mpegurl",
  ".ts": "video/mp2t",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".m4a": "audio/mp4",
  ".opus": "audio/ogg",
  ".webm": "video/webm",
  ".mp4": "video/mp4",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".pf_meta": "application/octet-stream",
};

export interface ServeFileOptions {
  /** Answer misses with the site's own 404.html, as static hosts do. Default true. */
  notFoundPage?: boolean;
  /**
   * Which page (relative to the site folder) answers a miss, when it depends on the request (the
   * site server picks one by language, see qr-redirect.ts); 404.html when that page is missing.
   */
  notFoundPageFor?: (path: string, req: IncomingMessage) => string;
}

/**
 * Answers a GET/HEAD for a file of a static site folder the way common static hosts do:
 * `index.html` for folders (with a redirect to the trailing slash), `404.html` for misses. Text
 * is compressed (brotli or gzip, as the client accepts), single byte ranges are answered with 206,
 * and hashed assets may be cached for a year.
 */
export function serveFile(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  options: ServeFileOptions = {},
): void {
  const parsed = parseRequestPath(req.url);
  if (!parsed.ok) {
    refusePath(res, parsed);
    return;
  }
  const { path } = parsed;
  let file = join(root, path);
  if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith("/")) {
      res.writeHead(301, { location: `${encodeURI(path)}/` }).end();
      return;
    }
    file = join(file, "index.html");
  }
  if (!existsSync(file)) {
    const chosen = options.notFoundPageFor && join(root, options.notFoundPageFor(path, req));
    const notFound = chosen && existsSync(chosen) ? chosen : join(root, "404.html");
    res.writeHead(404, {
      "content-type": CONTENT_TYPES[".html"],
      ...(options.notFoundPageFor && { vary: "Accept-Language" }),
    });
    if (options.notFoundPage !== false && existsSync(notFound)) streamFile(notFound, res);
    else res.end("<!doctype html><title>404</title><p>Seite nicht gefunden.</p>");
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  sendFile(file, type, path, req, res);
}

/**
 * Types worth compressing: text formats (scripts, styles, pages, JSON, SVG, glTF JSON, subtitles,
 * HLS playlists). Images, models, audio and video are compressed already; gzip would only cost time.
 */
export function isCompressible(type: string): boolean {
  const bare = type.split(";")[0]?.trim() ?? "";
  return (
    bare.startsWith("text/") ||
    [
      "application/json",
      "application/xml",
      "application/manifest+json",
      "application/vnd.apple.mpegurl",
      "application/wasm",
      "image/svg+xml",
      "model/gltf+json",
    ].includes(bare)
  );
}

/**
 * Files whose name carries a content hash never change under that name, so browsers may keep them
 * for a year: Astro's `/_astro/` output, bundler chunks like `viewer.B3kx9_aZ.js`, and media
 * stored with a hash suffix like `bell_web_3f2a9c1b2d.glb`.
 */
export function isHashedAsset(path: string): boolean {
  if (path.startsWith("/_astro/")) return true;
  const name = path.slice(path.lastIndexOf("/") + 1);
  // Strapi's stored media: `<name>_<10 hex>.<ext>`.
  if (/_[0-9a-f]{10}\.[A-Za-z0-9]+$/.test(name)) return true;
  // Vite/Astro chunks: `<name>.<8+ base64url, with a digit and a letter>.<ext>`.
  const hash = /\.([A-Za-z0-9_-]{8,})\.[A-Za-z0-9]+$/.exec(name)?.[1];
  return hash !== undefined && /\d/.test(hash) && /[A-Za-z]/.test(hash);
}

function cacheControl(type: string, path: string): string {
  // HTML must not be cached: after a publish the next load has to show the new release.
  if (type.startsWith("text/html")) return "no-cache";
  if (isHashedAsset(path)) return "public, max-age=31536000, immutable";
  return "public, max-age=300";
}

type Encoding = "br" | "gzip";

/** The best encoding the client accepts (`Accept-Encoding`, q-values honoured), brotli first. */
export function chooseEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? (accepted.has("*") ? (accepted.get("*") ?? 0) : 0);
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return null;
}

/** On-the-fly compressed bodies, keyed by file, size, time and encoding; bounded in bytes. */
const compressedCache = new Map<string, Buffer>();
const CACHE_LIMIT_BYTES = 32 * 1024 * 1024;
let cachedBytes = 0;
/** Larger text files are sent as they are rather than held in memory to compress. */
const MAX_COMPRESS_BYTES = 16 * 1024 * 1024;

async function compressed(file: string, size: number, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
  const key = `${encoding}:${size}:${mtimeMs}:${file}`;
  const hit = compressedCache.get(key);
  if (hit) {
    // Map order is insertion order: re-inserting keeps the most recently used last.
    compressedCache.delete(key);
    compressedCache.set(key, hit);
    return hit;
  }
  const raw = await readFile(file);
  const body =
    encoding === "br"
      ? await brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength,
          },
        })
      : await gzip(raw, { level: 6 });
  compressedCache.set(key, body);
  cachedBytes += body.byteLength;
  for (const [oldKey, old] of compressedCache) {
    if (cachedBytes <= CACHE_LIMIT_BYTES) break;
    compressedCache.delete(oldKey);
    cachedBytes -= old.byteLength;
  }
  return body;
}

/** A single `bytes=` range of a file of `size` bytes: the range, "unsatisfiable", or null to send all. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges or other units: a server may answer with the whole file (RFC 9110, 14.2).
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

function sendFile(file: string, type: string, path: string, req: IncomingMessage, res: ServerResponse): void {
  const { size, mtimeMs } = statSync(file);
  const headers: Record<string, string | number> = {
    "content-type": type,
    "cache-control": cacheControl(type, path),
  };
  const compressible = isCompressible(type);
  const encoding = compressible && size > 256 ? chooseEncoding(req.headers["accept-encoding"]) : null;
  if (compressible) headers.vary = "Accept-Encoding";
  const range = req.headers.range;

  if (encoding && !range && size <= MAX_COMPRESS_BYTES) {
    headers["content-encoding"] = encoding;
    // A precompressed sibling (`app.js.br`, `app.js.gz`) from the build wins when it is current.
    const sibling = `${file}.${encoding === "br" ? "br" : "gz"}`;
    const siblingStat = existsSync(sibling) ? statSync(sibling) : null;
    if (siblingStat && siblingStat.mtimeMs >= mtimeMs) {
      res.writeHead(200, { ...headers, "content-length": siblingStat.size });
      if (req.method === "HEAD") res.end();
      else streamFile(sibling, res);
      return;
    }
    compressed(file, size, mtimeMs, encoding).then(
      (body) => {
        res.writeHead(200, { ...headers, "content-length": body.byteLength });
        res.end(req.method === "HEAD" ? undefined : body);
      },
      () => res.destroy(),
    );
    return;
  }

  // Byte ranges of the file as stored: iOS Safari plays audio and video only from a server that
  // answers them (it asks for `bytes=0-1` first).
  headers["accept-ranges"] = "bytes";
  const wanted = parseRange(typeof range === "string" ? range : undefined, size);
  if (wanted === "unsatisfiable") {
    res.writeHead(416, { ...headers, "content-range": `bytes */${size}` }).end();
    return;
  }
  if (wanted) {
    res.writeHead(206, {
      ...headers,
      "content-range": `bytes ${wanted.start}-${wanted.end}/${size}`,
      "content-length": wanted.end - wanted.start + 1,
    });
    if (req.method === "HEAD") res.end();
    else streamFile(file, res, wanted);
    return;
  }
  res.writeHead(200, { ...headers, "content-length": size });
  if (req.method === "HEAD") res.end();
  else streamFile(file, res);
}

/**
 * A release swap or cleanup may remove a file between the check and the read: the stream's error
 * must end this one response, not the process (an unhandled stream error would).
 */
function streamFile(file: string, res: ServerResponse, range?: { start: number; end: number }): void {
  createReadStream(file, range)
    .on("error", () => res.destroy())
    .pipe(res);
}
