/**
 * Files for static hosts, generated with the site (see site/README.md):
 * - `_redirects` (Netlify syntax) and `nginx-qr-redirects.conf`: real 301s for QR URLs;
 * - `qr-targets.json`: the stop paths of every code, for the site server's own QR redirects;
 * - `_headers` (Netlify / Cloudflare Pages), `nginx-security-headers.conf` and
 *   `caddy-security-headers.caddy`: the security headers, from the one definition in
 *   src/lib/security/headers.ts that the demo's site server sends too.
 */
import type { APIRoute } from "astro";
import { getSiteContent } from "../lib/content/site-content.ts";
import { netlifyRedirects, nginxRedirects, qrTargets, qrTargetTable } from "../lib/page-data/qr.ts";
import {
  caddySecurityHeaders,
  headersFile,
  nginxSecurityHeaders,
  securityPolicyOptionsFromEnv,
} from "../lib/security/headers.ts";

const policy = () => securityPolicyOptionsFromEnv({ ...process.env, ...import.meta.env });

const FILES: Record<string, () => Promise<string> | string> = {
  _redirects: async () => netlifyRedirects(qrTargets(await getSiteContent())),
  "nginx-qr-redirects.conf": async () => nginxRedirects(qrTargets(await getSiteContent())),
  // Read by the site server of `npm start` (scripts/src/host/publish/qr-redirect.ts).
  "qr-targets.json": async () => JSON.stringify(qrTargetTable(qrTargets(await getSiteContent()))),
  _headers: () => headersFile(policy()),
  "nginx-security-headers.conf": () => nginxSecurityHeaders(policy()),
  "caddy-security-headers.caddy": () => caddySecurityHeaders(policy()),
};

export function getStaticPaths() {
  return Object.keys(FILES).map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const render = FILES[params.file ?? ""];
  if (!render) return new Response("unknown file", { status: 404 });
  return new Response(await render(), { headers: { "content-type": "text/plain; charset=utf-8" } });
};
