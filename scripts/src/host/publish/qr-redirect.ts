/**
 * What the site server answers itself so that a QR code on a sign reaches its stop with one
 * redirect: `/q/<code>` in any letter case, with or without the trailing slash, and the stop-number
 * form (`/q/?code=…`) go straight to the stop page in the visitor's language (Accept-Language,
 * German by default). A static host does the same with the generated `_redirects` or nginx rules;
 * the landing pages with their meta refresh stay for hosts that have neither.
 *
 * The stop paths come from the release's `qr-targets.json` (written by the site build, see
 * site/src/lib/page-data/qr.ts), read again when a new release is live.
 */
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import {
  notFoundPath,
  qrIndexPath,
  qrUnknownCodePath,
  type SiteLocale,
} from "@showroom/content-types/url-scheme";

/** The build's table of codes (in capitals) to stop paths. */
export const QR_TARGETS_FILE = "qr-targets.json";

type QrTable = Record<string, { de?: string; en?: string }>;

/** The site language a browser prefers by its Accept-Language (q-values honoured), German by default. */
export function preferredLocale(acceptLanguage: string | string[] | undefined): SiteLocale {
  const ranked = String(acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { primary: tag.split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    if (primary === "de" || primary === "en") return primary;
  }
  return "de";
}

let cached: { key: string; table: QrTable } | undefined;

/** The table of the live release; a release without one (an older build) has no codes. */
function qrTable(root: string): QrTable {
  const file = join(root, QR_TARGETS_FILE);
  if (!existsSync(file)) return {};
  const key = `${realpathSync(file)}:${statSync(file).mtimeMs}`;
  if (cached?.key !== key) {
    try {
      cached = { key, table: JSON.parse(readFileSync(file, "utf8")) as QrTable };
    } catch {
      cached = { key, table: {} };
    }
  }
  return cached.table;
}

/** The code a request asks for: the path segment of `/q/<code>`, or `?code=` of the stop-number form. */
function requestedCode(path: string, query: string): string | undefined {
  if (path === qrIndexPath() || path === qrIndexPath().slice(0, -1)) {
    return new URLSearchParams(query).get("code") ?? undefined;
  }
  return new RegExp(`^${qrIndexPath()}([^/]+)/?$`).exec(path)?.[1];
}

/**
 * Answers `/q/<code>` and `/q/?code=<code>` for a known code with a redirect to the stop (true), or
 * leaves the request to the file server (false): unknown codes then get the unknown-code page.
 */
export function answerQrCode(
  root: string,
  path: string,
  query: string,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const given = requestedCode(path, query);
  if (!given) return false;
  const code = given
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  const target = qrTable(root)[code];
  if (!target) return false;
  const location =
    preferredLocale(req.headers["accept-language"]) === "en"
      ? (target.en ?? target.de)
      : (target.de ?? target.en);
  if (!location) return false;
  res.writeHead(302, { location, vary: "Accept-Language", "cache-control": "no-cache" }).end();
  return true;
}

/**
 * The page for a path that has no file, relative to the site folder: the unknown-code page below
 * `/q/`, the English 404 below `/en/`, elsewhere the 404 in the visitor's language.
 */
export function notFoundPageFor(path: string, req: IncomingMessage): string {
  const locale: SiteLocale = path.startsWith("/en/") ? "en" : preferredLocale(req.headers["accept-language"]);
  const page = path.startsWith(qrIndexPath())
    ? `${qrUnknownCodePath(locale)}index.html`
    : notFoundPath(locale);
  return page.replace(/^\//, "");
}
