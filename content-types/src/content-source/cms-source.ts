/**
 * The running CMS as a content source: its REST API with a read-only token (the site-build token).
 *
 * ```ts
 * const source = cmsContentSource({ url: "http://localhost:1337", token });
 * ```
 */
import { type CmsClientOptions, createCmsClient } from "./cms-client.ts";
import type { ContentSource } from "./content-source.ts";

export function cmsContentSource(options: CmsClientOptions): ContentSource {
  const client = createCmsClient(options);
  return {
    kind: "cms",
    origin: client.url,
    description: `the CMS at ${client.url}`,
    entries: (typeName, locale) => client.entries(typeName, locale),
    single: (typeName, locale) => client.single(typeName, locale),
    count: (typeName, locale) => client.count(typeName, locale),
    file: (url) => client.file(url),
  };
}
