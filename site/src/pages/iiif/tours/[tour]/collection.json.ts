/** The IIIF collection of each tour: its objects in stop order, `/iiif/tours/<german slug>/collection.json`. */
import type { Tour } from "@showroom/content-types";
import {
  iiifSlugOf,
  manifestReference,
  type PerLocale,
  tourCollection,
} from "@showroom/content-types/open-data/iiif/index.ts";
import type { APIRoute } from "astro";
import { getSiteContent } from "../../../../lib/content/site-content.ts";
import { iiifContext, iiifSource } from "../../../../lib/iiif/iiif-content.ts";
import { iiifJson } from "../../../../lib/iiif/iiif-response.ts";

export async function getStaticPaths() {
  const tours = iiifSource(await getSiteContent()).tours();
  return tours.map((tour) => ({ params: { tour: iiifSlugOf(tour) }, props: { tour } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const content = await getSiteContent();
  const context = iiifContext(content, site);
  const tour = (props as { tour: PerLocale<Tour> }).tour;
  const manifests = iiifSource(content)
    .tourItems(tour)
    .map((input) => manifestReference(input, context));
  return iiifJson(tourCollection(tour, manifests, context));
};
