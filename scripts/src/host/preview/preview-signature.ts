// Signed preview links: one implementation in content-types, shared with the CMS (which signs).
// Kept so the preview server's modules keep their import; new code imports the package directly.
export {
  PREVIEW_LINK_SECONDS,
  type PreviewRequest,
  signedPreviewQuery,
  signPreview,
  verifyPreviewQuery,
} from "@showroom/content-types/preview-signature";
