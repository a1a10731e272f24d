import { timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { PreviewHandler } from "../preview/preview-handler.ts";
import type { RebuildWorker } from "./rebuild-worker.ts";
import { CONTENT_TYPES, serveFile } from "./serve-file.ts";
import { renderStatusPage } from "./status-page.ts";

export interface SiteServerOptions {
  worker: RebuildWorker;
  /** Shared secret the CMS sends in the `x-build-hook-secret` header; empty = hook disabled. */
  hookSecret: string;
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** Draft previews below /_preview (see scripts/src/preview/). */
  preview?: PreviewHandler;
  /** Answers some requests itself (returns true), e.g. the demo's simulated live streams. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Path of the build hook the CMS calls (SITE_BUILD_HOOK = <site url>/_hooks/build). */
export const BUILD_HOOK_PATH = "/_hooks/build";
/** The status page staff open from the admin. */
export const STATUS_PATH = "/_status";

function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Serves the live release of the static site (through the `current` symlink, so a swap takes
 * effect with the next request), the status page, and the build hook the CMS calls.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const { worker } = options;
  // Resolve `current` per request: the symlink is swapped by the worker after each good build.
  const root = resolve(worker.currentLink);
  const server = createServer((req, res) => {
    if (options.preview?.handle(req, res)) return;
    if (options.intercept?.(req, res)) return;
    const path = new URL(req.url ?? "/", "http://site").pathname;
    if (path === BUILD_HOOK_PATH) {
      if (req.method !== "POST") {
        res.writeHead(405, { allow: "POST" }).end();
        return;
      }
      if (!sameSecret(req.headers["x-build-hook-secret"] as string | undefined, options.hookSecret)) {
        res.writeHead(401, { "content-type": "text/plain" }).end("wrong or missing x-build-hook-secret");
        return;
      }
      readBody(req)
        .then((body) => {
          let reason = "CMS";
          try {
            const parsed = JSON.parse(body || "{}") as { reason?: unknown };
            if (typeof parsed.reason === "string") reason = parsed.reason.slice(0, 300);
          } catch {
            // A hook without a JSON body still triggers a build.
          }
          worker.trigger(reason);
          res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify(worker.status()));
        })
        .catch(() => res.writeHead(413).end());
      return;
    }
    if (path === STATUS_PATH || path === `${STATUS_PATH}/`) {
      res
        .writeHead(200, { "content-type": CONTENT_TYPES[".html"], "cache-control": "no-store" })
        .end(renderStatusPage(worker.status()));
      return;
    }
    if (path === `${STATUS_PATH}.json`) {
      res
        .writeHead(200, {
          "content-type": CONTENT_TYPES[".json"],
          "cache-control": "no-store",
          // The admin (another origin) reads this to show the last build error to staff.
          "access-control-allow-origin": "*",
        })
        .end(JSON.stringify(worker.status()));
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (!existsSync(root)) {
      res
        .writeHead(503, { "content-type": CONTENT_TYPES[".html"], "retry-after": "10" })
        .end(
          '<!doctype html><html lang="de"><meta charset="utf-8"><title>Website wird gebaut</title><p>Die Website wird gerade zum ersten Mal gebaut. Bitte in einigen Sekunden neu laden.</p><p><a href="/_status">Status</a></p></html>',
        );
      return;
    }
    serveFile(root, req, res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1";
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
