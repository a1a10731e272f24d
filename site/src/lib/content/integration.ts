/**
 * Astro integration that gives the build its content: before the content layer loads, it prepares
 * the snapshot (CMS read or fallback); after the build it copies the snapshot's media into
 * `dist/media/` so the site needs no CMS at run time.
 */
import { cpSync, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { copyDecoders } from "@showroom/viewer/decoders.ts";
import type { AstroIntegration } from "astro";
import { RESOLVED_SNAPSHOT_ENV, readContentSourceConfig } from "./config.ts";
import { prepareSnapshot } from "./prepare-snapshot.ts";

export function showroomContent(): AstroIntegration {
  let snapshotDir = "";
  return {
    name: "showroom-content",
    hooks: {
      "astro:config:setup": async ({ logger, command }) => {
        if (command === "preview") return;
        const prepared = await prepareSnapshot(readContentSourceConfig(), logger);
        snapshotDir = prepared.dir;
        process.env[RESOLVED_SNAPSHOT_ENV] = prepared.dir;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const media = join(snapshotDir, "media");
        if (existsSync(media)) cpSync(media, join(out, "media"), { recursive: true });
        // The viewer's Draco/Basis decoders, self-hosted (the viewer config points at /decoders/).
        await copyDecoders(join(out, "decoders"));
        // Static hosts look for a 404 page per folder as `404.html`; Astro writes `en/404/index.html`.
        const english404 = join(out, "en", "404", "index.html");
        if (existsSync(english404)) {
          mkdirSync(join(out, "en"), { recursive: true });
          renameSync(english404, join(out, "en", "404.html"));
        }
        logger.info(`Copied snapshot media and viewer decoders into ${out}`);
      },
    },
  };
}
