import type { Document } from "@gltf-transform/core";
import { textureCompress } from "@gltf-transform/functions";
import sharp from "sharp";

export interface CompressTexturesOptions {
  /** "webp" converts every texture (EXT_texture_webp); "keep" only resizes in the original format. */
  format: "webp" | "keep";
  /** Longest texture side in pixels; larger textures are scaled down keeping their aspect ratio. */
  maxSize: number;
  /** Encoder quality, 1–100. */
  quality: number;
}

export const COMPRESS_TEXTURES_DEFAULTS: CompressTexturesOptions = {
  format: "webp",
  maxSize: 2048,
  quality: 85,
};

/**
 * Limits texture size and re-encodes textures with sharp. WebP is used rather than KTX2/Basis
 * because KTX2 encoding needs the native `toktx` tool, which no npm package ships; every browser
 * the site supports decodes WebP.
 *
 * ```ts
 * await compressTextures(document, { maxSize: 512 });
 * ```
 */
export async function compressTextures(
  document: Document,
  overrides: Partial<CompressTexturesOptions> = {},
): Promise<void> {
  const options = { ...COMPRESS_TEXTURES_DEFAULTS, ...overrides };
  if (document.getRoot().listTextures().length === 0) return;
  await document.transform(
    textureCompress({
      encoder: sharp,
      ...(options.format === "webp" ? { targetFormat: "webp" as const } : {}),
      resize: [options.maxSize, options.maxSize],
      quality: options.quality,
    }),
  );
}
