/**
 * A generated stand-in for a photogrammetry scan: a lumpy sphere (~65,000 triangles) with 2048 px
 * base colour, normal and occlusion-roughness-metalness textures whose grain is noise-like (as photo
 * textures are), about 4 MB as a .glb. Deterministic. Made here rather than imported from the viewer's
 * bench, so tests do not reach into another package's dev tooling.
 */
import { Document, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";

/** Deterministic pseudo-random numbers (mulberry32): every run makes the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A square JPEG of smooth colour bands plus per-pixel grain of `grain` (0…255). */
async function noisyTexture(base: [number, number, number], grain: number, seed: number, size = 2048) {
  const next = random(seed);
  const pixels = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const wave = Math.sin(x / 97 + seed) * Math.cos(y / 131 - seed) * 40;
      const noise = (next() - 0.5) * grain;
      const offset = (y * size + x) * 3;
      for (let c = 0; c < 3; c += 1) {
        pixels[offset + c] = Math.max(0, Math.min(255, Math.round((base[c] ?? 0) + wave + noise)));
      }
    }
  }
  return new Uint8Array(
    await sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
      .jpeg({ quality: 80 })
      .toBuffer(),
  );
}

/** The scan as .glb bytes. */
export async function createNoisyPbrScan(): Promise<Uint8Array> {
  const document = new Document();
  const buffer = document.createBuffer();
  const rings = 128;
  const segments = 256;
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  for (let ring = 0; ring <= rings; ring += 1) {
    const theta = (ring / rings) * Math.PI;
    for (let segment = 0; segment <= segments; segment += 1) {
      const phi = (segment / segments) * Math.PI * 2;
      const [nx, ny, nz] = [
        Math.sin(theta) * Math.cos(phi),
        Math.cos(theta),
        Math.sin(theta) * Math.sin(phi),
      ];
      const radius = 0.2 + 0.01 * Math.sin(theta * 5) * Math.cos(phi * 3);
      positions.push(nx * radius, ny * radius * 0.8, nz * radius);
      normals.push(nx, ny, nz);
      uvs.push(segment / segments, ring / rings);
    }
  }
  const indices: number[] = [];
  const row = segments + 1;
  for (let ring = 0; ring < rings; ring += 1) {
    for (let segment = 0; segment < segments; segment += 1) {
      const a = ring * row + segment;
      indices.push(a, a + row, a + 1, a + 1, a + row, a + row + 1);
    }
  }
  const accessor = (
    type: "VEC3" | "VEC2" | "SCALAR",
    array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>,
  ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const image = async (name: string, base: [number, number, number], grain: number, seed: number) =>
    document
      .createTexture(name)
      .setImage(await noisyTexture(base, grain, seed))
      .setMimeType("image/jpeg");
  const orm = await image("orm", [255, 180, 60], 30, 3);
  const material = document
    .createMaterial("stone")
    .setBaseColorTexture(await image("base-colour", [150, 130, 105], 44, 1))
    .setNormalTexture(await image("normal", [128, 128, 255], 26, 2))
    .setMetallicRoughnessTexture(orm)
    .setOcclusionTexture(orm)
    .setMetallicFactor(1)
    .setRoughnessFactor(1);
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", accessor("VEC3", new Float32Array(positions)))
    .setAttribute("NORMAL", accessor("VEC3", new Float32Array(normals)))
    .setAttribute("TEXCOORD_0", accessor("VEC2", new Float32Array(uvs)))
    .setIndices(accessor("SCALAR", new Uint32Array(indices)))
    .setMaterial(material);
  document
    .createScene("scan")
    .addChild(document.createNode("scan").setMesh(document.createMesh("scan").addPrimitive(primitive)));
  return new NodeIO().writeBinary(document);
}
