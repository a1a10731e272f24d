/**
 * The security headers of every page, defined once. The demo's site server sends them
 * (scripts/src/host/publish/site-server.ts), and the build writes the same set for static hosts:
 * `_headers` (Netlify / Cloudflare Pages syntax), `nginx-security-headers.conf` and
 * `caddy-security-headers.caddy` (see src/pages/[file].ts and site/README.md).
 *
 * Why each source is allowed:
 * - script-src 'self' 'wasm-unsafe-eval': every script is a file of the site (no inline script);
 *   WebAssembly is compiled by the Draco and Basis decoders of the 3D viewer and by Pagefind.
 * - style-src 'self': every style is a stylesheet of the site (no <style>, no style="").
 * - img-src/media-src blob: and data:: three.js decodes textures to blob URLs, hls.js plays
 *   through MediaSource (blob: URLs); small images may be data: URLs.
 * - worker-src 'self' blob:: the decoders run in workers created from blob URLs; the service worker
 *   of a saved tour (/offline-sw.js, registered only when a visitor saves a tour) is a file of the site.
 *   The tours' web app manifests are files of the site too (manifest-src falls back to default-src).
 * - connect-src 'self' plus the Meilisearch host when the site searches Meilisearch.
 * - frame-ancestors 'none', except on /embed/ pages, which exist to be framed by other sites
 *   (`*` by default, or the list in EMBED_FRAME_ANCESTORS).
 * - Access-Control-Allow-Origin: * below /iiif/ and /media/ only (CROSS_ORIGIN_PREFIXES): IIIF and
 *   3D viewers on other sites load the manifests, tiles and the media they link with JavaScript.
 * HSTS is not sent: the demo runs on plain http://localhost. Production adds it at the TLS
 * terminating proxy (commented lines in the nginx and Caddy examples, and SECURITY.md).
 */

import { EMBED_ROOT, IIIF_ROOT } from "@showroom/content-types/url-scheme";

export interface SecurityPolicyOptions {
  /** Origins besides the site that pages may fetch from (the Meilisearch host, when set). */
  connectSources?: readonly string[];
  /** Who may put /embed/ pages into a frame: `*` (default) or a list of origins. */
  embedAncestors?: readonly string[];
}

/** Path prefix of the pages made to be framed by other sites (from the URL scheme). */
export const EMBED_PREFIX = EMBED_ROOT;

/**
 * Path prefix of the IIIF manifests, collections and image tiles: IIIF viewers on other sites
 * (Mirador, Universal Viewer) fetch them with JavaScript, so they are readable from any origin.
 */
export const IIIF_PREFIX = IIIF_ROOT;

/**
 * Path prefix of the site's media files (`/media/<sha256><ext>`: images, 3D models, audio, the
 * HLS streams). IIIF manifests and LIDO records link them (a manifest's model in `rendering` and
 * `seeAlso`), so a 3D or IIIF viewer on another site must be able to read them too.
 */
export const MEDIA_PREFIX = "/media/";

/**
 * The paths other origins may read with JavaScript. Only public, static, cookie-free files: the
 * site sets no cookies and the header allows no credentials, so another site reads nothing it
 * could not download itself. Pages, search data, LIDO and everything else stay same-origin.
 */
export const CROSS_ORIGIN_PREFIXES: readonly { prefix: string; name: string }[] = [
  { prefix: IIIF_PREFIX, name: "iiif" },
  { prefix: MEDIA_PREFIX, name: "media" },
];

/** The CORS header of everything below CROSS_ORIGIN_PREFIXES. */
export const CROSS_ORIGIN_HEADERS: Readonly<Record<string, string>> = { "Access-Control-Allow-Origin": "*" };

const readableByOtherOrigins = (path: string) =>
  CROSS_ORIGIN_PREFIXES.some(({ prefix }) => path.startsWith(prefix));

/** Reads the options from the build environment (the same variables the site build reads). */
export function securityPolicyOptionsFromEnv(env: Record<string, string | undefined>): SecurityPolicyOptions {
  const connectSources: string[] = [];
  const meilisearch = env.PUBLIC_MEILISEARCH_HOST?.trim();
  if (meilisearch) {
    try {
      connectSources.push(new URL(meilisearch).origin);
    } catch {
      // search-config.ts refuses a malformed host with a message; the policy just leaves it out.
    }
  }
  const ancestors = (env.EMBED_FRAME_ANCESTORS ?? "").split(/[\s,]+/).filter(Boolean);
  return { connectSources, embedAncestors: ancestors.length > 0 ? ancestors : ["*"] };
}

/** The Content-Security-Policy of a page (`embed`: a page below /embed/). */
export function contentSecurityPolicy(kind: "page" | "embed", options: SecurityPolicyOptions = {}): string {
  const connect = ["'self'", ...(options.connectSources ?? [])];
  const ancestors = kind === "embed" ? (options.embedAncestors ?? ["*"]) : ["'none'"];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(" ")}`,
  ].join("; ");
}

/** Sent with every response (pages, media, scripts), the same for every path. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // No feature of the site asks for camera or microphone; the AR view of the 3D viewer needs WebXR
  // and "near me" on the map pages the location, both on the site's own origin only (the browser
  // still asks the visitor before it gives the location).
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(self), payment=(), usb=(), xr-spatial-tracking=(self), fullscreen=(self)",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/**
 * Every security header for a response to `path`. No X-Frame-Options: browsers that know
 * frame-ancestors ignore it, and static hosts could not lift it for /embed/ (see headersFile).
 */
export function securityHeaders(path: string, options: SecurityPolicyOptions = {}): Record<string, string> {
  const embed = path.startsWith(EMBED_PREFIX);
  return {
    "Content-Security-Policy": contentSecurityPolicy(embed ? "embed" : "page", options),
    ...COMMON_HEADERS,
    ...(readableByOtherOrigins(path) && CROSS_ORIGIN_HEADERS),
  };
}

const GENERATED = "generated from site/src/lib/security/headers.ts; edit that file, not this one";

/**
 * `_headers` for Netlify: of two matching rules the later one sets the header, so /embed/* gets its
 * own policy. Cloudflare Pages joins such values instead; there add the line
 * `  ! Content-Security-Policy` as the first one below `/embed/*`.
 */
export function headersFile(options: SecurityPolicyOptions = {}): string {
  const site = securityHeaders("/", options);
  const embed = securityHeaders(EMBED_PREFIX, options);
  const lines = [
    `# Security headers (${GENERATED}).`,
    "# Cloudflare Pages: add `  ! Content-Security-Policy` as the first line below /embed/*.",
    "/*",
  ];
  for (const [name, value] of Object.entries(site)) lines.push(`  ${name}: ${value}`);
  lines.push(`${EMBED_PREFIX}*`, `  Content-Security-Policy: ${embed["Content-Security-Policy"]}`);
  for (const { prefix } of CROSS_ORIGIN_PREFIXES) {
    lines.push(`${prefix}*`);
    for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

const nginxQuote = (value: string) => `"${value.replaceAll('"', '\\"')}"`;

/**
 * nginx: include inside the `server { }` block. nginx drops inherited add_header lines in a
 * location that has its own, so the /embed/ location repeats the whole set.
 */
export function nginxSecurityHeaders(options: SecurityPolicyOptions = {}): string {
  const block = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(
      ([name, value]) => `${indent}add_header ${name} ${nginxQuote(value)} always;`,
    );
  return `${[
    `# Security headers (${GENERATED}).`,
    "# Include inside the server { } block. In production over HTTPS also add:",
    '#   add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    ...block(securityHeaders("/", options), ""),
    `location ${EMBED_PREFIX} {`,
    ...block(securityHeaders(EMBED_PREFIX, options), "  "),
    "}",
    ...CROSS_ORIGIN_PREFIXES.flatMap(({ prefix }) => [
      `location ${prefix} {`,
      ...block(securityHeaders(prefix, options), "  "),
      "}",
    ]),
  ].join("\n")}\n`;
}

/**
 * Caddy: import inside the site block. Caddy runs a match-all `header` after matched ones, so the
 * two policies get matchers that exclude each other.
 */
export function caddySecurityHeaders(options: SecurityPolicyOptions = {}): string {
  const policy = (path: string) =>
    nginxQuote(securityHeaders(path, options)["Content-Security-Policy"] ?? "");
  return `${[
    `# Security headers (${GENERATED}).`,
    "# Import inside the site block. Caddy serves HTTPS itself; in production also add:",
    '#   header Strict-Transport-Security "max-age=31536000; includeSubDomains"',
    "header {",
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name} ${nginxQuote(value)}`),
    "}",
    `@embed path ${EMBED_PREFIX}*`,
    `header @embed Content-Security-Policy ${policy(EMBED_PREFIX)}`,
    `@page not path ${EMBED_PREFIX}*`,
    `header @page Content-Security-Policy ${policy("/")}`,
    ...CROSS_ORIGIN_PREFIXES.flatMap(({ prefix, name }) => [
      `@${name} path ${prefix}*`,
      ...Object.entries(CROSS_ORIGIN_HEADERS).map(
        ([header, value]) => `header @${name} ${header} ${nginxQuote(value)}`,
      ),
    ]),
  ].join("\n")}\n`;
}
