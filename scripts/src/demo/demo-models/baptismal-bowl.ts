import type { Document } from "@gltf-transform/core";
import { createDemoDocument } from "./demo-document.ts";
import { lathe, type ProfilePoint } from "./lathe.ts";
import { addMeshData } from "./mesh-data.ts";

export interface BaptismalBowlOptions {
  /** Outer diameter over the rim, metres. */
  diameter: number;
  /** Depth of the basin, metres. */
  depth: number;
  /** Steps around the axis. */
  segments: number;
  /** Points across the basin, per side. */
  basinSteps: number;
}

/** A brass baptismal bowl (Taufschale) of the 17th/18th-century type with a broad flat rim. */
export const BAPTISMAL_BOWL_DEFAULTS: BaptismalBowlOptions = {
  diameter: 0.5,
  depth: 0.075,
  segments: 72,
  basinSteps: 18,
};

const BRASS = [0.78, 0.6, 0.28];
const BRASS_WORN = [0.62, 0.47, 0.22];
const BRASS_DARK = [0.45, 0.34, 0.17];

/**
 * A baptismal bowl turned on a lathe: foot ring, rounded basin, broad flat rim with a bead, and an
 * embossed ring in the centre. Metres, Y up, standing on y = 0.
 *
 * ```ts
 * const document = createBaptismalBowl({ diameter: 0.45 });
 * ```
 */
export function createBaptismalBowl(overrides: Partial<BaptismalBowlOptions> = {}): Document {
  const options = { ...BAPTISMAL_BOWL_DEFAULTS, ...overrides };
  const document = createDemoDocument({
    key: "baptismal-bowl",
    title: { de: "Taufschale (Demo-Rekonstruktion)", en: "Baptismal bowl (demo reconstruction)" },
    description: "Procedural brass baptismal bowl with a broad rim; not a scan of a real bowl.",
  });
  const R = options.diameter / 2;
  const basinR = R * 0.62;
  const d = options.depth;
  const t = 0.004;
  const foot = basinR * 0.55;
  const profile: ProfilePoint[] = [
    { r: 0, y: 0.012 },
    { r: foot - 0.012, y: 0.012 },
    { r: foot - 0.01, y: 0 },
    { r: foot, y: 0 },
    { r: foot + 0.004, y: 0.014 },
  ];
  // Underside of the basin, from the foot out to the rim.
  for (let i = 0; i <= options.basinSteps; i++) {
    const s = i / options.basinSteps;
    const r = foot + (basinR - foot) * s;
    profile.push({ r, y: 0.014 + (d - 0.004) * (1 - Math.sqrt(1 - s * s * 0.98)) });
  }
  profile.push(
    { r: basinR + 0.01, y: d + 0.012 },
    { r: R - 0.012, y: d + 0.016 },
    { r: R, y: d + 0.02 },
    { r: R + 0.002, y: d + 0.028 },
    { r: R - 0.006, y: d + 0.032 },
    { r: R - 0.014, y: d + 0.026 },
    { r: basinR + 0.01, y: d + 0.012 + t },
  );
  // Inside of the basin, from the rim down to the centre, with an embossed ring.
  for (let i = options.basinSteps; i >= 0; i--) {
    const s = i / options.basinSteps;
    const r = (basinR - t) * s;
    const boss = 0.004 * Math.exp(-(((s - 0.3) / 0.05) ** 2));
    profile.push({ r, y: 0.014 + t + (d - 0.004) * (1 - Math.sqrt(1 - s * s * 0.98)) + boss });
  }
  const rimStart = options.basinSteps + 6;
  // The profile above runs underside-first; the lathe wants the outside on its right, so reverse it.
  const data = lathe([...profile].reverse(), {
    segments: options.segments,
    color: (point, reversedIndex) => {
      const index = profile.length - 1 - reversedIndex;
      if (index < rimStart) return BRASS_DARK;
      if (point.r > basinR) return BRASS;
      return BRASS_WORN;
    },
  });
  const material = document
    .createMaterial("brass")
    .setBaseColorFactor([1, 1, 1, 1])
    .setMetallicFactor(0.9)
    .setRoughnessFactor(0.3);
  const mesh = addMeshData(document, "baptismal-bowl", data, material);
  const node = document.createNode("baptismal-bowl").setMesh(mesh);
  document.getRoot().getDefaultScene()?.addChild(node);
  return document;
}
