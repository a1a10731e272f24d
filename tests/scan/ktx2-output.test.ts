import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { colourDifference } from "../../scripts/src/staff/scan/colour-difference.ts";
import { COMPRESS_TEXTURES_DEFAULTS } from "../../scripts/src/staff/scan/compress-textures.ts";
import { createIO } from "../../scripts/src/staff/scan/create-io.ts";
import { decodeKtx2, transcoderTransferBytes } from "../../scripts/src/staff/scan/ktx2-decode.ts";
import { prepareScan } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { validateGltf } from "../../scripts/src/staff/scan/validate-gltf.ts";
import { photoTexturedScan } from "./support/photo-scan.ts";

/** The 12 bytes every KTX2 file starts with: «KTX 20» and line ends. */
const KTX2_MAGIC = [0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb, 0x0d, 0x0a, 0x1a, 0x0a];

/** 256² flat-coloured blocks: ETC1S encodes them very small, so "auto" has a real choice to make. */
async function blocksPng(): Promise<Uint8Array> {
  const n = 256;
  const pixels = Buffer.alloc(n * n * 3);
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      pixels.set((x >> 6) % 2 === (y >> 6) % 2 ? [200, 120, 40] : [40, 90, 160], (y * n + x) * 3);
  return new Uint8Array(
    await sharp(pixels, { raw: { width: n, height: n, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

/** A textured quad: colour and normal textures, so both KTX2 modes (ETC1S, UASTC) are made. */
async function texturedQuad(): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const accessor = (
    type: "VEC2" | "VEC3" | "SCALAR",
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>,
  ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const png = await blocksPng();
  // Not flat: the pipeline turns single-colour textures into material factors.
  const normals = Buffer.alloc(256 * 256 * 3);
  for (let i = 0; i < 256 * 256; i++) normals.set([128 + ((i >> 3) % 2) * 40, 128, 240], i * 3);
  const bumps = new Uint8Array(
    await sharp(normals, { raw: { width: 256, height: 256, channels: 3 } })
      .png()
      .toBuffer(),
  );
  const material = document
    .createMaterial("painted")
    .setBaseColorTexture(document.createTexture("paint").setImage(png).setMimeType("image/png"))
    .setNormalTexture(document.createTexture("bumps").setImage(bumps).setMimeType("image/png"));
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", accessor("VEC3", new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0])))
    .setAttribute("NORMAL", accessor("VEC3", new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1])))
    .setAttribute("TEXCOORD_0", accessor("VEC2", new Float32Array([0, 1, 1, 1, 1, 0, 0, 0])))
    .setIndices(accessor("SCALAR", new Uint16Array([0, 1, 2, 0, 2, 3])))
    .setMaterial(material);
  const node = document.createNode("quad").setMesh(document.createMesh("quad").addPrimitive(primitive));
  document.createScene("scene").addChild(node);
  return new NodeIO().writeBinary(document);
}

let work: string;
let input: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "ktx2-output-test-"));
  input = join(work, "quad.glb");
  await writeFile(input, await texturedQuad());
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function webLevel(outDir: string): Promise<Uint8Array> {
  const name = (await readdir(outDir)).find((file) => file.endsWith(".web.glb"));
  if (!name) throw new Error(`no .web.glb in ${outDir}`);
  return new Uint8Array(await readFile(join(outDir, name)));
}

describe("prepare-scan --textures ktx2", () => {
  it("writes a valid glTF whose textures are KTX2 through KHR_texture_basisu", async () => {
    const outDir = join(work, "ktx2");
    const report = await prepareScan(input, { outDir, poster: false, textureFormat: "ktx2" });
    const glb = await webLevel(outDir);
    const validation = await validateGltf(glb, { uri: "quad.web.glb" });
    expect(validation.errorLines).toEqual([]);
    const document = await (await createIO()).readBinary(glb);
    expect(
      document
        .getRoot()
        .listExtensionsRequired()
        .map((e) => e.extensionName),
    ).toContain("KHR_texture_basisu");
    const textures = document.getRoot().listTextures();
    expect(textures).toHaveLength(2);
    for (const texture of textures) {
      expect(texture.getMimeType()).toBe("image/ktx2");
      expect([...(texture.getImage() ?? new Uint8Array()).subarray(0, 12)]).toEqual(KTX2_MAGIC);
    }
    expect(report.web.textures.map((t) => [t.texture, t.encoding]).sort()).toEqual([
      ["bumps", "ktx2-uastc"],
      ["paint", "ktx2-etc1s"],
    ]);
  });

  it("lets 'auto' leave small textures WebP without encoding KTX2, as they weigh less than the transcoder, and says so", async () => {
    const outDir = join(work, "auto");
    const report = await prepareScan(input, { outDir, poster: false, textureFormat: "auto" });
    expect((await validateGltf(await webLevel(outDir), { uri: "quad.web.glb" })).errorLines).toEqual([]);
    expect(report.web.textures).toHaveLength(2);
    for (const choice of report.web.textures) {
      expect(choice.encoding, choice.texture).toMatch(/^webp-/);
      expect(choice.alternative, choice.texture).toBeNull();
      expect(choice.reason).toMatch(/KTX2 not tried: .* not more than the Basis transcoder \(\d+ bytes\)/);
    }
    expect(report.web.extensionsUsed).not.toContain("KHR_texture_basisu");
  });
});

describe("prepare-scan's default texture choice", () => {
  it("takes KTX2 for a 2k photo texture of the full level: smaller than WebP by more than the transcoder, within the colour limits when decoded again; the thumb stays WebP", async () => {
    const file = join(work, "photo.glb");
    await writeFile(file, await photoTexturedScan());
    const outDir = join(work, "default");
    const report = await prepareScan(file, { outDir, poster: false });
    expect(report.web.textures).toHaveLength(1);
    const [choice] = report.web.textures;
    expect(choice?.encoding).toBe("ktx2-etc1s");
    expect(choice?.alternative?.encoding).toBe("webp-q85");
    const saving = (choice?.alternative?.bytes ?? 0) - (choice?.bytes ?? 0);
    expect(saving).toBeGreaterThan(await transcoderTransferBytes());
    expect(choice?.difference?.meanDeltaE).toBeLessThanOrEqual(COMPRESS_TEXTURES_DEFAULTS.maxMeanDeltaE);
    expect(choice?.difference?.p99DeltaE).toBeLessThanOrEqual(COMPRESS_TEXTURES_DEFAULTS.maxP99DeltaE);

    // What was written is that KTX2, and decoding it again gives the reported difference.
    const web = await (await createIO()).readBinary(await webLevel(outDir));
    const [texture] = web.getRoot().listTextures();
    expect(texture?.getMimeType()).toBe("image/ktx2");
    const written = texture?.getImage() ?? new Uint8Array();
    expect(written.byteLength).toBe(choice?.bytes);
    const source = (await (await createIO()).readBinary(await readFile(file))).getRoot().listTextures()[0];
    const original = await sharp(source?.getImage() ?? new Uint8Array())
      .png()
      .toBuffer();
    const measured = await colourDifference(original, await decodeKtx2(written));
    expect(measured.meanDeltaE).toBeCloseTo(choice?.difference?.meanDeltaE ?? Number.NaN, 1);

    expect(report.thumb.textures.map((t) => t.encoding)).toEqual(["webp-q85"]);
    expect(report.thumb.extensionsUsed).not.toContain("KHR_texture_basisu");
  }, 300_000);
});
