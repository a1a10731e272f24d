/**
 * @showroom/viewer — what other packages import. Browser entries with three.js are separate
 * modules (mount.ts, ScanViewer.tsx, poster-first.ts) so that importing types or the HTML
 * renderer on the server never pulls in three.js; decoders.ts is Node-only (build time).
 */

export { type EmbedCodeOptions, embedCode } from "./embed-code.ts";
export {
  formatDistance,
  formatFileSize,
  type ViewerLocale,
  type ViewerStrings,
  viewerStrings,
} from "./i18n.ts";
export { escapeHtml, type RenderViewerHtmlOptions, renderViewerHtml } from "./render-viewer-html.ts";
export { viewerCss } from "./styles.ts";
export type {
  CameraView,
  ScanAnnotation,
  ScanViewerHandle,
  ScanViewerOptions,
  Vec3,
  ViewerErrorCode,
} from "./types.ts";
