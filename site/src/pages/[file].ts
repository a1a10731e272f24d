/**
 * Redirect rules for hosts that answer QR URLs with real 301s: `_redirects` (Netlify syntax) and
 * `nginx-qr-redirects.conf` (an include for nginx). See site/README.md.
 */
import type { APIRoute } from "astro";
import { getSiteContent } from "../lib/content/site-content.ts";
import { netlifyRedirects, nginxRedirects, qrTargets } from "../lib/pages/qr.ts";

export function getStaticPaths() {
  return [{ params: { file: "_redirects" } }, { params: { file: "nginx-qr-redirects.conf" } }];
}

export const GET: APIRoute = async ({ params }) => {
  const targets = qrTargets(await getSiteContent());
  const body = params.file === "_redirects" ? netlifyRedirects(targets) : nginxRedirects(targets);
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
