import { Document, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";

/** A `size`² PNG of two-colour 64 px blocks (orange and blue): ETC1S and WebP both make it small. */
export async function blocksPng(size = 256): Promise<Uint8Array> {
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++)
      pixels.set((x >> 6) % 2 === (y >> 6) % 2 ? [200, 120, 40] : [40, 90, 160], (y * size + x) * 3);
  return new Uint8Array(
    await sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

/** A `size`² PNG of deterministic noise around mid-grey: large in every lossy format. */
export async function noisePng(size: number, seed = 5): Promise<Uint8Array> {
  const pixels = Buffer.alloc(size * size * 3);
  let state = seed;
  for (let i = 0; i < pixels.length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    pixels[i] = 128 + Math.round((state / 2 ** 31 - 0.5) * 80);
  }
  return new Uint8Array(
    await sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
      .png()
      .toBuffer(),
  );
}

/** A 1 m quad facing +Z with the given base colour and normal textures (PNG), as .glb bytes. */
export async function texturedQuad(textures: {
  baseColour?: Uint8Array;
  normal?: Uint8Array;
}): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const accessor = (
    type: "VEC2" | "VEC3" | "SCALAR",
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>,
  ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const material = document.createMaterial("painted");
  if (textures.baseColour)
    material.setBaseColorTexture(
      document.createTexture("paint").setImage(textures.baseColour).setMimeType("image/png"),
    );
  if (textures.normal)
    material.setNormalTexture(
      document.createTexture("bumps").setImage(textures.normal).setMimeType("image/png"),
    );
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
