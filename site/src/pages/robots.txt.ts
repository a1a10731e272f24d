import { EMBED_ROOT, qrIndexPath } from "@showroom/content-types/url-scheme";
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site).href;
  const body = [
    "User-agent: *",
    "Allow: /",
    `Disallow: ${qrIndexPath()}`,
    `Disallow: ${EMBED_ROOT}`,
    "",
    `Sitemap: ${sitemap}`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8" } });
};
