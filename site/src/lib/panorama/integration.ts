/**
 * Astro integration: after the build (and after the content integration copied the media into
 * dist/media/), cuts the preview and tiles of the virtual tours' panoramas (see tiles.ts). Must
 * come after `showroomContent()` in astro.config.mjs.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { writePanoramaTiles } from "./tiles.ts";

export function panoramaTiles(): AstroIntegration {
  let cacheDir = "";
  return {
    name: "showroom-panorama-tiles",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "panorama-tiles");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const report = await writePanoramaTiles({ outDir: fileURLToPath(dir), cacheDir });
        logger.info(
          `Panorama tiles: ${report.panoramas} panoramas (${report.cut} cut, ${report.panoramas - report.cut} from cache), ${report.files} files, ${(report.bytes / 1024).toFixed(0)} KB in ${report.ms} ms`,
        );
      },
    },
  };
}
