/**
 * The IIIF export of `npm run export -- --format iiif --out <dir>`: the same files the site build
 * publishes below /iiif/ (manifests, tour collections, the collection of everything, and the
 * images' level-0 tiles), plus the painted images in <dir>/media/, so <dir> can be put at the root
 * of any static host. Ids use --base-url (PUBLIC_SITE_URL).
 *
 * Media are named as the site names them (`media/<sha256><ext>`, see the content snapshot), also
 * when reading from the CMS, so the manifests point at the site's files and never at the CMS.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { HeritageItem, Media, Place, Scan, Tour, TourStop } from "@showroom/content-types";
import type { ContentSource } from "@showroom/content-types/content-source";
import {
  type IiifContext,
  IiifSource,
  type IiifSourceLocale,
  iiifDocuments,
  type PerLocale,
} from "@showroom/content-types/open-data/iiif/index.ts";
import { type TileReport, writeIiifTiles } from "@showroom/site/iiif-tiles";
import sharp from "sharp";
import { useSiteMediaNames } from "./site-media-names.ts";

/** Tiles cut by site builds are reused (same cache key: the image's hash and the tile settings). */
const TILE_CACHE = resolve(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "..",
  "site",
  "node_modules",
  ".astro",
  "iiif-tiles",
);

export interface IiifExportOptions {
  outDir: string;
  siteUrl: string;
  publisher?: string | undefined;
  /** Where cut tiles are kept between runs (default: the site build's cache). */
  tileCacheDir?: string;
}

/** Reads every language's published entries and the site settings. */
async function readContent(source: ContentSource) {
  const locale = async (language: "de" | "en"): Promise<IiifSourceLocale> => {
    const [items, scans, places, tours, stops] = await Promise.all([
      source.entries("heritage-item", language),
      source.entries("scan", language),
      source.entries("place", language),
      source.entries("tour", language),
      source.entries("tour-stop", language),
    ]);
    return {
      items: items as HeritageItem[],
      scans: scans as Scan[],
      places: places as Place[],
      tours: tours as Tour[],
      stops: stops as TourStop[],
    };
  };
  const [de, en] = await Promise.all([locale("de"), locale("en")]);
  const settings = {
    de: (await source.single("site-setting", "de")) as { operator?: string; siteName?: string } | null,
    en: (await source.single("site-setting", "en")) as { operator?: string; siteName?: string } | null,
  };
  return { content: { de, en }, settings };
}

/**
 * Writes the painted images into <outDir>/media/ under the site's names and points every media
 * record at its site name; measures images whose media record has no size.
 */
async function placeImages(
  source: ContentSource,
  content: PerLocale<IiifSourceLocale>,
  outDir: string,
): Promise<Map<string, { width: number; height: number }>> {
  const sizes = new Map<string, { width: number; height: number }>();
  await useSiteMediaNames(
    source,
    [content.de?.items, content.de?.scans, content.en?.items, content.en?.scans],
    {
      wants: (media) => media.mime.startsWith("image/"),
      async keep(bytes, name, records) {
        const target = join(outDir, ...name.split("/"));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, bytes);
        const first = records[0] as Media;
        let size = first.width && first.height ? { width: first.width, height: first.height } : undefined;
        if (!size) {
          const meta = await sharp(bytes).metadata();
          if (meta.width && meta.height) size = { width: meta.width, height: meta.height };
        }
        if (size) sizes.set(name, size);
      },
    },
  );
  return sizes;
}

export interface IiifExportResult {
  manifests: number;
  collections: number;
  tiles: TileReport;
  /** The report for people. */
  lines: string[];
}

/** Writes manifests, collections, images and tiles below `outDir`; returns the report lines. */
export async function writeIiifExport(source: ContentSource, options: IiifExportOptions): Promise<string[]> {
  return (await exportIiif(source, options)).lines;
}

/** Writes manifests, collections, images and tiles below `outDir`, with figures. */
export async function exportIiif(
  source: ContentSource,
  options: IiifExportOptions,
): Promise<IiifExportResult> {
  const { content, settings } = await readContent(source);
  const sizes = await placeImages(source, content, options.outDir);
  const operator: PerLocale<string> = {};
  const siteName: PerLocale<string> = {};
  for (const locale of ["de", "en"] as const) {
    const name = options.publisher ?? settings[locale]?.operator;
    if (name) operator[locale] = name;
    if (settings[locale]?.siteName) siteName[locale] = settings[locale]?.siteName as string;
  }
  if (!operator.de && !operator.en) {
    throw new Error(
      'No provider for the IIIF manifests: fill in "Betreiber" (operator) in the site settings of the CMS, or pass --publisher "<name of your institution>".',
    );
  }
  const context: IiifContext & { siteName: PerLocale<string> } = {
    baseUrl: options.siteUrl,
    operator,
    siteName,
    sizeOf: (media) => sizes.get(media.url),
  };
  let manifests = 0;
  let collections = 0;
  for (const { path, document } of iiifDocuments(new IiifSource(content), context)) {
    const file = join(options.outDir, ...path.split("/").filter(Boolean));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(document));
    if (document.type === "Manifest") manifests += 1;
    else collections += 1;
  }
  if (manifests === 0) {
    throw new Error(
      `${source.description} has no published heritage item with an image or a 3D scan poster: a IIIF manifest needs one.`,
    );
  }
  const tiles = await writeIiifTiles({
    outDir: options.outDir,
    baseUrl: options.siteUrl,
    cacheDir: options.tileCacheDir ?? TILE_CACHE,
  });
  const lines = [
    `${manifests} IIIF manifests and ${collections} collections in ${join(options.outDir, "iiif")}`,
    `${tiles.images} image services: ${tiles.files} files, ${(tiles.bytes / 1024 / 1024).toFixed(1)} MB (${tiles.cut} cut, ${tiles.images - tiles.cut} from the cache) in ${(tiles.ms / 1000).toFixed(1)} s`,
    `Publish the folder at the root of ${options.siteUrl} (the ids point there).`,
  ];
  return { manifests, collections, tiles, lines };
}
