/** The IIIF collection of every heritage item with a manifest, and of the tours: `/iiif/collection.json`. */
import {
  allObjectsCollection,
  collectionReference,
  manifestReference,
  tourCollection,
} from "@showroom/content-types/open-data/iiif/index.ts";
import type { APIRoute } from "astro";
import { getSiteContent } from "../../lib/content/site-content.ts";
import { iiifContext, iiifItems, iiifTours, tourItems } from "../../lib/iiif/iiif-content.ts";
import { iiifJson } from "../../lib/iiif/iiif-response.ts";

export const GET: APIRoute = async ({ site }) => {
  const content = await getSiteContent();
  const context = iiifContext(content, site);
  const tours = iiifTours(content).map((tour) =>
    collectionReference(
      tourCollection(
        tour,
        tourItems(content, tour).map((input) => manifestReference(input, context)),
        context,
      ),
    ),
  );
  const manifests = iiifItems(content).map((input) => manifestReference(input, context));
  return iiifJson(allObjectsCollection(manifests, tours, context));
};
