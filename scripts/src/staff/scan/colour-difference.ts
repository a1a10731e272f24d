import sharp from "sharp";

export interface ColourDifferenceOptions {
  /** Both images are compared at most this many pixels on their longest side (speed; same for both). */
  compareSize: number;
}

export const COLOUR_DIFFERENCE_DEFAULTS: ColourDifferenceOptions = { compareSize: 256 };

export interface ColourDifference {
  /** Mean CIE76 ΔE over all pixels: about 1 is the smallest difference people notice side by side. */
  meanDeltaE: number;
  /** The ΔE that 99 % of pixels stay under: catches a small region (a label, hair) turned wrong. */
  p99DeltaE: number;
}

/** sRGB 0–255 → CIE L*a*b* (D65), per https://en.wikipedia.org/wiki/CIELAB_color_space. */
function toLab(r: number, g: number, b: number): [number, number, number] {
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Pixels decoded elsewhere (a KTX2 texture through the Basis transcoder): RGBA, rows top to bottom. */
export interface RgbaImage {
  rgba: Uint8Array;
  width: number;
  height: number;
}

async function rgbPixels(image: Uint8Array | RgbaImage, width: number, height: number): Promise<Buffer> {
  // Decode at full size first: sharp would otherwise let libwebp/libjpeg shrink while decoding,
  // which resamples differently from PNG and shows up as a colour difference of its own.
  const decoder =
    image instanceof Uint8Array
      ? sharp(image)
      : sharp(image.rgba, { raw: { width: image.width, height: image.height, channels: 4 } });
  const { data, info } = await decoder.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .resize(width, height, { fit: "fill" })
    .raw()
    .toBuffer();
}

/**
 * How far a re-encoded image's colours are from the original's, as the eye judges it (ΔE in Lab).
 * Both are scaled to the same small size first, so the measure is about colour, not about the
 * finest detail (which the viewer's mipmaps blur anyway).
 *
 * ```ts
 * const { meanDeltaE } = await colourDifference(png, webp);
 * if (meanDeltaE > 1) useLossless();
 * ```
 * `encoded` may also be raw RGBA pixels, such as a KTX2 texture decoded by `decodeKtx2` (ktx2-decode.ts).
 */
export async function colourDifference(
  original: Uint8Array,
  encoded: Uint8Array | RgbaImage,
  overrides: Partial<ColourDifferenceOptions> = {},
): Promise<ColourDifference> {
  const { compareSize } = { ...COLOUR_DIFFERENCE_DEFAULTS, ...overrides };
  const meta = await sharp(original).metadata();
  const scale = Math.min(1, compareSize / Math.max(meta.width ?? 1, meta.height ?? 1));
  const width = Math.max(1, Math.round((meta.width ?? 1) * scale));
  const height = Math.max(1, Math.round((meta.height ?? 1) * scale));
  const [a, b] = await Promise.all([rgbPixels(original, width, height), rgbPixels(encoded, width, height)]);
  const deltas = new Float64Array(width * height);
  let sum = 0;
  for (let i = 0; i < deltas.length; i++) {
    const [l1, a1, b1] = toLab(a[i * 3] ?? 0, a[i * 3 + 1] ?? 0, a[i * 3 + 2] ?? 0);
    const [l2, a2, b2] = toLab(b[i * 3] ?? 0, b[i * 3 + 1] ?? 0, b[i * 3 + 2] ?? 0);
    const delta = Math.hypot(l1 - l2, a1 - a2, b1 - b2);
    deltas[i] = delta;
    sum += delta;
  }
  deltas.sort();
  return {
    meanDeltaE: sum / deltas.length,
    p99DeltaE: deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.99))] ?? 0,
  };
}
