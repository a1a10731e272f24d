// Signed preview links: one implementation in content-types (`src/contracts/preview-signature.ts`),
// shared with the preview server; the CMS compiles its generated copy.
export * from "../generated/preview-signature";
