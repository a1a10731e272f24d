/**
 * Cuts the tiles of the virtual tours' 360° panoramas after the build: every panorama a built
 * virtual-tour page names (`data-panorama-source` → `data-panorama-tiles`) gets a preview image
 * and its levels of 512 px tiles (see @showroom/viewer/panorama/levels.ts), so a phone loads the
 * preview and the tiles in view, never the whole image.
 *
 * Tiles are cached by the hash of the image file and the tile settings (../files/cached-cut.ts),
 * like the IIIF tiles: a rebuild copies them instead of cutting again.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  PANORAMA_PREVIEW_WIDTH,
  PANORAMA_TILE_SIZE,
  PREVIEW_FILE,
  planPanoramaLevels,
  tileFile,
} from "@showroom/viewer/panorama/levels.ts";
import sharp from "sharp";
import { cachedCut } from "../files/cached-cut.ts";
import { folderSize } from "../files/folder-size.ts";

const JPEG_QUALITY = 80;
const PREVIEW_QUALITY = 70;
/** Part of the cache key: change it when the tile settings change. */
const TILE_SETTINGS = `equirect-${PANORAMA_TILE_SIZE}-${PANORAMA_PREVIEW_WIDTH}-q${JPEG_QUALITY}-q${PREVIEW_QUALITY}-v1`;

export interface PanoramaTileReport {
  panoramas: number;
  cut: number;
  files: number;
  bytes: number;
  ms: number;
}

interface PanoramaRequest {
  source: string;
  tiles: string;
  where: string;
}

/** An element that names a panorama and its tile folder (attributes in any order). */
const TAG = /<[^>]*\bdata-panorama-source="[^"]*"[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "media" || entry.name === "_astro" ? [] : htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The panoramas the built pages ask for, once each (by tile folder). */
export function requestedPanoramas(outDir: string): PanoramaRequest[] {
  const requests = new Map<string, PanoramaRequest>();
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    if (!html.includes("data-panorama-source")) continue;
    for (const [tag] of html.matchAll(TAG)) {
      const source = attribute(tag, "data-panorama-source");
      const tiles = attribute(tag, "data-panorama-tiles");
      if (source && tiles && !requests.has(tiles)) requests.set(tiles, { source, tiles, where: file });
    }
  }
  return [...requests.values()];
}

/** Cuts preview and levels of one image into `dir`. */
async function cutPanorama(image: string, dir: string): Promise<void> {
  const { width = 0, height = 0 } = await sharp(image, { limitInputPixels: 16384 * 8192 }).metadata();
  if (width < 2 || Math.abs(width - 2 * height) > 2) {
    throw new Error(
      `the panorama ${image} is ${width} × ${height} pixels; a 360° panorama is equirectangular, twice as wide as high (e.g. 8192 × 4096). Export it again in that shape.`,
    );
  }
  const source = sharp(image, { limitInputPixels: 16384 * 8192 });
  await source
    .clone()
    .resize(PANORAMA_PREVIEW_WIDTH, PANORAMA_PREVIEW_WIDTH / 2, { fit: "fill" })
    .jpeg({ quality: PREVIEW_QUALITY, mozjpeg: true })
    .toFile(join(dir, PREVIEW_FILE));
  const levels = planPanoramaLevels(width, height);
  for (const level of levels) {
    // One decode and resize per level, then cut: extracting from raw pixels is fast.
    const { data, info } = await source
      .clone()
      .resize(level.width, level.height, { fit: "fill" })
      .raw()
      .toBuffer({ resolveWithObject: true });
    mkdirSync(join(dir, String(level.index)), { recursive: true });
    for (let row = 0; row < level.rows; row++) {
      for (let col = 0; col < level.cols; col++) {
        const left = col * PANORAMA_TILE_SIZE;
        const top = row * PANORAMA_TILE_SIZE;
        await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
          .extract({
            left,
            top,
            width: Math.min(PANORAMA_TILE_SIZE, level.width - left),
            height: Math.min(PANORAMA_TILE_SIZE, level.height - top),
          })
          .jpeg({ quality: JPEG_QUALITY })
          .toFile(join(dir, tileFile(level.index, col, row)));
      }
    }
  }
  writeFileSync(
    join(dir, "info.json"),
    JSON.stringify({ width, height, tileSize: PANORAMA_TILE_SIZE, preview: PREVIEW_FILE, levels }),
  );
}

/** The built file of a site path. */
function builtFile(outDir: string, path: string, where: string): string {
  if (!path.startsWith("/") || path.includes("..")) {
    throw new Error(`${where}: the panorama path ${path} is not a path on the site.`);
  }
  return join(outDir, decodeURIComponent(path.split(/[?#]/)[0] ?? ""));
}

/** Writes preview and tiles of every panorama the built virtual-tour pages name. */
export async function writePanoramaTiles(options: {
  outDir: string;
  cacheDir: string;
}): Promise<PanoramaTileReport> {
  const started = performance.now();
  mkdirSync(options.cacheDir, { recursive: true });
  const report: PanoramaTileReport = { panoramas: 0, cut: 0, files: 0, bytes: 0, ms: 0 };
  for (const request of requestedPanoramas(options.outDir)) {
    const image = builtFile(options.outDir, request.source, request.where);
    if (!existsSync(image)) {
      throw new Error(
        `${request.where}: the panorama ${request.source} is not in the built site (${image}).`,
      );
    }
    const cached = await cachedCut({
      image,
      cacheDir: options.cacheDir,
      settings: TILE_SETTINGS,
      doneFile: "info.json",
      cutInto: (dir) => cutPanorama(image, dir),
    });
    const target = builtFile(options.outDir, request.tiles, request.where);
    rmSync(target, { recursive: true, force: true });
    cpSync(cached.dir, target, { recursive: true });
    const size = folderSize(target);
    report.panoramas += 1;
    report.cut += cached.cut ? 1 : 0;
    report.files += size.files;
    report.bytes += size.bytes;
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
