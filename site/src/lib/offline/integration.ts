/**
 * Astro integration: after the build (and after the content integration has copied the media), it
 * writes for every tour page that offers "save for offline use":
 * - the tour's offline manifest (`/offline/tour-<id>.json`, see offline-manifest.ts);
 * - a web app manifest per language (`/offline/tour-<id>.<de|en>.webmanifest`), so the tour can be
 *   added to the home screen and opens on its tour page;
 * - the home-screen icons, drawn from the site's favicon with sharp (`/offline/icon-*.png`).
 *
 * @example
 *   // astro.config.mjs, after showroomContent()
 *   integrations: [showroomContent(), offlineTours()]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SITE_LOCALES, type SiteLocale } from "@showroom/content-types/url-scheme";
import type { AstroIntegration } from "astro";
import sharp from "sharp";
import {
  buildOfflineManifests,
  OFFLINE_MANIFEST_DEFAULTS,
  type OfflineManifest,
  type OfflineManifestOptions,
} from "./offline-manifest.ts";
import { tourWebManifestPath } from "./paths.ts";

/** Colours of the home-screen icon and splash screen (the site's accent and paper, global.css). */
const THEME_COLOUR = "#0b5a7a";
const BACKGROUND_COLOUR = "#fdfcf9";

/** The home-screen icons: sizes browsers ask for, and a maskable one with the safe-zone padding. */
const ICONS = [
  { path: "/offline/icon-192.png", size: 192, purpose: "any", padding: 0 },
  { path: "/offline/icon-512.png", size: 512, purpose: "any", padding: 0 },
  { path: "/offline/icon-maskable-512.png", size: 512, purpose: "maskable", padding: 0.2 },
] as const;

function writeSiteFile(distDir: string, path: string, content: string | Buffer): void {
  const file = join(distDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Renders the icons from the favicon (an SVG), each on the accent colour. */
async function writeIcons(distDir: string): Promise<void> {
  const favicon = readFileSync(join(distDir, "favicon.svg"));
  for (const icon of ICONS) {
    const inner = Math.round(icon.size * (1 - icon.padding));
    const drawn = await sharp(favicon, { density: 72 * Math.ceil(inner / 32) })
      .resize(inner, inner)
      .png()
      .toBuffer();
    const png = await sharp({
      create: { width: icon.size, height: icon.size, channels: 4, background: THEME_COLOUR },
    })
      .composite([{ input: drawn, gravity: "centre" }])
      .png()
      .toBuffer();
    writeSiteFile(distDir, icon.path, png);
  }
}

/** The web app manifest of a tour in one language: it starts on the tour page. */
export function tourWebManifest(manifest: OfflineManifest, locale: SiteLocale): object | undefined {
  const page = manifest.tour[locale];
  if (!page) return undefined;
  return {
    name: page.title,
    short_name: page.title.length <= 24 ? page.title : `${page.title.slice(0, 23)}…`,
    lang: locale,
    start_url: page.path,
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: ICONS.map((icon) => ({
      src: icon.path,
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose,
    })),
  };
}

export function offlineTours(options: OfflineManifestOptions = {}): AstroIntegration {
  return {
    name: "showroom-offline-tours",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeIcons(out);
        // The icons and the web app manifests are part of what a saved tour keeps.
        const crawl: OfflineManifestOptions = {
          alwaysInclude: [
            ...(options.alwaysInclude ?? OFFLINE_MANIFEST_DEFAULTS.alwaysInclude),
            ...ICONS.map((icon) => icon.path),
          ],
        };
        for (const [path, manifest] of buildOfflineManifests(out, crawl)) {
          for (const locale of SITE_LOCALES) {
            const webManifest = tourWebManifest(manifest, locale);
            if (webManifest)
              writeSiteFile(out, tourWebManifestPath(path, locale), JSON.stringify(webManifest));
          }
        }
        // Once more now that the web app manifests exist, for their sizes and the content hash.
        for (const [path, manifest] of buildOfflineManifests(out, crawl)) {
          writeSiteFile(out, path, JSON.stringify(manifest));
          logger.info(
            `Offline tour ${path}: ${manifest.files.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB`,
          );
        }
      },
    },
  };
}
