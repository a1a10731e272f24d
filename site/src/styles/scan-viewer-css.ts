/**
 * The 3D viewer's styles (a string in @showroom/viewer, shared with its embeds and React users) as a
 * stylesheet module for the site: `import "virtual:scan-viewer.css"` puts them into the page's
 * bundled CSS file in <head>. Inlined as a <style> element they would sit in <body> (invalid HTML)
 * and need 'unsafe-inline' in the Content-Security-Policy.
 */
import { viewerCss } from "@showroom/viewer/styles.ts";

const MODULE = "virtual:scan-viewer.css";
// A path-like id ending in .css, so Vite's CSS pipeline bundles it like a file.
const RESOLVED = "/@showroom/scan-viewer.css";

export function scanViewerCss() {
  return {
    name: "showroom-scan-viewer-css",
    resolveId: (source: string) => (source === MODULE ? RESOLVED : undefined),
    load: (id: string) => (id === RESOLVED ? viewerCss : undefined),
  };
}
