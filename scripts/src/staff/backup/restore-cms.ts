import { existsSync } from "node:fs";
import type { Strapi } from "../../shared/cms/boot-cms.ts";
import { isEmptyCensus, takeCensus } from "./content-census.ts";
import { ignoredContentTypes, loadDataTransfer, runTransfer, transferTransforms } from "./data-transfer.ts";

export interface RestoreOptions {
  /** Replace the content of a CMS that is not empty (everything in it is deleted first). */
  force?: boolean;
}

/**
 * Brings a backup archive from {@link backupCms} back: content, media records and files, and
 * configuration. By default only into an empty CMS, so a typo cannot wipe a live instance.
 */
export async function restoreCms(
  strapi: Strapi,
  archive: string,
  options: RestoreOptions = {},
): Promise<void> {
  if (!existsSync(archive)) throw new Error(`Backup archive ${archive} not found.`);
  if (!options.force && !isEmptyCensus(await takeCensus(strapi))) {
    throw new Error(
      "This CMS already holds content. Restore into an empty instance (a new database), or pass --force to replace everything in it.",
    );
  }
  const transfer = loadDataTransfer();
  const source = transfer.file.providers.createLocalFileSourceProvider({
    file: { path: archive },
    compression: { enabled: archive.endsWith(".gz") },
    encryption: { enabled: false },
  });
  const destination = transfer.strapi.providers.createLocalStrapiDestinationProvider({
    getStrapi: () => strapi,
    autoDestroy: false,
    strategy: "restore",
    restore: {
      entities: { exclude: ignoredContentTypes(strapi, transfer), include: undefined },
      assets: true,
      configuration: { webhook: true, coreStore: true },
    },
  });
  const engine = transfer.engine.createTransferEngine(source, destination, {
    versionStrategy: "ignore",
    schemaStrategy: "strict",
    transforms: transferTransforms(transfer),
  });
  await runTransfer(engine, "Restore");
}
