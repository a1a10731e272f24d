import { addVertex, emptyMeshData, type MeshData } from "./mesh-data.ts";

/** One point of a lathe profile: distance from the axis and height, in metres. */
export interface ProfilePoint {
  r: number;
  y: number;
}

export interface LatheOptions {
  /** Steps around the axis. */
  segments: number;
  /** Vertex colour for a profile point (index into the profile) — lets builders band the surface. */
  color: (point: ProfilePoint, index: number) => readonly number[];
}

/**
 * Turns a profile around the Y axis like a lathe. Points with r = 0 close the surface (a fan),
 * without degenerate triangles, so the validator sees a clean mesh. The profile must run so that
 * its outside is on the right-hand side when walking it (outer surface top-down, inner bottom-up).
 */
export function lathe(profile: readonly ProfilePoint[], options: LatheOptions): MeshData {
  const mesh = emptyMeshData();
  const { segments } = options;
  const rings: number[][] = profile.map((point, index) => {
    const ring: number[] = [];
    for (let s = 0; s < segments; s++) {
      const angle = (s / segments) * Math.PI * 2;
      ring.push(
        addVertex(
          mesh,
          [point.r * Math.cos(angle), point.y, point.r * Math.sin(angle)],
          options.color(point, index),
        ),
      );
    }
    return ring;
  });
  for (let j = 0; j < profile.length - 1; j++) {
    const upper = rings[j] ?? [];
    const lower = rings[j + 1] ?? [];
    const upperOnAxis = (profile[j]?.r ?? 0) === 0;
    const lowerOnAxis = (profile[j + 1]?.r ?? 0) === 0;
    if (upperOnAxis && lowerOnAxis) continue;
    for (let s = 0; s < segments; s++) {
      const next = (s + 1) % segments;
      const a = upper[s] ?? 0;
      const b = upper[next] ?? 0;
      const c = lower[s] ?? 0;
      const d = lower[next] ?? 0;
      if (!upperOnAxis) mesh.indices.push(a, b, c);
      if (!lowerOnAxis) mesh.indices.push(b, d, c);
    }
  }
  return mesh;
}
