/**
 * Astro integration: after the build, it
 * - turns every link on a kiosk page that leaves the kiosk into plain text (unlink.ts), whichever
 *   shared component rendered it, and fails the build if a kiosk page still links out;
 * - writes the kiosk's offline cache list (paths.ts KIOSK_CACHE_MANIFEST): every kiosk page and
 *   every file they need, found the way the offline tours find theirs (lib/offline/offline-manifest.ts).
 *
 * @example
 *   // astro.config.mjs, after showroomContent()
 *   integrations: [showroomContent(), kioskPages()]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildOfflineManifest } from "../offline/offline-manifest.ts";
import { KIOSK_CACHE_MANIFEST, KIOSK_ROOTS } from "./paths.ts";
import { unlinkOutbound } from "./unlink.ts";

/** The site paths of the kiosk's pages in a built site (`/kiosk/`, `/kiosk/touren/wall/`, …). */
export function kioskPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (path: string) => {
    const dir = join(distDir, path);
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${path}${entry.name}/`);
      else if (entry.name === "index.html") pages.push(path);
    }
  };
  for (const root of KIOSK_ROOTS) walk(root);
  return pages.sort();
}

export function kioskIntegration(): AstroIntegration {
  return {
    name: "showroom-kiosk",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = kioskPages(out);
        let unlinked = 0;
        for (const page of pages) {
          const file = join(out, page, "index.html");
          const { html, removed } = unlinkOutbound(readFileSync(file, "utf8"), KIOSK_ROOTS);
          if (removed.length > 0) writeFileSync(file, html);
          unlinked += removed.length;
        }
        const manifest = buildOfflineManifest(out, pages, { alwaysInclude: [] });
        writeFileSync(
          join(out, KIOSK_CACHE_MANIFEST),
          JSON.stringify({ version: manifest.version, bytes: manifest.bytes, files: manifest.files }),
        );
        logger.info(
          `Kiosk: ${pages.length} pages (${unlinked} outbound links made text), offline cache ${manifest.files.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB`,
        );
      },
    },
  };
}
