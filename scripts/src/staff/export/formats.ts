/**
 * The formats of `npm run export`, by name: each reads published content from a source and writes
 * its files below `outDir`. A new format (IIIF) is one more entry here.
 */
import type { ContentSource } from "@showroom/content-types/content-source";
import { writeIiifExport } from "./iiif-export.ts";
import { operatorOf, readLidoInputs, writeLidoExport } from "./lido-export.ts";

export interface ExportOptions {
  outDir: string;
  /** The public address of the site: page links and media URLs in the files. */
  siteUrl: string;
  /** Who provides the records (e.g. LIDO recordSource); default the operator of the site settings. */
  publisher?: string | undefined;
}

export interface ExportFormat {
  description: string;
  /** Writes the export; returns the lines of its report. */
  run(source: ContentSource, options: ExportOptions): Promise<string[]>;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  lido: {
    description: "LIDO 1.1 XML: one file per heritage item and lido/alle.xml with all of them",
    async run(source, options) {
      const publisher = options.publisher ?? (await operatorOf(source));
      if (!publisher) {
        throw new Error(
          'No record source for LIDO: fill in "Betreiber" (operator) in the site settings of the CMS, or pass --publisher "<name of your institution>".',
        );
      }
      const inputs = await readLidoInputs(source);
      if (inputs.length === 0) {
        throw new Error(
          `${source.description} has no published heritage item: publish at least one item first.`,
        );
      }
      const result = await writeLidoExport(
        inputs,
        { siteUrl: options.siteUrl, recordSource: { name: publisher } },
        options.outDir,
      );
      return [
        `${result.records} LIDO records in ${result.wrapFile} (${(result.wrapBytes / 1024).toFixed(0)} KB) and one file per item`,
        ...result.skipped.map(
          (slug) =>
            `  item "${slug}" has the slug of the wrap file: it is in the wrap only; give it another slug`,
        ),
      ];
    },
  },
  iiif: {
    description:
      "IIIF Presentation 3: iiif/<slug>/manifest.json per item, tour collections, iiif/collection.json, the images' level-0 tiles and the images in media/",
    run: (source, options) => writeIiifExport(source, options),
  },
};
