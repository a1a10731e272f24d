/**
 * IIIF Presentation 3 for the showroom: manifests of heritage items and collections of tours and
 * of everything. Pure (no I/O): the site build and the export CLI use the same builders. The
 * static tiles of the images' level-0 services are written by the site build (site/src/lib/iiif/).
 */
export * from "./collection.ts";
export * from "./inputs.ts";
export * from "./language-map.ts";
export * from "./manifest.ts";
export * from "./presentation-3.ts";
export * from "./resources.ts";
