/** JSON-LD for `<script type="application/ld+json">`: `<` is escaped so content can never close the tag. */
export function serializeJsonLd(data: object | object[]): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
