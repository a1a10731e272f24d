import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { parseRequestPath, refusePath } from "./request-path.ts";

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
}

/**
 * Answers a GET/HEAD for a file of a static site folder the way common static hosts do:
 * `index.html` for folders (with a redirect to the trailing slash), `404.html` for misses.
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
    const notFound = join(root, "404.html");
    res.writeHead(404, { "content-type": CONTENT_TYPES[".html"] });
    if (options.notFoundPage !== false && existsSync(notFound)) streamFile(notFound, res);
    else res.end("<!doctype html><title>404</title><p>Seite nicht gefunden.</p>");
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  // HTML must not be cached: after a publish the next load has to show the new release.
  const cache = type.startsWith("text/html") ? "no-cache" : "public, max-age=300";
  res.writeHead(200, { "content-type": type, "content-length": statSync(file).size, "cache-control": cache });
  if (req.method === "HEAD") res.end();
  else streamFile(file, res);
}

/**
 * A release swap or cleanup may remove a file between the check and the read: the stream's error
 * must end this one response, not the process (an unhandled stream error would).
 */
function streamFile(file: string, res: ServerResponse): void {
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}
