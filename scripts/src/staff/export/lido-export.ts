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
  lidoDocumentOf,
  lidoRecord,
  lidoRecordInputs,
  lidoSlugOf,
  lidoWrapChunks,
} from "@showroom/content-types/lido";
import { LIDO_WRAP_NAME, lidoRecordPath, lidoWrapPath } from "@showroom/content-types/url-scheme";
import { useSiteMediaNames } from "./site-media-names.ts";

/**
 * Every published item of the source with what its record needs, in German and English; media
 * carry the names the site gives them (`media/<sha256><ext>`, see site-media-names.ts), so the
 * records link the site's files below the site address, also when read from the CMS.
 */
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
  await useSiteMediaNames(source, { de, en });
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

/** How many item files are written at once: enough to keep a slow disk busy, few enough for any ulimit. */
const PARALLEL_WRITES = 32;

/**
 * Writes one file per item and the wrap of all, building each record once. `perItem: false`
 * writes only the wrap (a harvester that wants one file).
 */
export async function writeLidoExport(
  inputs: LidoRecordInput[],
  context: LidoContext,
  outDir: string,
  options: { perItem?: boolean } = {},
): Promise<LidoExportResult> {
  const perItem = options.perItem ?? true;
  const wrapFile = join(outDir, ...lidoWrapPath().split("/").filter(Boolean));
  await mkdir(dirname(wrapFile), { recursive: true });
  const skipped: string[] = [];
  const pending = new Set<Promise<void>>();
  const wrap = createWriteStream(wrapFile);
  let wrapBytes = 0;
  const write = async (chunk: string) => {
    wrapBytes += Buffer.byteLength(chunk);
    if (!wrap.write(chunk)) await once(wrap, "drain");
  };
  try {
    const records = lidoWrapChunks(
      (function* () {
        for (const input of inputs) {
          const record = lidoRecord(input, context, { schemaLocation: false });
          const slug = lidoSlugOf(input);
          if (perItem && slug === LIDO_WRAP_NAME) skipped.push(slug);
          else if (perItem) {
            const file = join(outDir, ...lidoRecordPath(slug).split("/").filter(Boolean));
            const done: Promise<void> = writeFile(file, lidoDocumentOf(record)).finally(() =>
              pending.delete(done),
            );
            pending.add(done);
          }
          yield record;
        }
      })(),
    );
    for (const chunk of records) {
      await write(chunk);
      while (pending.size >= PARALLEL_WRITES) await Promise.race(pending);
    }
    await Promise.all(pending);
  } finally {
    wrap.end();
    await once(wrap, "close");
  }
  return { records: inputs.length, skipped, wrapFile, wrapBytes };
}
