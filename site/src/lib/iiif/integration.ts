/**
 * Astro integration: after the build (and after the content integration copied the media), writes
 * the static tiles of the IIIF image services the manifests name (see tiles.ts). Must come after
 * `showroomContent()` in astro.config.mjs.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writeIiifTiles } from "./tiles.ts";

export function iiifTiles(): AstroIntegration {
  let baseUrl = "http://localhost:4321";
  let cacheDir = "";
  return {
    name: "showroom-iiif-tiles",
    hooks: {
      "astro:config:done": ({ config }) => {
        if (config.site) baseUrl = config.site;
        cacheDir = join(fileURLToPath(config.cacheDir), "iiif-tiles");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const report = await writeIiifTiles({ outDir: fileURLToPath(dir), baseUrl, cacheDir });
        logger.info(
          `IIIF tiles: ${report.images} images (${report.cut} cut, ${report.images - report.cut} from cache), ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB in ${report.ms} ms`,
        );
      },
    },
  };
}
