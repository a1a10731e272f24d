/**
 * The IIIF Presentation 3 manifest of each heritage item with an image or scan poster:
 * `/iiif/<german slug>/manifest.json` (built by content-types/src/open-data/iiif; the site build
 * writes the images' static tiles next to them, see src/lib/iiif/tiles.ts).
 */
import { type IiifItem, iiifSlugOf, itemManifest } from "@showroom/content-types/open-data/iiif/index.ts";
import type { APIRoute } from "astro";
import { getSiteContent } from "../../../lib/content/site-content.ts";
import { iiifContext, iiifSource } from "../../../lib/iiif/iiif-content.ts";
import { iiifJson } from "../../../lib/iiif/iiif-response.ts";

export async function getStaticPaths() {
  const items = iiifSource(await getSiteContent()).items();
  return items.map((input) => ({ params: { slug: iiifSlugOf(input.item) }, props: { input } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const context = iiifContext(await getSiteContent(), site);
  return iiifJson(itemManifest((props as { input: IiifItem }).input, context));
};
