/** A IIIF document as a response: compact JSON (10,000 manifests add up) with the IIIF media type. */
export const IIIF_PRESENTATION_TYPE =
  'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"';

export function iiifJson(document: object): Response {
  return new Response(JSON.stringify(document), { headers: { "content-type": IIIF_PRESENTATION_TYPE } });
}
