import type { Document } from "@gltf-transform/core";
import { createDemoDocument } from "./demo-document.ts";
import { lathe, type ProfilePoint } from "./lathe.ts";
import { addMeshData } from "./mesh-data.ts";

export interface LathedBellOptions {
  /** Diameter of the mouth (lower rim), metres. */
  mouthDiameter: number;
  /** Height from lip to shoulder, metres (the crown adds about 12 %). */
  height: number;
  /** Steps around the axis. */
  segments: number;
  /** Points along the flank, per side. */
  flankSteps: number;
}

/** A medium church bell of about one metre, like those in North German village churches. */
export const LATHED_BELL_DEFAULTS: LathedBellOptions = {
  mouthDiameter: 0.92,
  height: 0.8,
  segments: 64,
  flankSteps: 22,
};

const BRONZE = [0.55, 0.38, 0.2];
const BRONZE_DARK = [0.32, 0.24, 0.14];
const PATINA = [0.36, 0.52, 0.44];

/** The classic bell rib: narrow waist, then a flare to the sound bow. t = 0 at the shoulder, 1 at the lip. */
function flankRadius(t: number, mouthRadius: number): number {
  const shoulder = mouthRadius * 0.56;
  return shoulder + (mouthRadius - shoulder) * (0.35 * t + 0.65 * t ** 3.2);
}

/**
 * A church bell turned on a lathe: crown, shoulder, waist, sound bow and lip, as a closed shell of
 * bronze with a green patina band on the shoulder. Metres, Y up, lip at y = 0.
 *
 * ```ts
 * const document = createLathedBell({ segments: 48 });
 * ```
 */
export function createLathedBell(overrides: Partial<LathedBellOptions> = {}): Document {
  const options = { ...LATHED_BELL_DEFAULTS, ...overrides };
  const document = createDemoDocument({
    key: "lathed-bell",
    title: { de: "Kirchenglocke (Demo-Rekonstruktion)", en: "Church bell (demo reconstruction)" },
    description:
      "Procedural bronze church bell turned from a classic bell profile; not a scan of a real bell.",
  });
  const mouth = options.mouthDiameter / 2;
  const h = options.height;
  const wall = mouth * 0.08;
  const outer: ProfilePoint[] = [
    { r: 0, y: h * 1.12 },
    { r: mouth * 0.12, y: h * 1.12 },
    { r: mouth * 0.14, y: h * 1.08 },
    { r: mouth * 0.14, y: h * 1.03 },
    { r: mouth * 0.45, y: h * 1.02 },
    { r: mouth * 0.53, y: h * 0.99 },
  ];
  for (let i = 0; i <= options.flankSteps; i++) {
    const t = i / options.flankSteps;
    outer.push({ r: flankRadius(t, mouth), y: h * 0.97 * (1 - t) + h * 0.02 });
  }
  outer.push({ r: mouth, y: 0 });
  const inner: ProfilePoint[] = [{ r: mouth - wall * 0.6, y: 0 }];
  for (let i = options.flankSteps; i >= 0; i--) {
    const t = i / options.flankSteps;
    // The wall is thickest at the sound bow, where the clapper strikes.
    const thickness = wall * (0.55 + 0.9 * Math.exp(-(((t - 0.88) / 0.1) ** 2)));
    inner.push({ r: Math.max(0.01, flankRadius(t, mouth) - thickness), y: h * 0.93 * (1 - t) + h * 0.04 });
  }
  inner.push({ r: mouth * 0.3, y: h * 0.95 }, { r: 0, y: h * 0.96 });
  const profile = [...outer, ...inner];
  const data = lathe(profile, {
    segments: options.segments,
    color: (point, index) => {
      if (index >= outer.length) return BRONZE_DARK;
      if (point.y > h * 0.8) return PATINA;
      return BRONZE;
    },
  });
  const material = document
    .createMaterial("bronze")
    .setBaseColorFactor([1, 1, 1, 1])
    .setMetallicFactor(0.85)
    .setRoughnessFactor(0.4);
  const mesh = addMeshData(document, "lathed-bell", data, material);
  const node = document.createNode("lathed-bell").setMesh(mesh);
  document.getRoot().getDefaultScene()?.addChild(node);
  return document;
}
