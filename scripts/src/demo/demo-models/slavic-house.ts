import type { Document } from "@gltf-transform/core";
import { addBox } from "./box.ts";
import { createDemoDocument } from "./demo-document.ts";
import { addMeshData, emptyMeshData } from "./mesh-data.ts";

export interface SlavicHouseOptions {
  /** Length of the house along X (ridge direction), metres. */
  length: number;
  /** Width along Z, metres. */
  width: number;
  /** Height of the plank walls, metres. */
  wallHeight: number;
  /** Height of the roof ridge above the ground, metres. */
  ridgeHeight: number;
  /** Height of one wall plank, metres. */
  plankHeight: number;
  /** Thatch bundles per roof side. */
  thatchRows: number;
}

/** A small plank house like the reconstructed buildings of the Oldenburger Wallmuseum. */
export const SLAVIC_HOUSE_DEFAULTS: SlavicHouseOptions = {
  length: 7,
  width: 5,
  wallHeight: 2,
  ridgeHeight: 4.6,
  plankHeight: 0.2,
  thatchRows: 16,
};

/** Deterministic variation per index, so every build gives the same file. */
function shade(index: number, base: readonly number[], amount: number): number[] {
  const v = Math.sin(index * 12.9898) * 43758.5453;
  const k = 1 + (v - Math.floor(v) - 0.5) * amount;
  return base.map((c) => Math.min(1, c * k));
}

const WOOD = [0.45, 0.3, 0.18];
const WOOD_DARK = [0.3, 0.2, 0.12];
const THATCH = [0.62, 0.52, 0.33];
const EARTH = [0.35, 0.28, 0.2];

/**
 * A reconstructed Slavic plank house (Bohlenhaus): horizontal plank walls between corner posts, a
 * door in the south wall, plank gables, a steep reed-thatched roof with a ridge and crossed gable
 * boards, on a trodden earth floor. Metres, Y up, floor at y = 0, ridge along X.
 *
 * ```ts
 * const document = createSlavicHouse({ length: 8 });
 * ```
 */
export function createSlavicHouse(overrides: Partial<SlavicHouseOptions> = {}): Document {
  const o = { ...SLAVIC_HOUSE_DEFAULTS, ...overrides };
  const document = createDemoDocument({
    key: "slavic-house",
    title: {
      de: "Slawisches Bohlenhaus (Demo-Rekonstruktion)",
      en: "Slavic plank house (demo reconstruction)",
    },
    description:
      "Procedural plank house with a thatched roof in the manner of the reconstructed buildings at the Oldenburger Wallmuseum; not a survey of a real building.",
  });
  const data = emptyMeshData();
  const halfL = o.length / 2;
  const halfW = o.width / 2;
  const thickness = 0.09;
  let n = 0;
  addBox(data, { center: [0, -0.05, 0], size: [o.length + 2.4, 0.1, o.width + 2.4] }, EARTH);
  // Corner posts.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      addBox(
        data,
        {
          center: [sx * halfL, (o.wallHeight + 0.2) / 2, sz * halfW],
          size: [0.22, o.wallHeight + 0.2, 0.22],
        },
        WOOD_DARK,
      );
    }
  }
  const planks = Math.round(o.wallHeight / o.plankHeight);
  const doorWidth = 0.9;
  const doorHeight = 1.7;
  for (let i = 0; i < planks; i++) {
    const y = (i + 0.5) * o.plankHeight;
    const h = o.plankHeight * 0.96;
    // North wall: whole planks.
    addBox(data, { center: [0, y, -halfW], size: [o.length - 0.2, h, thickness] }, shade(n++, WOOD, 0.3));
    // South wall: planks left and right of the door below the lintel.
    if (y < doorHeight) {
      const pieceLength = (o.length - 0.2 - doorWidth) / 2;
      for (const side of [-1, 1]) {
        const cx = side * (doorWidth / 2 + pieceLength / 2);
        addBox(data, { center: [cx, y, halfW], size: [pieceLength, h, thickness] }, shade(n++, WOOD, 0.3));
      }
    } else {
      addBox(data, { center: [0, y, halfW], size: [o.length - 0.2, h, thickness] }, shade(n++, WOOD, 0.3));
    }
    // Gable-end walls.
    for (const side of [-1, 1]) {
      addBox(
        data,
        { center: [side * halfL, y, 0], size: [thickness, h, o.width - 0.2] },
        shade(n++, WOOD, 0.3),
      );
    }
  }
  // Door leaf, set back in the opening.
  addBox(data, { center: [0, doorHeight / 2, halfW - 0.06], size: [doorWidth, doorHeight, 0.05] }, WOOD_DARK);
  // Gable triangles: planks that shorten towards the ridge.
  const gableRise = o.ridgeHeight - o.wallHeight - 0.2;
  const gablePlanks = Math.floor(gableRise / o.plankHeight);
  for (let i = 0; i < gablePlanks; i++) {
    const y = o.wallHeight + (i + 0.5) * o.plankHeight;
    const widthHere = o.width * (1 - (i + 1) / (gablePlanks + 1));
    for (const side of [-1, 1]) {
      addBox(
        data,
        { center: [side * halfL, y, 0], size: [thickness, o.plankHeight * 0.96, widthHere] },
        shade(n++, WOOD, 0.3),
      );
    }
  }
  // Roof: thatch bundles on both slopes, overhanging the walls.
  const overhang = 0.5;
  const eaveY = o.wallHeight - 0.15;
  const run = halfW + overhang;
  const rise = o.ridgeHeight - eaveY;
  const slopeLength = Math.hypot(run, rise);
  const pitch = Math.atan2(rise, run);
  const rowLength = slopeLength / o.thatchRows;
  for (const side of [-1, 1]) {
    for (let i = 0; i < o.thatchRows; i++) {
      const along = (i + 0.5) * rowLength;
      const z = side * (run - along * Math.cos(pitch));
      const y = eaveY + along * Math.sin(pitch) + 0.12;
      addBox(
        data,
        {
          center: [0, y, z],
          size: [o.length + 2 * overhang, 0.28, rowLength * 1.15],
          rotationX: side * pitch,
        },
        shade(n++, THATCH, 0.18),
      );
    }
  }
  // Ridge beam and crossed gable boards (the "horse heads" of North German houses).
  addBox(
    data,
    { center: [0, o.ridgeHeight + 0.25, 0], size: [o.length + 2 * overhang + 0.1, 0.24, 0.34] },
    WOOD_DARK,
  );
  for (const end of [-1, 1]) {
    for (const side of [-1, 1]) {
      addBox(
        data,
        {
          center: [end * (halfL + overhang + 0.06), o.ridgeHeight + 0.15, 0],
          size: [0.06, 0.2, 1.6],
          rotationX: side * pitch,
        },
        WOOD_DARK,
      );
    }
  }
  const material = document
    .createMaterial("wood-and-thatch")
    .setBaseColorFactor([1, 1, 1, 1])
    .setMetallicFactor(0)
    .setRoughnessFactor(0.9);
  const mesh = addMeshData(document, "slavic-house", data, material);
  const node = document.createNode("slavic-house").setMesh(mesh);
  document.getRoot().getDefaultScene()?.addChild(node);
  return document;
}
