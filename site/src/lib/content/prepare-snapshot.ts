/**
 * Decides where this build's content comes from. With STRAPI_URL set, it reads the CMS (content-types'
 * CMS content source) into a fresh snapshot with content-types' snapshot writer and keeps it as the
 * "last snapshot"; when the CMS does not answer it falls back to the last snapshot with a warning.
 * It never builds an empty site: no CMS and no snapshot is an error that says what to do.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { readSnapshotManifest } from "@showroom/content-types";
import { cmsContentSource, writeSnapshot } from "@showroom/content-types/content-source";
import type { ContentSourceConfig } from "./config.ts";

export interface PreparedSnapshot {
  dir: string;
  /** "cms" when this build read the CMS, "snapshot" when it used an existing snapshot. */
  from: "cms" | "snapshot";
  warning?: string;
}

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Content that the CMS served but that is invalid must fail the build, not fall back silently. */
function isContentError(error: unknown): boolean {
  return error instanceof Error && error.name === "ContentValidationError";
}

export async function prepareSnapshot(
  config: ContentSourceConfig,
  logger: Logger,
): Promise<PreparedSnapshot> {
  const hasSnapshot = existsSync(join(config.snapshotDir, "manifest.json"));
  if (config.strapiUrl) {
    const fresh = `${config.snapshotDir}.incoming`;
    try {
      rmSync(fresh, { recursive: true, force: true });
      mkdirSync(dirname(fresh), { recursive: true });
      const cms = cmsContentSource({
        url: config.strapiUrl,
        ...(config.strapiToken ? { token: config.strapiToken } : {}),
      });
      await writeSnapshot(cms, { outDir: fresh });
      readSnapshotManifest(fresh);
      // Swap in the fresh read only once it is complete, so a failed read never damages the last snapshot.
      rmSync(config.snapshotDir, { recursive: true, force: true });
      renameSync(fresh, config.snapshotDir);
      logger.info(
        `Content read from the CMS at ${config.strapiUrl}; kept as snapshot in ${config.snapshotDir}`,
      );
      return { dir: config.snapshotDir, from: "cms" };
    } catch (error) {
      rmSync(fresh, { recursive: true, force: true });
      if (isContentError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      if (!hasSnapshot) {
        throw new Error(
          `The CMS at ${config.strapiUrl} could not be read (${reason}) and there is no content snapshot at ${config.snapshotDir} to fall back to. Start the CMS, or set SNAPSHOT_DIR to a snapshot (npm run snapshot writes one).`,
        );
      }
      const warning = `The CMS at ${config.strapiUrl} could not be read (${reason}). Building from the last snapshot in ${config.snapshotDir} (created ${readSnapshotManifest(config.snapshotDir).createdAt}).`;
      logger.warn(warning);
      return { dir: config.snapshotDir, from: "snapshot", warning };
    }
  }
  if (!hasSnapshot) {
    throw new Error(
      `No content to build from: STRAPI_URL is not set and there is no content snapshot at ${config.snapshotDir}. Set STRAPI_URL and STRAPI_TOKEN to read the CMS, or SNAPSHOT_DIR to a snapshot (npm run snapshot writes one).`,
    );
  }
  readSnapshotManifest(config.snapshotDir);
  return { dir: config.snapshotDir, from: "snapshot" };
}
