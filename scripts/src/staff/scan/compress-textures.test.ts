import { Document } from "@gltf-transform/core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { colourDifference } from "./colour-difference.ts";
import { COMPRESS_TEXTURES_DEFAULTS, compressTextures } from "./compress-textures.ts";
import { decodeKtx2 } from "./ktx2-decode.ts";

async function texturedDocument(size: number): Promise<Document> {
  const png = await sharp({ create: { width: size, height: size / 2, channels: 3, background: "#8a5a2b" } })
    .png()
    .toBuffer();
  const document = new Document();
  const texture = document.createTexture("wood").setImage(new Uint8Array(png)).setMimeType("image/png");
  document.createMaterial("m").setBaseColorTexture(texture);
  return document;
}

describe("compressTextures", () => {
  it("converts textures to WebP and scales them to the size limit, keeping the aspect ratio", async () => {
    const document = await texturedDocument(1024);
    await compressTextures(document, { maxSize: 256 });
    const texture = document.getRoot().listTextures()[0];
    expect(texture?.getMimeType()).toBe("image/webp");
    const { width, height, format } = await sharp(texture?.getImage() ?? new Uint8Array()).metadata();
    expect([format, width, height]).toEqual(["webp", 256, 128]);
    expect(
      document
        .getRoot()
        .listExtensionsUsed()
        .map((e) => e.extensionName),
    ).toContain("EXT_texture_webp");
  });

  it("only resizes when asked to keep the format", async () => {
    const document = await texturedDocument(512);
    await compressTextures(document, { format: "keep", maxSize: 128 });
    const texture = document.getRoot().listTextures()[0];
    expect(texture?.getMimeType()).toBe("image/png");
    expect(texture?.getSize()).toEqual([128, 64]);
  });
});

/** 512×512 pixel art: 8 px blocks of saturated palette colours (like labels, hair, painted details). */
async function paletteTexture(): Promise<Buffer> {
  const palette = [
    [255, 136, 0],
    [230, 40, 40],
    [40, 200, 60],
    [30, 60, 220],
    [250, 230, 40],
    [120, 30, 160],
    [255, 255, 255],
    [20, 20, 20],
  ];
  const n = 64;
  const pixels = Buffer.alloc(n * n * 3);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      pixels.set(
        palette[((x >> 2) * 7 + (y >> 1) * 3 + ((x * y) >> 3)) % palette.length] ?? [0, 0, 0],
        (y * n + x) * 3,
      );
  return sharp(pixels, { raw: { width: n, height: n, channels: 3 } })
    .resize(512, 512, { kernel: "nearest" })
    .png()
    .toBuffer();
}

/** 512×512 smooth colour gradients with fine grain, like a photographed surface. */
async function photoTexture(): Promise<Buffer> {
  const n = 512;
  const pixels = Buffer.alloc(n * n * 3);
  let seed = 7;
  const grain = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed / 2 ** 31) * 16 - 8;
  };
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const i = (y * n + x) * 3;
      pixels[i] = clamp(120 + 80 * Math.sin(x / 40) + grain());
      pixels[i + 1] = clamp(100 + 60 * Math.cos(y / 55) + grain());
      pixels[i + 2] = clamp(90 + 50 * Math.sin((x + y) / 70) + grain());
    }
  return sharp(pixels, { raw: { width: n, height: n, channels: 3 } })
    .blur(0.8)
    .png()
    .toBuffer();
}

function documentWith(png: Buffer): Document {
  const document = new Document();
  const texture = document.createTexture("t").setImage(new Uint8Array(png)).setMimeType("image/png");
  document.createMaterial("m").setBaseColorTexture(texture);
  return document;
}

describe("compressTextures colour fidelity", () => {
  it("rejects quality 85 for a palette texture and picks an encoding that keeps its colours", async () => {
    const original = await paletteTexture();
    const lossy = await sharp(original).webp({ quality: 85 }).toBuffer();
    const atQ85 = await colourDifference(original, lossy);
    expect(
      atQ85.meanDeltaE > COMPRESS_TEXTURES_DEFAULTS.maxMeanDeltaE ||
        atQ85.p99DeltaE > COMPRESS_TEXTURES_DEFAULTS.maxP99DeltaE,
    ).toBe(true);

    const document = documentWith(original);
    const [choice] = await compressTextures(document);
    expect(choice?.encoding).not.toBe("webp-q85");
    expect(choice?.rejectedLossy?.meanDeltaE).toBeCloseTo(atQ85.meanDeltaE, 1);
    expect(choice?.slots).toEqual(["baseColorTexture"]);
    const written = document.getRoot().listTextures()[0]?.getImage() ?? new Uint8Array();
    const kept = await colourDifference(original, written);
    expect(kept.meanDeltaE).toBeLessThanOrEqual(COMPRESS_TEXTURES_DEFAULTS.maxMeanDeltaE);
    expect(kept.p99DeltaE).toBeLessThanOrEqual(COMPRESS_TEXTURES_DEFAULTS.maxP99DeltaE);
    expect(choice?.difference).toEqual({
      meanDeltaE: Number(kept.meanDeltaE.toFixed(2)),
      p99DeltaE: Number(kept.p99DeltaE.toFixed(2)),
    });
  });

  it("keeps lossy quality 85 for a photographic texture", async () => {
    const [choice] = await compressTextures(documentWith(await photoTexture()));
    expect(choice?.encoding).toBe("webp-q85");
    expect(choice?.rejectedLossy).toBeNull();
    expect(choice?.difference?.meanDeltaE).toBeLessThanOrEqual(COMPRESS_TEXTURES_DEFAULTS.maxMeanDeltaE);
  });
});

/** 512² two-colour blocks with fine grain: ETC1S is a little smaller than faithful WebP here. */
async function grainyBlocks(): Promise<Buffer> {
  const n = 512;
  const pixels = Buffer.alloc(n * n * 3);
  let seed = 3;
  const grain = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed / 2 ** 31 - 0.5) * 6;
  };
  const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++) {
      const [r, g, b] = (x >> 6) % 2 === (y >> 6) % 2 ? [200, 120, 40] : [40, 90, 160];
      pixels.set([clamp(r + grain()), clamp(g + grain()), clamp(b + grain())], (y * n + x) * 3);
    }
  return sharp(pixels, { raw: { width: n, height: n, channels: 3 } })
    .png()
    .toBuffer();
}

const mimeTypeOf = (document: Document) => document.getRoot().listTextures()[0]?.getMimeType();

describe("compressTextures auto: KTX2 where it is smaller at equal quality", () => {
  it("keeps WebP when the KTX2, decoded again, is smaller but moves the colours beyond the limits", async () => {
    const document = documentWith(await grainyBlocks());
    const [choice] = await compressTextures(document, { format: "auto", ktx2DecoderBytes: 0 });
    expect(choice?.encoding).toMatch(/^webp-/);
    expect(mimeTypeOf(document)).toBe("image/webp");
    const ktx2 = choice?.alternative;
    expect(ktx2?.encoding).toBe("ktx2-etc1s");
    expect(ktx2?.bytes).toBeLessThan(choice?.bytes ?? 0);
    expect(ktx2?.difference?.meanDeltaE).toBeGreaterThan(COMPRESS_TEXTURES_DEFAULTS.maxMeanDeltaE);
    expect(choice?.reason).toMatch(/KTX2 is smaller but changes the colours too much/);
  });

  it("takes KTX2 when it is smaller and within the limits, reporting the difference measured on the decoded KTX2", async () => {
    const original = await grainyBlocks();
    const document = documentWith(original);
    const limits = { maxMeanDeltaE: 3, maxP99DeltaE: 8 };
    const [choice] = await compressTextures(document, { format: "auto", ktx2DecoderBytes: 0, ...limits });
    expect(choice?.encoding).toBe("ktx2-etc1s");
    expect(mimeTypeOf(document)).toBe("image/ktx2");
    expect(choice?.alternative?.encoding).toMatch(/^webp-/);
    expect(choice?.bytes).toBeLessThan(choice?.alternative?.bytes ?? 0);
    const written = document.getRoot().listTextures()[0]?.getImage() ?? new Uint8Array();
    const measured = await colourDifference(original, await decodeKtx2(written));
    expect(choice?.difference).toEqual({
      meanDeltaE: Number(measured.meanDeltaE.toFixed(2)),
      p99DeltaE: Number(measured.p99DeltaE.toFixed(2)),
    });
    expect(measured.meanDeltaE).toBeLessThanOrEqual(limits.maxMeanDeltaE);
    expect(choice?.reason).toMatch(/KTX2 is smaller at equal quality/);
  });

  it("keeps WebP when KTX2 saves no more than the Basis transcoder a visitor downloads for it", async () => {
    const limits = { maxMeanDeltaE: 3, maxP99DeltaE: 8 };
    // The texture weighs about 35 KB as WebP and KTX2 saves about 6 KB of it.
    const document = documentWith(await grainyBlocks());
    const [choice] = await compressTextures(document, {
      format: "auto",
      ...limits,
      ktx2DecoderBytes: 20_000,
    });
    expect(choice?.encoding).toMatch(/^webp-/);
    expect(mimeTypeOf(document)).toBe("image/webp");
    expect(choice?.alternative?.encoding).toBe("ktx2-etc1s");
    expect(choice?.reason).toMatch(/not more than the Basis transcoder \(20000 bytes\) visitors download/);
  });

  it("does not even try KTX2 when all the level's textures weigh less as WebP than the transcoder", async () => {
    const document = documentWith(await grainyBlocks());
    const [choice] = await compressTextures(document, { format: "auto", ktx2DecoderBytes: 1_000_000 });
    expect(choice?.encoding).toMatch(/^webp-/);
    expect(choice?.alternative).toBeNull();
    expect(choice?.reason).toMatch(/KTX2 not tried: the level's textures weigh \d+ bytes as WebP/);
  });

  it("estimates a large data texture's UASTC size from a sample and skips the full encoding when clearly larger", async () => {
    const noisy = Buffer.alloc(1024 * 1024 * 3);
    let seed = 11;
    for (let i = 0; i < noisy.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      noisy[i] = 128 + Math.round((seed / 2 ** 31 - 0.5) * 60);
    }
    const png = await sharp(noisy, { raw: { width: 1024, height: 1024, channels: 3 } })
      .png()
      .toBuffer();
    const document = new Document();
    const texture = document.createTexture("bumps").setImage(new Uint8Array(png)).setMimeType("image/png");
    document.createMaterial("m").setNormalTexture(texture);
    const [choice] = await compressTextures(document, { format: "auto", ktx2DecoderBytes: 0 });
    expect(choice?.encoding).toBe("webp-q85");
    expect(choice?.alternative).toMatchObject({ encoding: "ktx2-uastc", estimated: true, difference: null });
    expect(choice?.alternative?.bytes).toBeGreaterThan((choice?.bytes ?? 0) * 1.25);
  });
});
