/**
 * The LIDO export of `npm run export -- --format lido`: every published heritage item as
 * `<out>/lido/<slug>.xml` and all of them in `<out>/lido/alle.xml` (the file names the site uses,
 * from the URL scheme). Reads through a content source (the CMS or a snapshot), builds with the
 * shared builder in content-types and streams the wrap to disk, so 10,000 items need no 100 MB string.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ContentSource } from "@showroom/content-types/content-source";
import {
  type LidoContext,
  type LidoRecordInput,
  type LidoSourceLocale,
  lidoDocument,
  lidoRecord,
  lidoRecordInputs,
  lidoSlugOf,
  lidoWrapChunks,
} from "@showroom/content-types/lido";
import { LIDO_WRAP_NAME, lidoRecordPath, lidoWrapPath } from "@showroom/content-types/url-scheme";

/** Every published item of the source with what its record needs, in German and English. */
export async function readLidoInputs(source: ContentSource): Promise<LidoRecordInput[]> {
  const locale = async (language: "de" | "en"): Promise<LidoSourceLocale> => {
    const [items, places, scans, stops] = await Promise.all([
      source.entries("heritage-item", language),
      source.entries("place", language),
      source.entries("scan", language),
      source.entries("tour-stop", language),
    ]);
    return {
      items: items as LidoSourceLocale["items"],
      places: places as LidoSourceLocale["places"],
      scans: scans as LidoSourceLocale["scans"],
      stops: stops as LidoSourceLocale["stops"],
    };
  };
  const [de, en] = await Promise.all([locale("de"), locale("en")]);
  return lidoRecordInputs({ de, en });
}

/** The operator named in the site settings: the record source when none is given. */
export async function operatorOf(source: ContentSource): Promise<string | undefined> {
  const settings = (await source.single("site-setting", "de")) as { operator?: string | null } | null;
  return settings?.operator?.trim() || undefined;
}

export interface LidoExportResult {
  records: number;
  /** Items whose slug is the wrap's name: they are only in the wrap (see LIDO_WRAP_NAME). */
  skipped: string[];
  wrapFile: string;
  wrapBytes: number;
}

/** Writes a write stream's chunks in order, waiting when its buffer is full. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<number> {
  const stream = createWriteStream(file);
  let bytes = 0;
  try {
    for (const chunk of chunks) {
      bytes += Buffer.byteLength(chunk);
      if (!stream.write(chunk)) await once(stream, "drain");
    }
  } finally {
    stream.end();
    await once(stream, "close");
  }
  return bytes;
}

/**
 * Writes one file per item and the wrap of all. `perItem: false` writes only the wrap (the bench,
 * or a harvester that wants one file).
 */
export async function writeLidoExport(
  inputs: LidoRecordInput[],
  context: LidoContext,
  outDir: string,
  options: { perItem?: boolean } = {},
): Promise<LidoExportResult> {
  const wrapFile = join(outDir, ...lidoWrapPath().split("/").filter(Boolean));
  await mkdir(dirname(wrapFile), { recursive: true });
  const skipped: string[] = [];
  if (options.perItem ?? true) {
    for (const input of inputs) {
      const slug = lidoSlugOf(input);
      if (slug === LIDO_WRAP_NAME) {
        skipped.push(slug);
        continue;
      }
      await writeFile(
        join(outDir, ...lidoRecordPath(slug).split("/").filter(Boolean)),
        lidoDocument(input, context),
      );
    }
  }
  const wrapBytes = await writeChunks(
    wrapFile,
    lidoWrapChunks(
      (function* () {
        for (const input of inputs) yield lidoRecord(input, context, { schemaLocation: false });
      })(),
    ),
  );
  return { records: inputs.length, skipped, wrapFile, wrapBytes };
}
