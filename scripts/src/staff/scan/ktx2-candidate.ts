import { createHash } from "node:crypto";
import sharp from "sharp";
import { type ColourDifference, colourDifference } from "./colour-difference.ts";
import { decodeKtx2 } from "./ktx2-decode.ts";
import { encodeKtx2, type Ktx2Settings } from "./ktx2-encode.ts";

/** A texture encoded as KTX2 (or only estimated, see {@link tryKtx2}), with its measured difference. */
export interface Ktx2Candidate {
  encoding: "ktx2-etc1s" | "ktx2-uastc";
  /** The KTX2 file; null when the size was only estimated from a sample. */
  bytes: Uint8Array | null;
  byteLength: number;
  /** The decoded KTX2 against the original, with the WebP check's measure; null when estimated. */
  difference: ColourDifference | null;
  estimated: boolean;
}

/** Side of the centre crop that estimates a UASTC texture's size. */
const SAMPLE_SIDE = 256;

/**
 * UASTC costs about the same bytes per pixel anywhere in a texture (measured on 2k scan textures:
 * a centre crop predicted the full size within 12 %); ETC1S does not (its codebook is shared by the
 * whole image, so a crop overestimates twofold), so only UASTC is estimated.
 */
async function estimateUastcBytes(png: Uint8Array, width: number, height: number, settings: Ktx2Settings) {
  const left = Math.floor((width - SAMPLE_SIDE) / 2 / 4) * 4;
  const top = Math.floor((height - SAMPLE_SIDE) / 2 / 4) * 4;
  const { data } = await sharp(png)
    .extract({ left, top, width: SAMPLE_SIDE, height: SAMPLE_SIDE })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const sample = await encodeKtx2(new Uint8Array(data), SAMPLE_SIDE, SAMPLE_SIDE, settings);
  return Math.round((sample.byteLength * width * height) / SAMPLE_SIDE ** 2);
}

/**
 * Encodings already made in this process, by pixels and settings: the web level is made again when
 * it is over its byte budget, and the textures that keep their size need not be encoded again
 * (seconds each). A few entries are enough for one scan.
 */
const made = new Map<string, Uint8Array>();
const MADE_ENTRIES = 16;

async function encodeOnce(rgba: Uint8Array, width: number, height: number, settings: Ktx2Settings) {
  const key = createHash("sha256")
    .update(rgba)
    .update(JSON.stringify([width, height, settings]))
    .digest("hex");
  const known = made.get(key);
  if (known) return known;
  const bytes = await encodeKtx2(rgba, width, height, settings);
  made.set(key, bytes);
  if (made.size > MADE_ENTRIES) made.delete(made.keys().next().value as string);
  return bytes;
}

/**
 * Encodes one texture (PNG of the size the visitor gets) as KTX2, decodes it again with the
 * viewer's Basis transcoder and measures its difference from the original. With `giveUpAbove`,
 * a UASTC texture whose estimated size is over it is not encoded in full (UASTC takes tens of
 * seconds per 2k texture, and was 5–13× larger than WebP on every data texture measured).
 *
 * ```ts
 * const ktx2 = await tryKtx2(png, { isColour: true, isNormalMap: false }, { giveUpAbove: webp.byteLength });
 * ```
 */
export async function tryKtx2(
  png: Uint8Array,
  settings: Ktx2Settings,
  { giveUpAbove }: { giveUpAbove: number | null },
): Promise<Ktx2Candidate> {
  const encoding = settings.isColour ? "ktx2-etc1s" : "ktx2-uastc";
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  if (giveUpAbove !== null && !settings.isColour && width * height > 4 * SAMPLE_SIDE ** 2) {
    const estimate = await estimateUastcBytes(png, width, height, settings);
    if (estimate > giveUpAbove) {
      return { encoding, bytes: null, byteLength: estimate, difference: null, estimated: true };
    }
  }
  const bytes = await encodeOnce(new Uint8Array(data), width, height, settings);
  const difference = await colourDifference(png, await decodeKtx2(bytes));
  return { encoding, bytes, byteLength: bytes.byteLength, difference, estimated: false };
}
