// The contracts shared by the CMS, the site and the scripts (the content model aside). Browser code
// (the site's islands) imports the single modules through their subpath exports, e.g.
// `@showroom/content-types/search-document`, so it does not pull in the zod validators.
export * from "./meilisearch-config.ts";
export * from "./preview-signature.ts";
export * from "./search-document.ts";
export * from "./search-index-settings.ts";
export * from "./url-scheme.ts";
