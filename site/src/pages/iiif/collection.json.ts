/** The IIIF collection of every heritage item with a manifest, and of the tours: `/iiif/collection.json`. */
import {
  allObjectsCollection,
  collectionReference,
  manifestReference,
  tourCollection,
} from "@showroom/content-types/open-data/iiif/index.ts";
import type { APIRoute } from "astro";
import { getSiteContent } from "../../lib/content/site-content.ts";
import { iiifContext, iiifSource } from "../../lib/iiif/iiif-content.ts";
import { iiifJson } from "../../lib/iiif/iiif-response.ts";

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const context = iiifContext(content, site);
  const source = iiifSource(content);
  const tours = source.tours().map((tour) => {
    const manifests = source.tourItems(tour).map((input) => manifestReference(input, context));
    return collectionReference(tourCollection(tour, manifests, context));
  });
  const manifests = source.items().map((input) => manifestReference(input, context));
  return iiifJson(allObjectsCollection(manifests, tours, context));
};
