import type { Document, Texture } from "@gltf-transform/core";
import { EXTTextureWebP, KHRTextureBasisu } from "@gltf-transform/extensions";
import { getTextureColorSpace, listTextureSlots, textureCompress } from "@gltf-transform/functions";
import { encodeToKTX2 } from "ktx2-encoder";
import sharp from "sharp";
import { type ColourDifference, colourDifference } from "./colour-difference.ts";

export interface CompressTexturesOptions {
  /**
   * "webp" converts every texture (EXT_texture_webp); "ktx2" encodes every texture as Basis Universal
   * (KHR_texture_basisu); "auto" takes KTX2 per texture where it is smaller than the faithful WebP
   * choice; "keep" only resizes in the original format.
   */
  format: "webp" | "ktx2" | "auto" | "keep";
  /** Longest texture side in pixels; larger textures are scaled down keeping their aspect ratio. */
  maxSize: number;
  /** Encoder quality of the first, lossy try, 1–100. */
  quality: number;
  /**
   * A colour texture whose lossy encoding differs more than this from the original gets a more
   * faithful encoding. Mean ΔE about 1 is just noticeable; palette textures (flat colours, pixel
   * art, labels) reach 2.5–3 at quality 85 where photographic textures stay near 1.
   */
  maxMeanDeltaE: number;
  /** …or when 1 % of the pixels differ more than this (a small region turned wrong: hair, a label). */
  maxP99DeltaE: number;
  /** Smaller limits for single textures, by their name in the report (`TextureChoice.texture`). */
  maxSizeByTexture: Readonly<Record<string, number>>;
}

export const COMPRESS_TEXTURES_DEFAULTS: CompressTexturesOptions = {
  format: "webp",
  maxSize: 2048,
  quality: 85,
  maxMeanDeltaE: 2,
  maxP99DeltaE: 6,
  maxSizeByTexture: {},
};

/** How one texture was encoded, and why (`report.json`). */
export interface TextureChoice {
  texture: string;
  /** Material slots using it: baseColorTexture, normalTexture, … */
  slots: string[];
  width: number;
  height: number;
  /**
   * "webp-q85" (lossy), "webp-q95-sharp" (higher quality, full-resolution colour), "webp-lossless",
   * "ktx2-etc1s" (colour textures) or "ktx2-uastc" (data textures: normals, roughness, …).
   */
  encoding: string;
  bytes: number;
  /** Why this encoding won, in words for the report. */
  reason: string;
  /** The other format tried with "auto" (KTX2 when WebP won, WebP when KTX2 won), else null. */
  alternative: { encoding: string; bytes: number } | null;
  /** Difference of the chosen encoding from the original (colour textures only). */
  difference: ColourDifference | null;
  /** Difference of the first lossy try, when it was rejected. */
  rejectedLossy: ColourDifference | null;
}

const round = (d: ColourDifference): ColourDifference => ({
  meanDeltaE: Number(d.meanDeltaE.toFixed(2)),
  p99DeltaE: Number(d.p99DeltaE.toFixed(2)),
});

function renamed(uri: string, extension: "webp" | "ktx2"): string {
  return uri ? `${uri.replace(/\.[^./]*$/, "")}.${extension}` : "";
}

/**
 * Basis Universal in a KTX2 container, with mipmaps. Colour textures take ETC1S at its highest
 * quality level (small, sRGB); data textures take UASTC, as ETC1S blurs normals and channels.
 */
async function encodeKtx2(
  png: Buffer,
  isColour: boolean,
  isNormalMap: boolean,
): Promise<{ encoding: string; bytes: Uint8Array }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8Array(data);
  const bytes = await encodeToKTX2(pixels, {
    isUASTC: !isColour,
    qualityLevel: 255,
    needSupercompression: true,
    generateMipmap: true,
    isPerceptual: isColour,
    isSetKTX2SRGBTransferFunc: isColour,
    isNormalMap,
    // The input is raw RGBA already; in Node the encoder would otherwise want an image decoder.
    imageDecoder: async () => ({ data: pixels, width: info.width, height: info.height }),
  });
  return { encoding: isColour ? "ktx2-etc1s" : "ktx2-uastc", bytes };
}

/** How the report names a texture (and `maxSizeByTexture` finds it). */
function textureName(texture: Texture, index: number): string {
  return texture.getName() || texture.getURI() || `#${index}`;
}

async function encodeWithFidelity(
  texture: Texture,
  index: number,
  options: CompressTexturesOptions,
): Promise<TextureChoice | null> {
  const image = texture.getImage();
  if (!image) return null;
  const name = textureName(texture, index);
  const maxSize = Math.min(options.maxSize, options.maxSizeByTexture[name] ?? options.maxSize);
  // Scale first, so both the encodings and the comparison see the size the visitor gets.
  const scaled = await sharp(image)
    .resize(maxSize, maxSize, { fit: "inside", withoutEnlargement: true })
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => null);
  // An image sharp cannot decode (KTX2, say) stays as it is; the validator already vouched for it.
  if (!scaled) return null;
  const { data: original, info } = scaled;
  const isColour = getTextureColorSpace(texture) === "srgb";
  const lossy = await sharp(original).webp({ quality: options.quality }).toBuffer();
  const lossyDifference = isColour ? await colourDifference(original, lossy) : null;
  const acceptable = (d: ColourDifference) =>
    d.meanDeltaE <= options.maxMeanDeltaE && d.p99DeltaE <= options.maxP99DeltaE;

  let choice = { encoding: `webp-q${options.quality}`, bytes: lossy, difference: lossyDifference };
  let rejectedLossy: ColourDifference | null = null;
  if (lossyDifference && !acceptable(lossyDifference)) {
    rejectedLossy = lossyDifference;
    // Palette-like textures are often far smaller lossless than lossy; take the smallest that holds.
    const sharper = await sharp(original).webp({ quality: 95, smartSubsample: true }).toBuffer();
    const sharperDifference = await colourDifference(original, sharper);
    const lossless = await sharp(original).webp({ lossless: true }).toBuffer();
    const candidates = [
      { encoding: "webp-q95-sharp", bytes: sharper, difference: sharperDifference },
      { encoding: "webp-lossless", bytes: lossless, difference: await colourDifference(original, lossless) },
    ].filter((c) => acceptable(c.difference));
    choice = candidates.sort((a, b) => a.bytes.byteLength - b.bytes.byteLength)[0] ?? choice;
  }
  let reason = rejectedLossy
    ? `lossy WebP changed the colours too much; ${choice.encoding} is the smallest that keeps them`
    : "WebP at the set quality keeps the colours";
  let alternative: TextureChoice["alternative"] = null;
  let mimeType: "image/webp" | "image/ktx2" = "image/webp";
  if (options.format !== "webp") {
    const slots = listTextureSlots(texture);
    const ktx2 = await encodeKtx2(original, isColour, slots.includes("normalTexture"));
    const webp = { encoding: choice.encoding, bytes: choice.bytes.byteLength };
    // KTX2 cannot be decoded back to pixels here (that needs the Basis transcoder), so "equal
    // quality" rests on the encoder settings: ETC1S at its top quality level, UASTC for data.
    if (options.format === "ktx2") {
      reason = "--textures ktx2 asks for Basis Universal";
    } else if (ktx2.bytes.byteLength < webp.bytes) {
      reason = `KTX2 (${ktx2.bytes.byteLength} bytes) is smaller than ${webp.encoding} (${webp.bytes} bytes) and stays compressed on the GPU`;
      alternative = webp;
    } else {
      reason = `${reason}; KTX2 (${ktx2.bytes.byteLength} bytes) is not smaller than ${webp.encoding} (${webp.bytes} bytes)`;
      alternative = { encoding: ktx2.encoding, bytes: ktx2.bytes.byteLength };
    }
    if (options.format === "ktx2" || ktx2.bytes.byteLength < webp.bytes) {
      choice = { encoding: ktx2.encoding, bytes: Buffer.from(ktx2.bytes), difference: null };
      mimeType = "image/ktx2";
    }
  }
  texture
    .setImage(new Uint8Array(choice.bytes))
    .setMimeType(mimeType)
    .setURI(renamed(texture.getURI(), mimeType === "image/ktx2" ? "ktx2" : "webp"));
  return {
    texture: name,
    slots: listTextureSlots(texture),
    width: info.width,
    height: info.height,
    encoding: choice.encoding,
    bytes: choice.bytes.byteLength,
    reason,
    alternative,
    difference: choice.difference ? round(choice.difference) : null,
    rejectedLossy: rejectedLossy ? round(rejectedLossy) : null,
  };
}

/**
 * Limits texture size and re-encodes textures with sharp. With "webp", every colour texture is
 * checked against its original after lossy encoding (ΔE in Lab, see {@link colourDifference}) and
 * encoded more faithfully when the colours moved too far: flat colours and pixel art turn visibly
 * wrong at quality 85. Returns one choice per texture for the report. "ktx2" and "auto" also encode
 * Basis Universal with basis_universal's WASM encoder (slower: seconds per 2k texture); the viewer
 * decodes it with its self-hosted Basis transcoder.
 *
 * ```ts
 * const choices = await compressTextures(document, { maxSize: 512 });
 * ```
 */
export async function compressTextures(
  document: Document,
  overrides: Partial<CompressTexturesOptions> = {},
): Promise<TextureChoice[]> {
  const options = { ...COMPRESS_TEXTURES_DEFAULTS, ...overrides };
  const textures = document.getRoot().listTextures();
  if (textures.length === 0) return [];
  if (options.format === "keep") {
    await document.transform(
      textureCompress({
        encoder: sharp,
        resize: [options.maxSize, options.maxSize],
        quality: options.quality,
      }),
    );
    return [];
  }
  const choices: TextureChoice[] = [];
  for (const [index, texture] of textures.entries()) {
    const choice = await encodeWithFidelity(texture, index, options);
    if (choice) choices.push(choice);
  }
  const mimeTypes = new Set(textures.map((t) => t.getMimeType()));
  if (mimeTypes.has("image/webp")) document.createExtension(EXTTextureWebP).setRequired(true);
  if (mimeTypes.has("image/ktx2")) document.createExtension(KHRTextureBasisu).setRequired(true);
  return choices;
}
