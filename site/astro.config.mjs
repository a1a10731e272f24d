// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { showroomContent } from "./src/lib/content/integration.ts";
import { iiifTiles } from "./src/lib/iiif/integration.ts";
import { kioskIntegration } from "./src/lib/kiosk/integration.ts";
import { offlineTours } from "./src/lib/offline/integration.ts";
import { panoramaTiles } from "./src/lib/panorama/integration.ts";
import { searchIndex } from "./src/lib/search/pagefind-integration.ts";
import { scanViewerCss } from "./src/styles/scan-viewer-css.ts";

// The public origin is needed for canonical/hreflang URLs and the sitemap; the demo serves locally.
const site = process.env.PUBLIC_SITE_URL || "http://localhost:4321";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // Tests and the bench build into their own folders; `npm run build` uses site/dist.
  outDir: process.env.SITE_OUT_DIR || "./dist",
  cacheDir: process.env.SITE_CACHE_DIR || "./node_modules/.astro",
  // No inline <style> or <script>: the Content-Security-Policy (src/lib/security/headers.ts) allows
  // only the site's own files, so every stylesheet and script is written as one.
  build: { format: "directory", inlineStylesheets: "never" },
  // The site never shows Astro's dev toolbar to visitors; it also keeps dev pages free of foreign requests.
  devToolbar: { enabled: false },
  prefetch: false,
  image: { responsiveStyles: false },
  // three.js in the viewer's lazy chunk is larger than Vite's default warning limit; it loads only
  // when a visitor asks for the 3D view.
  vite: {
    build: {
      chunkSizeWarningLimit: 1200,
      // Scripts always as files (see build.inlineStylesheets); other small assets may still be inlined.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
    plugins: [scanViewerCss()],
  },
  integrations: [
    showroomContent(),
    // After showroomContent: tiles the images the IIIF manifests paint (it copies them into dist/media/).
    iiifTiles(),
    // After showroomContent: cuts the virtual tours' panoramas (dist/media/) into preview and tiles.
    panoramaTiles(),
    // After showroomContent (the media are in dist/): the offline manifests list files with their sizes.
    offlineTours(),
    // After showroomContent: strips outbound links from the kiosk pages and lists what the kiosk caches.
    kioskIntegration(),
    // No sitemap i18n option: it pairs pages by path prefix, but our slugs differ per language;
    // the pages carry correct hreflang links themselves.
    sitemap({ filter: (page) => !/\/(q|embed|json|iiif|offline|kiosk|404)\//.test(new URL(page).pathname) }),
    // Last: indexes the finished pages with Pagefind (dist/pagefind/) for the embedded search.
    searchIndex(),
  ],
});
