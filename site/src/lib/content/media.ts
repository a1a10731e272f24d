/**
 * Media in a snapshot are files named `media/<hash><ext>`. The site serves them from `/media/`
 * (copied into the build, so the CMS can be switched off) and hands images to Astro's image
 * pipeline, which writes responsive AVIF/WebP variants with hashed names.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Astro's content layer turns strings with this prefix into image imports (ImageMetadata). */
const ASTRO_IMAGE_PREFIX = "__ASTRO_IMAGE_";
const PIPELINE_IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

function isMedia(value: unknown): value is { url: string; mime: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { url?: unknown }).url === "string" &&
    typeof (value as { mime?: unknown }).mime === "string"
  );
}

/** An image of an entry that goes to the image pipeline: where it is used and which file it is. */
export interface PipelineImage {
  /** The field path inside the entry, e.g. `images.0.file`. */
  field: string;
  /** The absolute path of the snapshot file. */
  file: string;
  /** The file name the editor uploaded (the media record's `name`). */
  name: string;
}

/** The images of a rewritten entry (see rewriteMedia) that Astro's image pipeline will process. */
export function pipelineImagesOf(entry: unknown): PipelineImage[] {
  const images: PipelineImage[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${path}.${index}`);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const { src, name, url } = value as { src?: unknown; name?: unknown; url?: unknown };
    if (isMedia(value) && typeof src === "string" && src.startsWith(ASTRO_IMAGE_PREFIX)) {
      const file = src.slice(ASTRO_IMAGE_PREFIX.length);
      images.push({ field: path, file, name: typeof name === "string" ? name : String(url) });
      return;
    }
    for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
  };
  visit(entry, "");
  return images;
}

/**
 * Rewrites every media object of an entry in place: `url` becomes the public `/media/<file>` path
 * and images get `src` for the image pipeline. Returns the snapshot files the entry uses.
 */
export function rewriteMedia(entry: unknown, snapshotDir: string, where: string): string[] {
  const files: string[] = [];
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${path}.${index}`);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    if (isMedia(value)) {
      const relative = value.url.replace(/^\/+/, "");
      if (!relative.startsWith("media/")) {
        throw new Error(
          `${where}, field "${path}": media URL "${value.url}" does not point into the snapshot (expected "media/<file>"). Re-create the snapshot with: npm run snapshot`,
        );
      }
      const file = join(snapshotDir, relative);
      if (!existsSync(file)) {
        throw new Error(
          `${where}, field "${path}": media file ${relative} is missing from the snapshot at ${snapshotDir}. Re-create the snapshot with: npm run snapshot`,
        );
      }
      files.push(relative);
      const record = value as Record<string, unknown>;
      record.url = `/${relative}`;
      if (PIPELINE_IMAGE.test(relative)) record.src = `${ASTRO_IMAGE_PREFIX}${file}`;
      return;
    }
    for (const [key, inner] of Object.entries(value)) visit(inner, path ? `${path}.${key}` : key);
  };
  visit(entry, "");
  return files;
}
