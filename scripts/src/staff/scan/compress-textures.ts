import type { Document, Texture } from "@gltf-transform/core";
import { EXTTextureWebP, KHRTextureBasisu } from "@gltf-transform/extensions";
import { getTextureColorSpace, listTextureSlots, textureCompress } from "@gltf-transform/functions";
import sharp from "sharp";
import { type ColourDifference, colourDifference } from "./colour-difference.ts";
import { type Ktx2Candidate, tryKtx2 } from "./ktx2-candidate.ts";
import { transcoderTransferBytes } from "./ktx2-decode.ts";
import type { Ktx2Settings } from "./ktx2-encode.ts";

export interface CompressTexturesOptions {
  /**
   * "webp" converts every texture (EXT_texture_webp); "ktx2" encodes every texture as Basis Universal
   * (KHR_texture_basisu); "auto" takes KTX2 per texture where it is smaller than the faithful WebP
   * choice and, decoded again, keeps the colour limits below; "keep" only resizes in the original format.
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
  /**
   * With "auto": what a visitor downloads once to show KTX2 at all (the Basis transcoder). KTX2 is
   * kept only when the textures that chose it save more than this together; null measures the
   * transcoder three ships (gzip, about 260 KB).
   */
  ktx2DecoderBytes: number | null;
}

export const COMPRESS_TEXTURES_DEFAULTS: CompressTexturesOptions = {
  format: "webp",
  maxSize: 2048,
  quality: 85,
  maxMeanDeltaE: 2,
  maxP99DeltaE: 6,
  maxSizeByTexture: {},
  ktx2DecoderBytes: null,
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
  /**
   * The other format tried with "auto" (KTX2 when WebP won, WebP when KTX2 won), else null. KTX2 bytes
   * are `estimated` (from a 256 px sample, not encoded in full) for a data texture clearly larger.
   */
  alternative: {
    encoding: string;
    bytes: number;
    difference: ColourDifference | null;
    estimated: boolean;
  } | null;
  /**
   * Difference of the chosen encoding from the original: WebP for colour textures, KTX2 (decoded
   * again with the Basis transcoder) for every texture; null for WebP data textures.
   */
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

/** How the report names a texture (and `maxSizeByTexture` finds it). */
function textureName(texture: Texture, index: number): string {
  return texture.getName() || texture.getURI() || `#${index}`;
}

/** The faithful WebP of one texture, with why it won; see {@link compressTextures}. */
interface WebpChoice {
  encoding: string;
  bytes: Buffer;
  difference: ColourDifference | null;
  rejectedLossy: ColourDifference | null;
  reason: string;
}

async function faithfulWebp(
  original: Buffer,
  isColour: boolean,
  options: CompressTexturesOptions,
): Promise<WebpChoice> {
  const lossy = await sharp(original).webp({ quality: options.quality }).toBuffer();
  const lossyDifference = isColour ? await colourDifference(original, lossy) : null;
  const choice = { encoding: `webp-q${options.quality}`, bytes: lossy, difference: lossyDifference };
  if (!lossyDifference || acceptable(lossyDifference, options)) {
    return { ...choice, rejectedLossy: null, reason: "WebP at the set quality keeps the colours" };
  }
  // Palette-like textures are often far smaller lossless than lossy; take the smallest that holds.
  const sharper = await sharp(original).webp({ quality: 95, smartSubsample: true }).toBuffer();
  const lossless = await sharp(original).webp({ lossless: true }).toBuffer();
  const candidates = [
    { encoding: "webp-q95-sharp", bytes: sharper, difference: await colourDifference(original, sharper) },
    { encoding: "webp-lossless", bytes: lossless, difference: await colourDifference(original, lossless) },
  ].filter((c) => acceptable(c.difference, options));
  const faithful = candidates.sort((a, b) => a.bytes.byteLength - b.bytes.byteLength)[0] ?? choice;
  return {
    ...faithful,
    rejectedLossy: lossyDifference,
    reason: `lossy WebP changed the colours too much; ${faithful.encoding} is the smallest that keeps them`,
  };
}

function acceptable(d: ColourDifference, options: CompressTexturesOptions): boolean {
  return d.meanDeltaE <= options.maxMeanDeltaE && d.p99DeltaE <= options.maxP99DeltaE;
}

const differenceText = (d: ColourDifference | null) =>
  d ? `ΔE mean ${d.meanDeltaE.toFixed(2)}, p99 ${d.p99DeltaE.toFixed(2)}` : "not measured";

/** One texture's encodings before the level-wide KTX2 decision. */
interface Plan {
  texture: Texture;
  name: string;
  width: number;
  height: number;
  /** PNG at the size the visitor gets. */
  original: Buffer;
  settings: Ktx2Settings;
  webp: WebpChoice;
  ktx2: Ktx2Candidate | null;
  /** KTX2 is smaller and keeps the limits (with "auto"), or was asked for ("ktx2"). */
  ktx2Wins: boolean;
  reason: string;
}

async function planTexture(
  texture: Texture,
  index: number,
  options: CompressTexturesOptions,
): Promise<Plan | null> {
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
  const webp = await faithfulWebp(original, isColour, options);
  const settings = { isColour, isNormalMap: listTextureSlots(texture).includes("normalTexture") };
  return {
    texture,
    name,
    width: info.width,
    height: info.height,
    original,
    settings,
    webp,
    ktx2: null,
    ktx2Wins: false,
    reason: webp.reason,
  };
}

/** Encodes the planned texture as KTX2 too and decides per texture (see {@link compressTextures}). */
async function tryKtx2For(plan: Plan, options: CompressTexturesOptions): Promise<void> {
  const { webp } = plan;
  const auto = options.format === "auto";
  // A UASTC try that will clearly lose is cut short (see tryKtx2); the 25 % leaves room for the estimate.
  const ktx2 = await tryKtx2(plan.original, plan.settings, {
    giveUpAbove: auto ? Math.round(webp.bytes.byteLength * 1.25) : null,
  });
  plan.ktx2 = ktx2;
  if (!auto) {
    plan.ktx2Wins = true;
    plan.reason = "--textures ktx2 asks for Basis Universal";
    return;
  }
  const sizes = `KTX2 (${ktx2.byteLength} bytes${ktx2.estimated ? ", estimated" : ""}, ${differenceText(ktx2.difference)}) vs ${webp.encoding} (${webp.bytes.byteLength} bytes, ${differenceText(webp.difference)})`;
  if (ktx2.byteLength >= webp.bytes.byteLength || !ktx2.difference) {
    plan.reason = `${webp.reason}; KTX2 is not smaller: ${sizes}`;
  } else if (!acceptable(ktx2.difference, options)) {
    plan.reason = `${webp.reason}; KTX2 is smaller but changes the colours too much: ${sizes}`;
  } else {
    plan.ktx2Wins = true;
    plan.reason = `KTX2 is smaller at equal quality: ${sizes}`;
  }
}

/**
 * With "auto", KTX2 only pays when the textures that chose it save more together than the
 * transcoder a visitor must download for them; else they all take their WebP.
 */
function settleKtx2(plans: Plan[], decoder: number): void {
  const winners = plans.filter((p) => p.ktx2Wins);
  const saving = winners.reduce((sum, p) => sum + p.webp.bytes.byteLength - (p.ktx2?.byteLength ?? 0), 0);
  if (winners.length === 0 || saving > decoder) return;
  for (const plan of winners) {
    plan.ktx2Wins = false;
    plan.reason = `${plan.reason}; but KTX2 would save ${saving} bytes in all, not more than the Basis transcoder (${decoder} bytes) visitors download to show it, so WebP`;
  }
}

function apply(plan: Plan): TextureChoice {
  const { texture, webp, ktx2 } = plan;
  const useKtx2 = plan.ktx2Wins && ktx2?.bytes;
  const bytes = useKtx2 ? ktx2.bytes : webp.bytes;
  if (!bytes)
    throw new Error(`compressTextures: no encoding kept for ${plan.name} (a bug in the scan tools)`);
  texture
    .setImage(new Uint8Array(bytes))
    .setMimeType(useKtx2 ? "image/ktx2" : "image/webp")
    .setURI(renamed(texture.getURI(), useKtx2 ? "ktx2" : "webp"));
  const webpSide = {
    encoding: webp.encoding,
    bytes: webp.bytes.byteLength,
    difference: webp.difference ? round(webp.difference) : null,
    estimated: false,
  };
  const ktx2Side = ktx2 && {
    encoding: ktx2.encoding,
    bytes: ktx2.byteLength,
    difference: ktx2.difference ? round(ktx2.difference) : null,
    estimated: ktx2.estimated,
  };
  const chosen = useKtx2 && ktx2Side ? ktx2Side : webpSide;
  return {
    texture: plan.name,
    slots: listTextureSlots(texture),
    width: plan.width,
    height: plan.height,
    encoding: chosen.encoding,
    bytes: chosen.bytes,
    reason: plan.reason,
    alternative: ktx2Side === null ? null : useKtx2 ? webpSide : ktx2Side,
    difference: chosen.difference,
    rejectedLossy: webp.rejectedLossy ? round(webp.rejectedLossy) : null,
  };
}

/**
 * Limits texture size and re-encodes textures with sharp. Every colour texture is checked against
 * its original after lossy WebP encoding (ΔE in Lab, see {@link colourDifference}) and encoded more
 * faithfully when the colours moved too far: flat colours and pixel art turn visibly wrong at
 * quality 85. "ktx2" and "auto" also encode Basis Universal with basis_universal's WASM encoder
 * (slow: about 10 s per 2k colour texture) and decode it again with the transcoder the viewer
 * self-hosts, to measure it the same way; "auto" keeps KTX2 where it is smaller and within the same
 * limits (and the level saves more than the transcoder's download). Returns one choice per texture
 * for the report.
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
  const plans: Plan[] = [];
  for (const [index, texture] of textures.entries()) {
    const plan = await planTexture(texture, index, options);
    if (plan) plans.push(plan);
  }
  if (options.format === "ktx2") {
    for (const plan of plans) await tryKtx2For(plan, options);
  } else if (options.format === "auto") {
    const decoder = options.ktx2DecoderBytes ?? (await transcoderTransferBytes());
    const webpTotal = plans.reduce((sum, p) => sum + p.webp.bytes.byteLength, 0);
    // KTX2 cannot save more than the WebP weighs: below the transcoder's size it cannot pay, and
    // the encodings (seconds each) are not even tried.
    for (const plan of plans) {
      if (webpTotal > decoder) await tryKtx2For(plan, options);
      else
        plan.reason = `${plan.reason}; KTX2 not tried: the level's textures weigh ${webpTotal} bytes as WebP, not more than the Basis transcoder (${decoder} bytes) visitors would download for KTX2`;
    }
    settleKtx2(plans, decoder);
  }
  const choices = plans.map(apply);
  const mimeTypes = new Set(textures.map((t) => t.getMimeType()));
  if (mimeTypes.has("image/webp")) document.createExtension(EXTTextureWebP).setRequired(true);
  if (mimeTypes.has("image/ktx2")) document.createExtension(KHRTextureBasisu).setRequired(true);
  return choices;
}
