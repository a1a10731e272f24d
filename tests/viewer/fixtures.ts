/**
 * glTF files made in code, so the viewer tests stand on their own without the shared fixtures:
 * a lathed baptismal bowl (smooth, many vertices), a unit cube, the bowl compressed with Draco and
 * with meshopt by the project's own scan pipeline (scripts/src/staff/scan/prepare-scan.ts), a textured
 * panel with an uncompressed and one with a Basis-compressed KTX2 texture, and broken
 * files (truncated, not glTF at all, bad JSON, a mesh-less scene).
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Document, NodeIO } from "@gltf-transform/core";
import { KHRTextureBasisu } from "@gltf-transform/extensions";
import { encodeToKTX2 } from "ktx2-encoder";
import {
  createDefaultContainer,
  KHR_DF_MODEL_ETC1S,
  KHR_DF_MODEL_RGBSDA,
  KHR_SUPERCOMPRESSION_BASISLZ,
  read as readKtx2,
  VK_FORMAT_R8G8B8A8_SRGB,
  VK_FORMAT_UNDEFINED,
  write as writeKtx2,
} from "three/examples/jsm/libs/ktx-parse.module.js";
import { prepareScan } from "../../scripts/src/staff/scan/prepare-scan.ts";

export interface GeneratedFixtures {
  dir: string;
  /** file name → what it is */
  positive: Record<string, string>;
  negative: Record<string, string>;
}

/** A lathe (surface of revolution) from a profile of [radius, height] pairs, in metres. */
function lathe(profile: Array<[number, number]>, segments: number) {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const angle = (i / segments) * Math.PI * 2;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    profile.forEach(([radius, height], j) => {
      positions.push(radius * cos, height, radius * sin);
      const prev = profile[Math.max(0, j - 1)] ?? [radius, height];
      const next = profile[Math.min(profile.length - 1, j + 1)] ?? [radius, height];
      const dr = next[0] - prev[0];
      const dh = next[1] - prev[1];
      const length = Math.hypot(dr, dh) || 1;
      // The profile's outward normal (dh, -dr), turned around the axis.
      normals.push((dh / length) * cos, (-dr / length) * 1, (dh / length) * sin);
    });
  }
  const rows = profile.length;
  for (let i = 0; i < segments; i += 1) {
    for (let j = 0; j < rows - 1; j += 1) {
      const a = i * rows + j;
      const b = (i + 1) * rows + j;
      indices.push(a, b, a + 1, b, b + 1, a + 1);
    }
  }
  return { positions, normals, indices };
}

function meshDocument(
  name: string,
  geometry: { positions: number[]; normals: number[]; indices: number[] },
  color: [number, number, number, number],
  metallic: number,
): Document {
  const document = new Document();
  const buffer = document.createBuffer();
  const position = document
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array(geometry.positions))
    .setBuffer(buffer);
  const normal = document
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array(geometry.normals))
    .setBuffer(buffer);
  const indices = document
    .createAccessor()
    .setType("SCALAR")
    .setArray(new Uint32Array(geometry.indices))
    .setBuffer(buffer);
  const material = document
    .createMaterial(`${name} material`)
    .setBaseColorFactor(color)
    .setMetallicFactor(metallic)
    .setRoughnessFactor(0.45)
    .setDoubleSided(true);
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", position)
    .setAttribute("NORMAL", normal)
    .setIndices(indices)
    .setMaterial(material);
  const mesh = document.createMesh(name).addPrimitive(primitive);
  const node = document.createNode(name).setMesh(mesh);
  document.createScene("scene").addChild(node);
  return document;
}

/** A baptismal bowl about 40 cm across and 12 cm high, with a foot. */
export function bowlDocument(segments = 160): Document {
  const profile: Array<[number, number]> = [];
  const steps = 120;
  for (let k = 0; k <= steps; k += 1) {
    const t = k / steps;
    if (t < 0.15)
      profile.push([0.02 + t * 0.6, 0]); // foot plate
    else if (t < 0.3)
      profile.push([0.11, ((t - 0.15) / 0.15) * 0.03]); // foot ring
    else {
      const u = (t - 0.3) / 0.7; // bowl wall, rising in a curve to the rim
      profile.push([
        0.06 + 0.14 * Math.sin((u * Math.PI) / 2),
        0.03 + 0.09 * (1 - Math.cos((u * Math.PI) / 2)),
      ]);
    }
  }
  return meshDocument("Taufschale", lathe(profile, segments), [0.72, 0.53, 0.25, 1], 0.9);
}

/** A cube of 1 × 1 × 1 units centred on the origin, flat shaded. */
export function cubeDocument(): Document {
  const positions: number[] = [];
  const normals: number[] = [];
  const indices: number[] = [];
  const faces: Array<[number[], number[], number[]]> = [
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
    [
      [-1, 0, 0],
      [0, 0, 1],
      [0, 1, 0],
    ],
    [
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
    ],
    [
      [0, -1, 0],
      [1, 0, 0],
      [0, 0, 1],
    ],
    [
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ],
    [
      [0, 0, -1],
      [0, 1, 0],
      [1, 0, 0],
    ],
  ];
  for (const [n, u, v] of faces) {
    const base = positions.length / 3;
    for (const [su, sv] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      for (let axis = 0; axis < 3; axis += 1) {
        positions.push(0.5 * ((n[axis] ?? 0) + su * (u[axis] ?? 0) + sv * (v[axis] ?? 0)));
      }
      normals.push(...n);
    }
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return meshDocument("Würfel", { positions, normals, indices }, [0.15, 0.35, 0.6, 1], 0);
}

/** A size × size checkerboard (8-pixel squares) as raw RGBA pixels, first row at the top. */
function checkerPixels(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const light = ((x >> 3) + (y >> 3)) % 2 === 0;
      pixels.set(light ? [235, 220, 190, 255] : [120, 60, 30, 255], (y * size + x) * 4);
    }
  }
  return pixels;
}

/** A 64 × 64 checkerboard as an uncompressed sRGB KTX2 texture (ktx-parse from three). */
export function checkerKtx2(size = 64): Uint8Array {
  const pixels = checkerPixels(size);
  const container = createDefaultContainer();
  container.vkFormat = VK_FORMAT_R8G8B8A8_SRGB;
  container.pixelWidth = size;
  container.pixelHeight = size;
  container.levelCount = 1;
  container.levels = [{ levelData: pixels, uncompressedByteLength: pixels.byteLength }];
  const descriptor = container.dataFormatDescriptor[0];
  if (descriptor) {
    descriptor.colorModel = KHR_DF_MODEL_RGBSDA;
    descriptor.bytesPlane = [4, 0, 0, 0, 0, 0, 0, 0];
    descriptor.samples = [0, 1, 2, 15].map((channelType, index) => ({
      bitOffset: index * 8,
      bitLength: 7,
      channelType,
      samplePosition: [0, 0, 0, 0],
      sampleLower: 0,
      sampleUpper: 255,
    }));
  }
  return writeKtx2(container);
}

/**
 * The checkerboard Basis-compressed (ETC1S with BasisLZ supercompression, sRGB, mipmaps) by
 * basis_universal's own encoder (WASM, ktx2-encoder), so the viewer has to run the Basis transcoder.
 * Throws when the encoder's output is not ETC1S/BasisLZ: the fixture would then test nothing.
 */
export async function checkerBasisKtx2(size = 64): Promise<Uint8Array> {
  const pixels = checkerPixels(size);
  const ktx2 = await encodeToKTX2(pixels, {
    isUASTC: false,
    generateMipmap: true,
    isSetKTX2SRGBTransferFunc: true,
    // The input is already raw RGBA; the encoder wants a decoder for image files in Node.
    imageDecoder: async () => ({ data: pixels, width: size, height: size }),
  });
  const container = readKtx2(ktx2);
  if (
    container.vkFormat !== VK_FORMAT_UNDEFINED ||
    container.supercompressionScheme !== KHR_SUPERCOMPRESSION_BASISLZ ||
    container.dataFormatDescriptor[0]?.colorModel !== KHR_DF_MODEL_ETC1S
  ) {
    throw new Error(
      `ktx2-encoder made a KTX2 texture that is not ETC1S/BasisLZ (vkFormat ${container.vkFormat}, ` +
        `supercompression ${container.supercompressionScheme}): check the encoder options in fixtures.ts`,
    );
  }
  return ktx2;
}

/** A flat square panel (1 × 1 units, facing +z) with a KTX2 texture through KHR_texture_basisu. */
export function ktx2PanelDocument(image: Uint8Array = checkerKtx2()): Document {
  const document = new Document();
  document.createExtension(KHRTextureBasisu).setRequired(true);
  const buffer = document.createBuffer();
  const accessor = (
    type: "VEC2" | "VEC3" | "SCALAR",
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>,
  ) => document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
  const texture = document.createTexture("checker").setMimeType("image/ktx2").setImage(image);
  const material = document
    .createMaterial("panel")
    .setBaseColorTexture(texture)
    .setRoughnessFactor(0.8)
    .setDoubleSided(true);
  const primitive = document
    .createPrimitive()
    .setAttribute(
      "POSITION",
      accessor("VEC3", new Float32Array([-0.5, -0.5, 0, 0.5, -0.5, 0, 0.5, 0.5, 0, -0.5, 0.5, 0])),
    )
    .setAttribute("NORMAL", accessor("VEC3", new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1])))
    .setAttribute("TEXCOORD_0", accessor("VEC2", new Float32Array([0, 1, 1, 1, 1, 0, 0, 0])))
    .setIndices(accessor("SCALAR", new Uint16Array([0, 1, 2, 0, 2, 3])))
    .setMaterial(material);
  const node = document.createNode("panel").setMesh(document.createMesh("panel").addPrimitive(primitive));
  document.createScene("scene").addChild(node);
  return document;
}

/** Writes every generated fixture into `dir` (the compressed ones through prepare-scan). */
export async function writeGeneratedFixtures(dir: string): Promise<GeneratedFixtures> {
  await mkdir(dir, { recursive: true });
  const io = new NodeIO();
  const bowl = await io.writeBinary(bowlDocument());
  await writeFile(join(dir, "bowl.glb"), bowl);
  await writeFile(join(dir, "cube.glb"), await io.writeBinary(cubeDocument()));
  await io.write(join(dir, "bowl-separate.gltf"), bowlDocument(48));
  await writeFile(
    join(dir, "panel-ktx2.glb"),
    await new NodeIO().registerExtensions([KHRTextureBasisu]).writeBinary(ktx2PanelDocument()),
  );
  await writeFile(
    join(dir, "panel-basis.glb"),
    await new NodeIO()
      .registerExtensions([KHRTextureBasisu])
      .writeBinary(ktx2PanelDocument(await checkerBasisKtx2())),
  );

  const positive: Record<string, string> = {
    "bowl.glb": "a smooth bowl, binary glTF",
    "cube.glb": "a unit cube",
    "bowl-separate.gltf": "a bowl as .gltf with a separate .bin",
    "panel-ktx2.glb": "a panel with a KTX2 texture (KHR_texture_basisu, uncompressed RGBA payload)",
    "panel-basis.glb": "a panel with a Basis-compressed KTX2 texture (KHR_texture_basisu, ETC1S/BasisLZ)",
  };
  for (const method of ["draco", "meshopt"] as const) {
    const outDir = join(dir, `prepared-${method}`);
    const report = await prepareScan(join(dir, "bowl.glb"), {
      outDir,
      geometry: method,
      poster: false,
      textureFormat: "keep",
    });
    const extension = method === "draco" ? "KHR_draco_mesh_compression" : "EXT_meshopt_compression";
    if (!report.web.extensionsUsed.includes(extension)) {
      throw new Error(
        `prepare-scan made ${report.web.file} without ${extension}: the ${method} fixture would test nothing`,
      );
    }
    const name = `bowl-${method}.glb`;
    await writeFile(join(dir, name), await readFile(join(outDir, report.web.file)));
    positive[name] = `the bowl compressed with ${extension} by prepare-scan`;
  }

  const negative: Record<string, string> = {
    "truncated.glb": "a .glb cut off after 200 bytes",
    "not-gltf.glb": "a text file with a .glb name",
    "bad-json.gltf": "a .gltf that is not JSON",
    "no-mesh.gltf": "a scene whose only node has no mesh",
    "missing.glb": "a file that does not exist (404)",
  };
  await writeFile(join(dir, "truncated.glb"), bowl.slice(0, 200));
  await writeFile(join(dir, "not-gltf.glb"), "This is not a 3D model.\n");
  await writeFile(join(dir, "bad-json.gltf"), '{ "asset": { "version": "2.0" }, ');
  await writeFile(
    join(dir, "no-mesh.gltf"),
    JSON.stringify({
      asset: { version: "2.0" },
      scene: 0,
      scenes: [{ nodes: [0] }],
      nodes: [{ name: "empty" }],
    }),
  );
  return { dir, positive, negative };
}
