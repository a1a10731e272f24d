import type { Document } from "@gltf-transform/core";
import { createDemoDocument } from "./demo-document.ts";
import { addMeshData, addVertex, emptyMeshData } from "./mesh-data.ts";

export interface RampartRingOptions {
  /** Outer length of the oval enclosure along X (east–west), metres. */
  length: number;
  /** Outer width of the oval enclosure along Z, metres. */
  width: number;
  /** Highest rampart crest above the surrounding ground, metres. */
  maxHeight: number;
  /** Grid cells along X; Z gets a proportional count. Triangles ≈ 2 · cellsX · cellsZ. */
  cellsX: number;
  /** Ground margin around the oval, metres. */
  margin: number;
}

/** Dimensions of the Oldenburger Wall (Starigard): oval of about 220 × 100 m, ramparts up to about 18 m. */
export const RAMPART_RING_DEFAULTS: RampartRingOptions = {
  length: 220,
  width: 100,
  maxHeight: 18,
  cellsX: 72,
  margin: 22,
};

const GRASS = [0.22, 0.42, 0.16];
const DRY_GRASS = [0.45, 0.5, 0.24];
const EARTH = [0.42, 0.31, 0.2];
const PATH = [0.6, 0.52, 0.38];

function mix(a: readonly number[], b: readonly number[], t: number): number[] {
  const k = Math.min(1, Math.max(0, t));
  return a.map((value, i) => value + ((b[i] ?? 0) - value) * k);
}

/** Small deterministic bumps so the ground does not look machine-flat (no random: builds are reproducible). */
function ripple(x: number, z: number): number {
  return 0.35 * Math.sin(x * 0.09) * Math.cos(z * 0.11) + 0.2 * Math.sin((x + z) * 0.05);
}

/**
 * Height of the terrain at (x, z): a rampart whose crest follows an ellipse just inside the outer
 * edge, highest in the west and lower in the east, with a gate gap in the south-east, a slightly
 * raised inner courtyard and a shallow ditch outside.
 */
function heightAt(x: number, z: number, options: RampartRingOptions): number {
  const a = options.length / 2;
  const b = options.width / 2;
  const crestA = a - 14;
  const crestB = b - 14;
  const r = Math.hypot(x / crestA, z / crestB);
  // Distance from the crest line in metres, approximated along the ray from the centre.
  const radialLength = r === 0 ? 0 : Math.hypot(x, z) / r;
  const distance = (r - 1) * radialLength;
  const angle = Math.atan2(z, x);
  // West (angle ±π) reaches maxHeight, east about 60 % of it.
  const crest = options.maxHeight * (0.8 - 0.2 * Math.cos(angle));
  const gate = 1 - 0.75 * Math.exp(-(((angle - 0.6) / 0.12) ** 2));
  const rampart = crest * gate * Math.exp(-((distance / 11) ** 2));
  const courtyard = r < 1 ? 2.5 * (1 - Math.exp(-(((1 - r) * radialLength) / 8))) : 0;
  const ditch = distance > 0 ? -2.2 * Math.exp(-(((distance - 17) / 5) ** 2)) : 0;
  return rampart + courtyard + ditch + ripple(x, z);
}

/**
 * A terrain model of the Oldenburger Wall (Starigard) ring fort as a vertex-coloured height field,
 * in metres (real-world scale 1), Y up, X east. A demo reconstruction from the published
 * dimensions, not survey data.
 *
 * ```ts
 * const document = createRampartRing({ cellsX: 48 });
 * const glb = await new NodeIO().writeBinary(document);
 * ```
 */
export function createRampartRing(overrides: Partial<RampartRingOptions> = {}): Document {
  const options = { ...RAMPART_RING_DEFAULTS, ...overrides };
  const document = createDemoDocument({
    key: "rampart-ring",
    title: { de: "Oldenburger Wall (Starigard), Ringwall", en: "Oldenburger Wall (Starigard) rampart ring" },
    description:
      "Procedural terrain of an oval ring fort about 220 × 100 m with ramparts up to about 18 m, after the published dimensions of Starigard.",
  });
  const sizeX = options.length + 2 * options.margin;
  const sizeZ = options.width + 2 * options.margin;
  const cellsX = options.cellsX;
  const cellsZ = Math.max(2, Math.round((cellsX * sizeZ) / sizeX));
  const data = emptyMeshData();
  for (let iz = 0; iz <= cellsZ; iz++) {
    for (let ix = 0; ix <= cellsX; ix++) {
      const x = -sizeX / 2 + (ix / cellsX) * sizeX;
      const z = -sizeZ / 2 + (iz / cellsZ) * sizeZ;
      const y = heightAt(x, z, options);
      const step = 1;
      const slope = Math.hypot(
        heightAt(x + step, z, options) - heightAt(x - step, z, options),
        heightAt(x, z + step, options) - heightAt(x, z - step, options),
      );
      let color = mix(GRASS, DRY_GRASS, y / options.maxHeight);
      // Grass holds on the ramparts; only the steepest flanks show bare earth.
      color = mix(color, EARTH, (0.6 * (slope - 2.2)) / 1.5);
      // A trodden path along the crest: flat and high. Smooth blends avoid saw-tooth colour edges.
      const high = Math.min(1, Math.max(0, (y / options.maxHeight - 0.45) / 0.25));
      color = mix(color, PATH, 0.6 * high * Math.max(0, 1 - slope / 0.6));
      addVertex(data, [x, y, z], color);
    }
  }
  const row = cellsX + 1;
  for (let iz = 0; iz < cellsZ; iz++) {
    for (let ix = 0; ix < cellsX; ix++) {
      const a = iz * row + ix;
      const b = a + 1;
      const c = a + row;
      const d = c + 1;
      // Counter-clockwise seen from above (+Y), so the surface faces up.
      data.indices.push(a, c, b, b, c, d);
    }
  }
  const material = document
    .createMaterial("terrain")
    .setBaseColorFactor([1, 1, 1, 1])
    .setRoughnessFactor(0.95)
    .setMetallicFactor(0);
  const mesh = addMeshData(document, "rampart-ring", data, material);
  const node = document.createNode("rampart-ring").setMesh(mesh);
  document.getRoot().getDefaultScene()?.addChild(node);
  return document;
}
