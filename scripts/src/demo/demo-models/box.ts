import { addVertex, type MeshData } from "./mesh-data.ts";

export interface BoxPlacement {
  /** Centre of the box, metres. */
  center: readonly [number, number, number];
  /** Full size along the box's own X, Y, Z, metres. */
  size: readonly [number, number, number];
  /** Rotation about the Z axis, radians (roof boards). */
  rotationZ?: number;
  /** Rotation about the X axis, radians (roof boards along the slope); applied first. */
  rotationX?: number;
}

// Faces as corner indices (bit 0 = +x, bit 1 = +y, bit 2 = +z), counter-clockwise from outside.
const FACES: ReadonlyArray<readonly [number, number, number, number]> = [
  [1, 3, 7, 5], // +x
  [0, 4, 6, 2], // -x
  [2, 6, 7, 3], // +y
  [0, 1, 5, 4], // -y
  [4, 5, 7, 6], // +z
  [0, 2, 3, 1], // -z
];

/**
 * Adds a box with its own vertices per face, so it shades flat (like sawn planks).
 */
export function addBox(mesh: MeshData, placement: BoxPlacement, color: readonly number[]): void {
  const [cx, cy, cz] = placement.center;
  const [sx, sy, sz] = placement.size;
  const rx = placement.rotationX ?? 0;
  const rz = placement.rotationZ ?? 0;
  const corners: number[][] = [];
  for (let i = 0; i < 8; i++) {
    let x = (i & 1 ? 0.5 : -0.5) * sx;
    let y = (i & 2 ? 0.5 : -0.5) * sy;
    let z = (i & 4 ? 0.5 : -0.5) * sz;
    [y, z] = [y * Math.cos(rx) - z * Math.sin(rx), y * Math.sin(rx) + z * Math.cos(rx)];
    [x, y] = [x * Math.cos(rz) - y * Math.sin(rz), x * Math.sin(rz) + y * Math.cos(rz)];
    corners.push([cx + x, cy + y, cz + z]);
  }
  for (const face of FACES) {
    const base = face.map((corner) => addVertex(mesh, corners[corner] ?? [0, 0, 0], color));
    const [a, b, c, d] = base as [number, number, number, number];
    mesh.indices.push(a, b, c, a, c, d);
  }
}
