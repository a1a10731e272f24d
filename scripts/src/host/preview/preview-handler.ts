import { createHash, createHmac } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { Locale } from "@showroom/content-types";
import { escapeHtml } from "@showroom/content-types/escape-html";
import { pagePathOf } from "@showroom/content-types/url-scheme";
import { exportSnapshot } from "../../staff/snapshot/export-snapshot.ts";
import { buildSiteFromSnapshot } from "../publish/build-release.ts";
import { parseRequestPath } from "../publish/request-path.ts";
import { CONTENT_TYPES } from "../publish/serve-file.ts";
import { STAFF_CSS_PATH } from "../publish/staff-css.ts";
import { verifyPreviewQuery } from "./preview-signature.ts";
import { fetchDraft, PreviewContentError, writePreviewSnapshot } from "./preview-snapshot.ts";

/** The signed links from the admin point here (PREVIEW_URL = <site url>/_preview). */
export const PREVIEW_PATH = "/_preview";

export interface PreviewHandlerOptions {
  /** PREVIEW_SECRET, shared with the CMS. */
  secret: string;
  cmsUrl: string | (() => string);
  /** Full-access API token (PREVIEW_CMS_TOKEN): drafts are readable only with one. */
  token: string | (() => string | undefined);
  /** The published content snapshot the preview starts from (exported when missing). */
  baseSnapshotDir: string;
  /** Where preview builds go; each is removed after `ttlMs`. */
  workDir: string;
  siteEnv?: Record<string, string>;
  ttlMs?: number;
  /**
   * Origins allowed to show previews in a frame (the admin's page preview beside the form).
   * Default: PREVIEW_ADMIN_ORIGINS (comma-separated) from the environment, else the CMS's origin.
   */
  adminOrigins?: readonly string[] | (() => readonly string[]);
}

export const PREVIEW_DEFAULTS = { ttlMs: 60 * 60 * 1000 } as const;

export interface PreviewHandler {
  /** Answers requests below /_preview; returns false for every other path. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /**
   * Drops the previews of a document (after it was unpublished or deleted: its draft must not stay
   * readable through an old preview link); without an id, every preview.
   */
  forget(documentId?: string): number;
  close(): void;
}

interface PreviewBuild {
  documentId: string;
  dir: string;
  pagePath: string;
  createdAt: number;
  ready: Promise<void>;
}

function message(res: ServerResponse, status: number, title: string, body: string): void {
  res
    .writeHead(status, {
      "content-type": CONTENT_TYPES[".html"],
      "cache-control": "no-store",
      "x-robots-tag": "noindex",
      "referrer-policy": "no-referrer",
    })
    .end(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><link rel="stylesheet" href="${STAFF_CSS_PATH}"></head><body class="staff-page"><h1>${escapeHtml(title)}</h1>${body}</body></html>`,
    );
}

/**
 * The built pages use root-relative URLs (/_astro/…, /media/…, /objekte/…). In a preview they
 * must stay inside the preview's own folder, so the page shows the draft build's styles and links
 * lead to the preview's other pages, never to the public site.
 */
export function rewriteRootUrls(text: string, prefix: string, kind: "html" | "css"): string {
  const inCss = (css: string) => css.replace(/url\((["']?)\/(?!\/)/g, `url($1${prefix}/`);
  if (kind === "css") return inCss(text);
  return inCss(
    text
      .replace(/(\ssrcset=)(["'])([^"']*)\2/g, (_, attr, quote, list: string) => {
        const rewritten = list.replace(/(^|,\s*)\/(?!\/)/g, `$1${prefix}/`);
        return `${attr}${quote}${rewritten}${quote}`;
      })
      // Not twice: the first srcset candidate was rewritten above.
      .replace(/(\s[\w:-]+=)(["'])\/(?!\/|_preview\/b\/)/g, `$1$2${prefix}/`),
  );
}

// Styled by the site server's staff stylesheet: the Content-Security-Policy allows no inline style.
const BANNER =
  '<div role="note" class="preview-banner">Vorschau – nicht veröffentlicht. So sieht der Eintrag nach dem Veröffentlichen aus.</div>';

function decorate(html: string, prefix: string): string {
  return rewriteRootUrls(html, prefix, "html")
    .replace(
      /<head(\s[^>]*)?>/i,
      (head) =>
        `${head}<meta name="robots" content="noindex"><link rel="stylesheet" href="${STAFF_CSS_PATH}">`,
    )
    .replace(/<body(\s[^>]*)?>/i, (body) => `${body}${BANNER}`);
}

/**
 * Who may frame a preview: the admin's origins. The CMS URL the server reads drafts from is the
 * admin's own address in the demo; on the loopback interface both spellings (127.0.0.1 and
 * localhost) are the same admin, so both are allowed. Behind a proxy set PREVIEW_ADMIN_ORIGINS.
 */
export function previewFrameAncestors(cmsUrl: string, source: NodeJS.ProcessEnv = process.env): string[] {
  const configured = (source.PREVIEW_ADMIN_ORIGINS ?? "").split(/[\s,]+/).filter(Boolean);
  if (configured.length > 0) return configured.map((origin) => new URL(origin).origin);
  let url: URL;
  try {
    url = new URL(cmsUrl);
  } catch {
    return [];
  }
  const origins = [url.origin];
  const twin =
    url.hostname === "127.0.0.1" ? "localhost" : url.hostname === "localhost" ? "127.0.0.1" : undefined;
  if (twin) origins.push(`${url.protocol}//${twin}${url.port ? `:${url.port}` : ""}`);
  return origins;
}

/** The page policy with `frame-ancestors` set to the given origins (none: `'none'`). */
export function withFrameAncestors(policy: string, origins: readonly string[]): string {
  const directive = `frame-ancestors ${origins.length > 0 ? origins.join(" ") : "'none'"}`;
  const kept = policy
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part && !/^frame-ancestors\b/i.test(part));
  return [...kept, directive].join("; ");
}

/**
 * Preview of drafts "with the site's own components and styles": for a signed link from the admin,
 * the draft is read from the CMS, put into a copy of the published snapshot and the real site is
 * built from it (Astro, the same build as the live site). The result is served below an
 * unguessable path for an hour. Without a valid signature: 401, and the draft is never read.
 */
export function createPreviewHandler(options: PreviewHandlerOptions): PreviewHandler {
  const ttlMs = options.ttlMs ?? PREVIEW_DEFAULTS.ttlMs;
  const value = <T>(v: T | (() => T)) => (typeof v === "function" ? (v as () => T)() : v);
  const builds = new Map<string, PreviewBuild>();
  mkdirSync(options.workDir, { recursive: true });

  const drop = (id: string, build: PreviewBuild) => {
    builds.delete(id);
    // A build still running writes into its folder: remove it once it has ended.
    void build.ready
      .catch(() => undefined)
      .finally(() => {
        rmSync(build.dir, { recursive: true, force: true });
        rmSync(`${build.dir}.snapshot`, { recursive: true, force: true });
      });
  };
  const expire = () => {
    const now = Date.now();
    for (const [id, build] of builds) if (now - build.createdAt > ttlMs) drop(id, build);
  };
  const timer = setInterval(expire, 60_000);
  timer.unref();

  async function baseSnapshot(): Promise<string> {
    if (existsSync(join(options.baseSnapshotDir, "manifest.json"))) return options.baseSnapshotDir;
    const token = value(options.token);
    await exportSnapshot({
      url: value(options.cmsUrl),
      ...(token ? { token } : {}),
      outDir: options.baseSnapshotDir,
    });
    return options.baseSnapshotDir;
  }

  async function start(_req: IncomingMessage, res: ServerResponse, query: URLSearchParams): Promise<void> {
    const verified = verifyPreviewQuery(options.secret, query);
    if (!verified.ok) {
      message(
        res,
        401,
        "Keine Vorschau",
        `<p>Dieser Vorschau-Link ist nicht gültig (${escapeHtml(verified.reason)}). Bitte die Vorschau im Admin über „Vorschau“ neu öffnen.</p>`,
      );
      return;
    }
    const { request } = verified;
    const token = value(options.token);
    if (!token) {
      message(res, 503, "Vorschau nicht eingerichtet", "<p>Dem Vorschau-Server fehlt PREVIEW_CMS_TOKEN.</p>");
      return;
    }
    const locale = request.locale as Locale;
    const entry = await fetchDraft({
      cmsUrl: value(options.cmsUrl),
      token,
      type: request.type,
      documentId: request.documentId,
      locale,
      status: request.status,
    });
    const pagePath = pagePathOf(request.type, entry, locale === "en" ? "en" : "de");
    if (!pagePath) {
      message(
        res,
        404,
        "Keine Seite",
        `<p>Einträge dieser Art (${escapeHtml(request.type)}) haben keine eigene Seite auf der Website.</p>`,
      );
      return;
    }
    const base = await baseSnapshot();
    // Same draft on the same published content: the same build, reused while it lives.
    const key = createHash("sha256")
      .update(JSON.stringify(entry))
      .update(readFileSync(join(base, "manifest.json")))
      .update(`${request.type}\n${locale}`)
      .digest("hex");
    // Keyed with the secret: the path is a capability nobody can derive from the content.
    const id = createHmac("sha256", options.secret).update(key).digest("hex").slice(0, 32);
    let build = builds.get(id);
    if (!build) {
      const dir = join(options.workDir, id);
      const snapshotDir = `${dir}.snapshot`;
      const ready = (async () => {
        rmSync(snapshotDir, { recursive: true, force: true });
        rmSync(dir, { recursive: true, force: true });
        await writePreviewSnapshot({
          baseSnapshotDir: base,
          outDir: snapshotDir,
          cmsUrl: value(options.cmsUrl),
          token,
          type: request.type,
          locale,
          entry,
        });
        mkdirSync(dir, { recursive: true });
        await buildSiteFromSnapshot(snapshotDir, dir, options.siteEnv ?? {});
      })();
      build = { documentId: request.documentId, dir, pagePath, createdAt: Date.now(), ready };
      builds.set(id, build);
      ready.catch(() => builds.delete(id));
    }
    await build.ready;
    if (builds.get(id) !== build) {
      // Unpublished or deleted while the preview was being built.
      message(res, 404, "Keine Vorschau", "<p>Der Eintrag wurde inzwischen zurückgezogen oder gelöscht.</p>");
      return;
    }
    res.writeHead(303, {
      location: `${PREVIEW_PATH}/b/${id}${pagePath}`,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    });
    res.end();
  }

  function serve(res: ServerResponse, id: string, rest: string): void {
    const build = builds.get(id);
    if (!build || Date.now() - build.createdAt > ttlMs) {
      message(
        res,
        404,
        "Vorschau abgelaufen",
        "<p>Bitte die Vorschau im Admin über „Vorschau“ neu öffnen.</p>",
      );
      return;
    }
    // `rest` comes from a path parseRequestPath has decoded and checked (no "..", no NUL).
    let file = join(build.dir, normalize(rest || "/"));
    if (!file.startsWith(build.dir + sep) && file !== build.dir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      message(res, 404, "Nicht in der Vorschau", "<p>Diese Seite gehört nicht zur Vorschau.</p>");
      return;
    }
    const ext = extname(file).toLowerCase();
    const prefix = `${PREVIEW_PATH}/b/${id}`;
    let body: Buffer | string = readFileSync(file);
    if (ext === ".html") body = decorate(body.toString("utf8"), prefix);
    else if (ext === ".css") body = rewriteRootUrls(body.toString("utf8"), prefix, "css");
    res
      .writeHead(200, {
        "content-type": CONTENT_TYPES[ext] ?? "application/octet-stream",
        "cache-control": "no-store",
        "x-robots-tag": "noindex",
        "referrer-policy": "no-referrer",
      })
      .end(body);
  }

  return {
    handle(req, res) {
      const parsed = parseRequestPath(req.url);
      // Malformed paths are refused by the server before this handler (and are never previews).
      if (!parsed.ok) return false;
      const url = { pathname: parsed.path, searchParams: new URLSearchParams(parsed.query) };
      if (url.pathname !== PREVIEW_PATH && !url.pathname.startsWith(`${PREVIEW_PATH}/`)) return false;
      // The site's pages refuse every frame; previews are framed by the admin, and by it only.
      const origins = options.adminOrigins
        ? value(options.adminOrigins)
        : previewFrameAncestors(value(options.cmsUrl));
      const policy = res.getHeader("content-security-policy");
      res.setHeader(
        "content-security-policy",
        withFrameAncestors(typeof policy === "string" ? policy : "", origins),
      );
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET" }).end();
        return true;
      }
      const built = /^\/_preview\/b\/([0-9a-f]{32})(\/.*)?$/.exec(url.pathname);
      if (built?.[1]) {
        serve(res, built[1], built[2] ?? "/");
        return true;
      }
      if (url.pathname === PREVIEW_PATH || url.pathname === `${PREVIEW_PATH}/`) {
        start(req, res, url.searchParams).catch((error: unknown) => {
          if (res.headersSent) return;
          if (error instanceof PreviewContentError) {
            message(
              res,
              422,
              "Vorschau noch nicht möglich",
              `<p>Der Entwurf ist noch unvollständig:</p><ul>${error.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`,
            );
          } else {
            message(
              res,
              500,
              "Vorschau fehlgeschlagen",
              `<pre>${escapeHtml((error as Error).message)}</pre>`,
            );
          }
        });
        return true;
      }
      message(res, 404, "Keine Vorschau", "<p>Unbekannte Vorschau-Adresse.</p>");
      return true;
    },
    forget(documentId) {
      let dropped = 0;
      for (const [id, build] of builds) {
        if (documentId === undefined || build.documentId === documentId) {
          drop(id, build);
          dropped += 1;
        }
      }
      return dropped;
    },
    close() {
      clearInterval(timer);
      for (const build of builds.values()) {
        rmSync(build.dir, { recursive: true, force: true });
        rmSync(`${build.dir}.snapshot`, { recursive: true, force: true });
      }
      builds.clear();
    },
  };
}
