/**
 * Renders a 360° panorama (equirectangular, width = 2 × height) of triangle scenes in Node, without
 * a GPU: six 90° cube faces by a small z-buffer rasterizer (vertex colours, flat sun shading, a sky
 * and ground where nothing is hit), then resampled to equirectangular. Enough for demo renderings
 * of the demo 3D models; it is no general renderer (no textures, no shadows).
 */
import type { Document } from "@gltf-transform/core";

export type Vec3 = [number, number, number];

/** Triangles as flat arrays: 9 position numbers and 3 sRGB colour numbers (0..1) per triangle. */
export interface TriangleScene {
  positions: number[];
  colors: number[];
}

export function emptyScene(): TriangleScene {
  return { positions: [], colors: [] };
}

/** Adds the triangles of a glTF document (COLOR_0 or the base colour), moved by `offset`. */
export function addDocument(
  scene: TriangleScene,
  document: Document,
  offset: Vec3 = [0, 0, 0],
  scale = 1,
): void {
  for (const node of document.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh) continue;
    const m = node.getWorldMatrix();
    for (const primitive of mesh.listPrimitives()) {
      const position = primitive.getAttribute("POSITION");
      const color = primitive.getAttribute("COLOR_0");
      const base = primitive.getMaterial()?.getBaseColorFactor() ?? [0.8, 0.8, 0.8, 1];
      const indices = primitive.getIndices();
      if (!position) continue;
      const count = indices ? indices.getCount() : position.getCount();
      const p: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < count; i++) {
        const index = indices ? (indices.getScalar(i) as number) : i;
        position.getElement(index, p);
        const x = m[0] * (p[0] ?? 0) + m[4] * (p[1] ?? 0) + m[8] * (p[2] ?? 0) + m[12];
        const y = m[1] * (p[0] ?? 0) + m[5] * (p[1] ?? 0) + m[9] * (p[2] ?? 0) + m[13];
        const z = m[2] * (p[0] ?? 0) + m[6] * (p[1] ?? 0) + m[10] * (p[2] ?? 0) + m[14];
        scene.positions.push(x * scale + offset[0], y * scale + offset[1], z * scale + offset[2]);
        if (i % 3 === 0) {
          if (color) color.getElement(index, c);
          // glTF stores linear colours; the rasterizer works in sRGB.
          const linear = color ? c : base;
          for (let k = 0; k < 3; k++)
            scene.colors.push(Math.min(1, (linear[k] ?? 0.8) * (color ? (linear[3] ?? 1) : 1)) ** (1 / 2.2));
        }
      }
    }
  }
}

/** Adds an axis-aligned box (two triangles per side) in one sRGB colour. */
export function addBoxTriangles(scene: TriangleScene, min: Vec3, max: Vec3, color: Vec3): void {
  const corner = (i: number): Vec3 => [
    i & 1 ? max[0] : min[0],
    i & 2 ? max[1] : min[1],
    i & 4 ? max[2] : min[2],
  ];
  const faces = [
    [1, 3, 7, 5],
    [0, 4, 6, 2],
    [2, 6, 7, 3],
    [0, 1, 5, 4],
    [4, 5, 7, 6],
    [0, 2, 3, 1],
  ];
  for (const [a, b, c, d] of faces as [number, number, number, number][]) {
    for (const triangle of [
      [a, b, c],
      [a, c, d],
    ]) {
      for (const index of triangle) scene.positions.push(...corner(index));
      scene.colors.push(...color);
    }
  }
}

export interface PanoramaOptions {
  /** Where the camera stands. */
  eye: Vec3;
  /** Width of the panorama (height is half). */
  width: number;
  /** Direction of the sun (towards it). */
  sun?: Vec3;
  /** sRGB colours of sky at the horizon, sky at the top, and the ground where nothing is hit. */
  skyHorizon?: Vec3;
  skyTop?: Vec3;
  ground?: Vec3;
}

const NEAR = 0.05;

function normalize(v: Vec3): Vec3 {
  const length = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}

/** Cube faces: forward, right, up (three.js axes: y up, −z forward). */
const FACES: ReadonlyArray<readonly [Vec3, Vec3, Vec3]> = [
  [
    [1, 0, 0],
    [0, 0, 1],
    [0, 1, 0],
  ],
  [
    [-1, 0, 0],
    [0, 0, -1],
    [0, 1, 0],
  ],
  [
    [0, 1, 0],
    [1, 0, 0],
    [0, 0, 1],
  ],
  [
    [0, -1, 0],
    [1, 0, 0],
    [0, 0, -1],
  ],
  [
    [0, 0, 1],
    [-1, 0, 0],
    [0, 1, 0],
  ],
  [
    [0, 0, -1],
    [1, 0, 0],
    [0, 1, 0],
  ],
];

interface Face {
  color: Float32Array;
  depth: Float32Array;
}

function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Clips a polygon in camera space (x, y, z with z forward) to z ≥ NEAR. */
function clipNear(points: Vec3[]): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Vec3;
    const b = points[(i + 1) % points.length] as Vec3;
    const aIn = a[2] >= NEAR;
    const bIn = b[2] >= NEAR;
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const t = (NEAR - a[2]) / (b[2] - a[2]);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, NEAR]);
    }
  }
  return out;
}

function rasterFace(
  scene: TriangleScene,
  eye: Vec3,
  basis: readonly [Vec3, Vec3, Vec3],
  size: number,
  sun: Vec3,
): Face {
  const [forward, right, up] = basis;
  const color = new Float32Array(size * size * 3).fill(-1);
  const depth = new Float32Array(size * size).fill(Number.POSITIVE_INFINITY);
  const p = scene.positions;
  for (let t = 0; t < p.length / 9; t++) {
    const world: Vec3[] = [0, 1, 2].map((k) => [
      p[t * 9 + k * 3] ?? 0,
      p[t * 9 + k * 3 + 1] ?? 0,
      p[t * 9 + k * 3 + 2] ?? 0,
    ]);
    const [w0, w1, w2] = world as [Vec3, Vec3, Vec3];
    const e1: Vec3 = [w1[0] - w0[0], w1[1] - w0[1], w1[2] - w0[2]];
    const e2: Vec3 = [w2[0] - w0[0], w2[1] - w0[1], w2[2] - w0[2]];
    const normal = normalize([
      e1[1] * e2[2] - e1[2] * e2[1],
      e1[2] * e2[0] - e1[0] * e2[2],
      e1[0] * e2[1] - e1[1] * e2[0],
    ]);
    const light = 0.5 + 0.5 * Math.abs(dot(normal, sun));
    const rgb = [0, 1, 2].map((k) => (scene.colors[t * 3 + k] ?? 0.8) * light);
    const camera = world.map((w): Vec3 => {
      const d: Vec3 = [w[0] - eye[0], w[1] - eye[1], w[2] - eye[2]];
      return [dot(d, right), dot(d, up), dot(d, forward)];
    });
    const polygon = clipNear(camera);
    if (polygon.length < 3) continue;
    const screen = polygon.map(
      ([x, y, z]) => [((x / z) * 0.5 + 0.5) * size, (0.5 - (y / z) * 0.5) * size, 1 / z] as Vec3,
    );
    for (let k = 1; k + 1 < screen.length; k++) {
      const a = screen[0] as Vec3;
      const b = screen[k] as Vec3;
      const c = screen[k + 1] as Vec3;
      const area = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
      if (Math.abs(area) < 1e-9) continue;
      const minX = Math.max(0, Math.floor(Math.min(a[0], b[0], c[0])));
      const maxX = Math.min(size - 1, Math.ceil(Math.max(a[0], b[0], c[0])));
      const minY = Math.max(0, Math.floor(Math.min(a[1], b[1], c[1])));
      const maxY = Math.min(size - 1, Math.ceil(Math.max(a[1], b[1], c[1])));
      for (let y = minY; y <= maxY; y++) {
        for (let x = minX; x <= maxX; x++) {
          const px = x + 0.5;
          const py = y + 0.5;
          const l0 = ((b[0] - px) * (c[1] - py) - (b[1] - py) * (c[0] - px)) / area;
          const l1 = ((c[0] - px) * (a[1] - py) - (c[1] - py) * (a[0] - px)) / area;
          const l2 = 1 - l0 - l1;
          if (l0 < 0 || l1 < 0 || l2 < 0) continue;
          const z = 1 / (l0 * a[2] + l1 * b[2] + l2 * c[2]);
          const index = y * size + x;
          if (z >= (depth[index] ?? Number.POSITIVE_INFINITY)) continue;
          depth[index] = z;
          color[index * 3] = rgb[0] ?? 0;
          color[index * 3 + 1] = rgb[1] ?? 0;
          color[index * 3 + 2] = rgb[2] ?? 0;
        }
      }
    }
  }
  return { color, depth };
}

/** The panorama as raw RGB bytes (width × width/2 × 3). */
export function renderPanorama(
  scene: TriangleScene,
  options: PanoramaOptions,
): { data: Buffer; width: number; height: number } {
  const width = options.width;
  const height = width / 2;
  const size = Math.max(64, Math.round(width / 4));
  const sun = normalize(options.sun ?? [0.4, 0.8, 0.3]);
  const faces = FACES.map((basis) => rasterFace(scene, options.eye, basis, size, sun));
  const skyHorizon = options.skyHorizon ?? [0.78, 0.86, 0.93];
  const skyTop = options.skyTop ?? [0.33, 0.55, 0.82];
  const ground = options.ground ?? [0.3, 0.45, 0.22];
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const pitch = (0.5 - (y + 0.5) / height) * Math.PI;
    for (let x = 0; x < width; x++) {
      const yaw = ((x + 0.5) / width - 0.5) * 2 * Math.PI;
      // yaw 0 looks along −z, yaw 90° along +x (the viewer's convention).
      const d: Vec3 = [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), -Math.cos(yaw) * Math.cos(pitch)];
      let best = 0;
      let bestDot = -2;
      for (let f = 0; f < 6; f++) {
        const value = dot(d, (FACES[f] as readonly [Vec3, Vec3, Vec3])[0]);
        if (value > bestDot) {
          bestDot = value;
          best = f;
        }
      }
      const [forward, right, up] = FACES[best] as readonly [Vec3, Vec3, Vec3];
      const z = dot(d, forward);
      const u = Math.min(size - 1, Math.max(0, Math.floor(((dot(d, right) / z) * 0.5 + 0.5) * size)));
      const v = Math.min(size - 1, Math.max(0, Math.floor((0.5 - (dot(d, up) / z) * 0.5) * size)));
      const face = faces[best] as Face;
      const index = v * size + u;
      let rgb: number[];
      if ((face.color[index * 3] ?? -1) >= 0)
        rgb = [face.color[index * 3] ?? 0, face.color[index * 3 + 1] ?? 0, face.color[index * 3 + 2] ?? 0];
      else if (d[1] >= 0) {
        const t = Math.sqrt(d[1]);
        rgb = skyHorizon.map((value, k) => value + ((skyTop[k] ?? 0) - value) * t);
      } else rgb = ground.map((value) => value * (0.75 + 0.25 * Math.min(1, -d[1] * 4)));
      const out = (y * width + x) * 3;
      data[out] = Math.round(Math.min(1, Math.max(0, rgb[0] ?? 0)) * 255);
      data[out + 1] = Math.round(Math.min(1, Math.max(0, rgb[1] ?? 0)) * 255);
      data[out + 2] = Math.round(Math.min(1, Math.max(0, rgb[2] ?? 0)) * 255);
    }
  }
  return { data, width, height };
}
