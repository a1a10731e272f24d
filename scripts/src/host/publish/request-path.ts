import type { IncomingMessage, ServerResponse } from "node:http";
import { posix } from "node:path";

/** Longer request paths are refused (414): no page of the site has a path anywhere near this. */
export const MAX_PATH_LENGTH = 2048;

export type RequestPath =
  | {
      ok: true;
      /** Decoded, normalised path, always starting with a single "/" (a trailing "/" is kept). */
      path: string;
      /** The raw query string without "?" (not decoded). */
      query: string;
    }
  | { ok: false; status: 400 | 414; reason: string };

/**
 * The path of a request, decoded and checked once for every handler of our servers, so that no
 * handler meets a path that throws (`/%`, `//`, `/%E0%A4%A`) or escapes a folder (`/../`, `%2e%2e`,
 * `..\`), or carries a NUL byte. Everything odd is a 400 and never reaches the file system: a static
 * site has no path that needs any of it.
 */
export function parseRequestPath(rawUrl: string | undefined): RequestPath {
  let raw = rawUrl ?? "/";
  if (raw.length > MAX_PATH_LENGTH) return { ok: false, status: 414, reason: "request path too long" };
  // HTTP/1.1 servers must accept the absolute form (`GET http://host/path`); only its path counts.
  const absolute = /^https?:\/\/[^/?#]*/i.exec(raw);
  if (absolute) raw = raw.slice(absolute[0].length) || "/";
  const queryAt = raw.indexOf("?");
  const query = queryAt >= 0 ? raw.slice(queryAt + 1) : "";
  const encoded = queryAt >= 0 ? raw.slice(0, queryAt) : raw;
  if (!encoded.startsWith("/") || encoded.startsWith("//")) {
    return { ok: false, status: 400, reason: "request path must start with a single /" };
  }
  let path: string;
  try {
    path = decodeURIComponent(encoded);
  } catch {
    return { ok: false, status: 400, reason: "request path has broken percent-encoding" };
  }
  if (path.includes("\0") || path.includes("\\") || path.includes("\uFFFD")) {
    return { ok: false, status: 400, reason: "request path holds a NUL byte, a backslash or invalid UTF-8" };
  }
  if (path.split("/").some((segment) => segment === ".." || segment === ".")) {
    return { ok: false, status: 400, reason: "request path holds a . or .. segment" };
  }
  const normalised = posix.normalize(path);
  return { ok: true, path: normalised, query };
}

/** Answers a request whose path parseRequestPath refused. */
export function refusePath(res: ServerResponse, refused: Extract<RequestPath, { ok: false }>): void {
  res.writeHead(refused.status, { "content-type": "text/plain; charset=utf-8" }).end(`${refused.reason}\n`);
}

/**
 * Wraps a request handler so that a bug in it answers 500 (and is logged) instead of ending the
 * process: the site server also runs the publish loop, the build hook and the previews.
 */
export function guardHandler(
  name: string,
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
  log: (line: string) => void = (line) => console.error(line),
): (req: IncomingMessage, res: ServerResponse) => void {
  const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    log(
      `${name}: ${req.method} ${JSON.stringify(req.url)} failed: ${(error as Error)?.stack ?? String(error)}`,
    );
    if (!res.headersSent) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("internal error\n");
    } else res.destroy();
  };
  return (req, res) => {
    try {
      const result = handler(req, res);
      if (result instanceof Promise) result.catch((error: unknown) => fail(req, res, error));
    } catch (error) {
      fail(req, res, error);
    }
  };
}
