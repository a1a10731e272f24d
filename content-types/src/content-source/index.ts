/** One way to read published content: the CMS over REST or a snapshot folder (see content-source.ts). */
export * from "./cms-client.ts";
export * from "./cms-source.ts";
export * from "./content-source.ts";
export * from "./open-content-source.ts";
export * from "./snapshot-source.ts";
export * from "./write-snapshot.ts";
