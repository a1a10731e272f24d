/**
 * LIDO 1.1 export of heritage items (for the Deutsche Digitale Bibliothek, Europeana, museum-digital):
 * pure string builders the site build, `npm run export` and the CMS's OAI-PMH endpoint share.
 * Field → element mapping: README.md in this folder.
 */
export * from "./lido-input.ts";
export * from "./lido-inputs.ts";
export * from "./lido-record.ts";
export * from "./lido-wrap.ts";
export * from "./vocabulary.ts";
export { escapeXml, plainText } from "./xml.ts";
