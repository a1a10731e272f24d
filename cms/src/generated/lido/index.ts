// Generated from content-types/src/open-data/lido/index.ts by `npm run generate -w content-types` — do not edit.
/**
 * LIDO 1.1 export of heritage items (for the Deutsche Digitale Bibliothek, Europeana, museum-digital):
 * pure string builders the site build, `npm run export` and the CMS's OAI-PMH endpoint share.
 * Field → element mapping: README.md in this folder.
 */
export * from "./lido-input";
export * from "./lido-inputs";
export * from "./lido-record";
export * from "./lido-wrap";
export * from "./vocabulary";
export { escapeXml, plainText } from "./xml";
