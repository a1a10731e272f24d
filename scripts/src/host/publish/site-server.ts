import { timingSafeEqual } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { type SecurityPolicyOptions, securityHeaders } from "@showroom/site/security-headers";
import type { PreviewHandler } from "../preview/preview-handler.ts";
import { answerQrCode, notFoundPageFor } from "./qr-redirect.ts";
import type { RebuildWorker } from "./rebuild-worker.ts";
import { guardHandler, parseRequestPath, refusePath } from "./request-path.ts";
import { CONTENT_TYPES, serveFile } from "./serve-file.ts";
import { STAFF_CSS, STAFF_CSS_PATH } from "./staff-css.ts";
import { publicStatus, renderStatusPage } from "./status-page.ts";

export interface SiteServerOptions {
  worker: RebuildWorker;
  /** Shared secret the CMS sends in the `x-build-hook-secret` header; empty = hook disabled. */
  hookSecret: string;
  host?: string;
  /** 0 = a free port. */
  port?: number;
  /** Draft previews below /_preview (see scripts/src/host/preview/). */
  preview?: PreviewHandler;
  /** Answers some requests itself (returns true), e.g. the demo's simulated live streams. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Origins for the Content-Security-Policy (see securityPolicyOptionsFromEnv). */
  securityPolicy?: SecurityPolicyOptions;
  /** Where handler failures are reported (default: stderr). */
  log?: (line: string) => void;
}

export interface SiteServer {
  url: string;
  close(): Promise<void>;
}

/** Path of the build hook the CMS calls (SITE_BUILD_HOOK = <site url>/_hooks/build). */
export const BUILD_HOOK_PATH = "/_hooks/build";
/**
 * The status page: everyone sees whether the site is up to date; staff (the build-hook secret as
 * `?key=` or `x-build-hook-secret`) also see the build errors, which may name server paths.
 */
export const STATUS_PATH = "/_status";

/** The CMS cuts the reason of a hook call at this length (register-build-hook.ts); so does the server. */
const HOOK_REASON_LIMIT = 300;

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
 * The CMS names each change in the hook's reason ("unpublish heritage-item <documentId>, …", see
 * cms/src/build-hook/register-build-hook.ts). A document that was unpublished or deleted must not stay
 * readable through a preview built from its draft. A reason cut off at its length limit may hide
 * one: then every preview goes (they are rebuilt on the next click in the admin).
 */
export function forgetWithdrawnPreviews(reason: string, preview: PreviewHandler | undefined): void {
  if (!preview) return;
  const changes = reason.split(", ");
  const cutOff = reason.length >= HOOK_REASON_LIMIT;
  changes.forEach((change, index) => {
    const complete = !(cutOff && index === changes.length - 1);
    const withdrawn = complete ? /^(?:unpublish|delete) [\w-]+ ([A-Za-z0-9]+)$/.exec(change) : null;
    if (withdrawn?.[1]) preview.forget(withdrawn[1]);
    else if (/^(?:unpublish|delete)\b/.test(change) || !complete) preview.forget();
  });
}

/** Whether a request comes from staff: the build-hook secret as `x-build-hook-secret` or `?key=`. */
function isStaff(req: IncomingMessage, query: string, secret: string): boolean {
  const header = req.headers["x-build-hook-secret"];
  if (typeof header === "string" && sameSecret(header, secret)) return true;
  const key = new URLSearchParams(query).get("key");
  return key !== null && sameSecret(key, secret);
}

/**
 * Serves the live release of the static site (through the `current` symlink, so a swap takes
 * effect with the next request), the status page, and the build hook the CMS calls. Every response
 * carries the site's security headers (site/src/lib/security/headers.ts); a malformed request path
 * gets a 400 before any handler sees it, and a failing handler a 500, never the end of the process.
 */
export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  const { worker } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  // Resolve `current` per request: the symlink is swapped by the worker after each good build.
  const root = resolve(worker.currentLink);
  const policy = options.securityPolicy ?? {};
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const parsed = parseRequestPath(req.url);
    for (const [name, value] of Object.entries(securityHeaders(parsed.ok ? parsed.path : "/", policy))) {
      res.setHeader(name, value);
    }
    if (!parsed.ok) {
      refusePath(res, parsed);
      return;
    }
    const { path, query } = parsed;
    if (options.preview?.handle(req, res)) return;
    if (options.intercept?.(req, res)) return;
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
            if (typeof parsed.reason === "string") reason = parsed.reason.slice(0, HOOK_REASON_LIMIT);
          } catch {
            // A hook without a JSON body still triggers a build.
          }
          worker.trigger(reason);
          forgetWithdrawnPreviews(reason, options.preview);
          res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify(worker.status()));
        })
        .catch(() => res.writeHead(413).end());
      return;
    }
    if (path === STAFF_CSS_PATH) {
      res
        .writeHead(200, { "content-type": CONTENT_TYPES[".css"], "cache-control": "no-cache" })
        .end(STAFF_CSS);
      return;
    }
    if (path === STATUS_PATH || path === `${STATUS_PATH}/`) {
      const staff = isStaff(req, query, options.hookSecret);
      res
        .writeHead(200, { "content-type": CONTENT_TYPES[".html"], "cache-control": "no-store" })
        .end(renderStatusPage(worker.status(), { staff }));
      return;
    }
    if (path === `${STATUS_PATH}.json`) {
      const staff = isStaff(req, query, options.hookSecret);
      res
        .writeHead(200, {
          "content-type": CONTENT_TYPES[".json"],
          "cache-control": "no-store",
          // The admin (another origin) reads this to show the build state to staff.
          "access-control-allow-origin": "*",
          "access-control-allow-headers": "x-build-hook-secret",
        })
        .end(JSON.stringify(staff ? worker.status() : publicStatus(worker.status())));
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
          '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Website wird gebaut</title></head><body><p>Die Website wird gerade zum ersten Mal gebaut. Bitte in einigen Sekunden neu laden.</p><p><a href="/_status">Status</a></p></body></html>',
        );
      return;
    }
    // QR codes reach their stop with one redirect, in any letter case and the visitor's language.
    if (answerQrCode(root, path, query, req, res)) return;
    serveFile(root, req, res, { notFoundPageFor });
  };
  const server = createServer(guardHandler("site server", handle, log));
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
