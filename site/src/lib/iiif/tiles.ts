/**
 * Static tiles for the IIIF Image API 3 level-0 services the manifests name: after the build, every
 * painting image of every `/iiif/<slug>/manifest.json` gets `/iiif/images/<id>/info.json` and its
 * tiles (`{region}/{size}/0/default.jpg`), written by sharp's `iiif3` tile layout. Only images of
 * published items have a manifest, so only they are tiled.
 *
 * Tiles are cached by the hash of the image file (and the tile settings): a rebuild copies them
 * instead of cutting them again. The `id` in info.json is the public service URL, which sharp
 * cannot know, so it is set when copying.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { type CachedCut, cachedCut } from "../files/cached-cut.ts";
import { folderSize } from "../files/folder-size.ts";

/** Tile edge in pixels: fewer, larger files than the usual 256 (a small site, weak mobile links). */
export const TILE_SIZE = 512;
const JPEG_QUALITY = 82;
/** Part of the cache key: change it when the tile settings change. */
const TILE_SETTINGS = `iiif3-${TILE_SIZE}-q${JPEG_QUALITY}-v1`;

export interface TileOptions {
  /** The built site (Astro's outDir). */
  outDir: string;
  /** The site's public address the manifests' ids start with (PUBLIC_SITE_URL). */
  baseUrl: string;
  /** Where cut tiles are kept between builds. */
  cacheDir: string;
}

export interface TileReport {
  /** Image services written. */
  images: number;
  /** Of those, cut now (the rest came from the cache). */
  cut: number;
  /** Bytes of every file below the services (tiles and info.json). */
  bytes: number;
  files: number;
  ms: number;
}

/** An image a manifest paints, and the service its tiles belong to. */
interface ServiceRequest {
  serviceId: string;
  imageUrl: string;
  where: string;
}

function manifestFiles(iiifDir: string): string[] {
  if (!existsSync(iiifDir)) return [];
  return readdirSync(iiifDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(iiifDir, entry.name, "manifest.json"))
    .filter((file) => existsSync(file));
}

interface PaintedManifest {
  items?: {
    items?: { items?: { body?: { id?: string; service?: { id?: string; type?: string }[] } }[] }[];
  }[];
}

/** The image services every built manifest names, once each. */
export function requestedServices(outDir: string): ServiceRequest[] {
  const services = new Map<string, ServiceRequest>();
  for (const file of manifestFiles(join(outDir, "iiif"))) {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as PaintedManifest;
    for (const canvas of manifest.items ?? []) {
      for (const page of canvas.items ?? []) {
        for (const annotation of page.items ?? []) {
          const body = annotation.body;
          const service = body?.service?.find((candidate) => candidate.type === "ImageService3");
          if (body?.id && service?.id && !services.has(service.id)) {
            services.set(service.id, { serviceId: service.id, imageUrl: body.id, where: file });
          }
        }
      }
    }
  }
  return [...services.values()];
}

/** The built file of a URL on the site. */
function fileOf(url: string, options: TileOptions, where: string): string {
  const base = options.baseUrl.replace(/\/+$/, "");
  if (!url.startsWith(`${base}/`)) {
    throw new Error(
      `${where}: ${url} is not below the site address ${base}; the IIIF tiles cannot be written for it.`,
    );
  }
  return join(options.outDir, decodeURIComponent(url.slice(base.length).split(/[?#]/)[0] ?? ""));
}

/**
 * Cuts the tiles of one image into the cache (once per image content and settings). sharp writes
 * the tile folder and a vips-properties.xml beside it, so the tiles are the cut's `tiles` folder.
 */
async function cachedTiles(image: string, cacheDir: string): Promise<CachedCut> {
  const cut = await cachedCut({
    image,
    cacheDir,
    settings: TILE_SETTINGS,
    doneFile: join("tiles", "info.json"),
    cutInto: async (dir) => {
      await sharp(image)
        .flatten({ background: "#ffffff" })
        .jpeg({ quality: JPEG_QUALITY })
        .tile({ layout: "iiif3", size: TILE_SIZE, id: "https://tiles.invalid" })
        .toFile(join(dir, "tiles"));
    },
  });
  return { ...cut, dir: join(cut.dir, "tiles") };
}

interface InfoJson {
  id: string;
  width: number;
  height: number;
  sizes?: { width: number; height: number }[];
  [key: string]: unknown;
}

/**
 * info.json with the public service id and `sizes`: the whole-image renditions sharp wrote
 * (`full/<w>,<h>/`), so viewers can show a thumbnail without stitching tiles.
 */
function publicInfo(serviceDir: string, serviceId: string): void {
  const file = join(serviceDir, "info.json");
  const info = JSON.parse(readFileSync(file, "utf8")) as InfoJson;
  const fullDir = join(serviceDir, "full");
  const sizes = existsSync(fullDir)
    ? readdirSync(fullDir)
        .map((name) => /^(\d+),(\d+)$/.exec(name))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ width: Number(match[1]), height: Number(match[2]) }))
        .sort((a, b) => a.width - b.width)
    : [];
  const { "@context": context, ...rest } = info;
  writeFileSync(
    file,
    JSON.stringify({ "@context": context, ...rest, id: serviceId, ...(sizes.length > 0 && { sizes }) }),
  );
}

/** Writes the tiles and info.json of every image service the built manifests name. */
export async function writeIiifTiles(options: TileOptions): Promise<TileReport> {
  const started = performance.now();
  mkdirSync(options.cacheDir, { recursive: true });
  const report: TileReport = { images: 0, cut: 0, bytes: 0, files: 0, ms: 0 };
  for (const request of requestedServices(options.outDir)) {
    const image = fileOf(request.imageUrl, options, request.where);
    if (!existsSync(image)) {
      throw new Error(
        `${request.where}: the painted image ${request.imageUrl} is not in the built site (${image}).`,
      );
    }
    const serviceDir = fileOf(request.serviceId, options, request.where);
    const tiles = await cachedTiles(image, options.cacheDir);
    rmSync(serviceDir, { recursive: true, force: true });
    cpSync(tiles.dir, serviceDir, { recursive: true });
    publicInfo(serviceDir, request.serviceId);
    const size = folderSize(serviceDir);
    report.images += 1;
    report.cut += tiles.cut ? 1 : 0;
    report.bytes += size.bytes;
    report.files += size.files;
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
