import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { loadDataTransfer, runTransfer, transferTransforms } from "./data-transfer.ts";

/** Strapi's exporter appends `.tar` (and `.gz` when compressed) to the name it is given. */
export const BACKUP_EXTENSION = ".tar.gz";

/** A file name like `showroom-backup-2026-11-25T12-00-00Z.tar.gz`. */
export function defaultBackupName(now = new Date()): string {
  return `showroom-backup-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}${BACKUP_EXTENSION}`;
}

/**
 * Writes one archive (gzip-compressed tar, Strapi's data-transfer format) with all content in every
 * locale and status, the media library records, the media files and the configuration (core store,
 * webhooks). Admin users and API tokens are not included: they belong to each instance.
 *
 * @example
 *   await backupCms(strapi, "backups/showroom.tar.gz");
 */
export async function backupCms(strapi: Strapi, archive: string): Promise<string> {
  if (!archive.endsWith(BACKUP_EXTENSION))
    throw new Error(`The backup file name must end in ${BACKUP_EXTENSION}: ${archive}`);
  if (existsSync(archive))
    throw new Error(`${archive} exists already; choose another name (backups are never overwritten).`);
  mkdirSync(dirname(archive), { recursive: true });
  const transfer = loadDataTransfer();
  const base = archive.slice(0, -BACKUP_EXTENSION.length);
  // Written under a temporary name and renamed at the end, so a cut-off backup is never mistaken for a good one.
  const partialBase = `${base}.partial-${process.pid}`;
  const source = transfer.strapi.providers.createLocalStrapiSourceProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
  });
  const destination = transfer.file.providers.createLocalFileDestinationProvider({
    file: { path: partialBase },
    encryption: { enabled: false },
    compression: { enabled: true },
  });
  const engine = transfer.engine.createTransferEngine(source, destination, {
    versionStrategy: "ignore",
    schemaStrategy: "ignore",
    transforms: transferTransforms(transfer),
  });
  const written = `${partialBase}${BACKUP_EXTENSION}`;
  try {
    await runTransfer(engine, "Backup");
    renameSync(written, archive);
  } finally {
    rmSync(written, { force: true });
  }
  return archive;
}
