import type { Document, Material, Mesh } from "@gltf-transform/core";

/**
 * Plain triangle geometry before it becomes a glTF primitive. Builders fill these arrays;
 * {@link addMeshData} turns them into accessors. Colours are sRGB in 0..1, as picked by eye;
 * they are converted to the linear values glTF stores when written.
 */
export interface MeshData {
  positions: number[];
  colors: number[];
  indices: number[];
}

export function emptyMeshData(): MeshData {
  return { positions: [], colors: [], indices: [] };
}

/** Adds one vertex and returns its index. */
export function addVertex(mesh: MeshData, position: readonly number[], color: readonly number[]): number {
  mesh.positions.push(position[0] ?? 0, position[1] ?? 0, position[2] ?? 0);
  mesh.colors.push(color[0] ?? 1, color[1] ?? 1, color[2] ?? 1);
  return mesh.positions.length / 3 - 1;
}

/**
 * Area-weighted smooth vertex normals. Vertices that should look sharp (house planks) are simply
 * not shared between faces by their builder, so this also gives flat shading where wanted.
 */
export function computeNormals(mesh: MeshData): Float32Array<ArrayBuffer> {
  const p = mesh.positions;
  const normals = new Float32Array(p.length);
  for (let i = 0; i < mesh.indices.length; i += 3) {
    const a = (mesh.indices[i] ?? 0) * 3;
    const b = (mesh.indices[i + 1] ?? 0) * 3;
    const c = (mesh.indices[i + 2] ?? 0) * 3;
    const abx = (p[b] ?? 0) - (p[a] ?? 0);
    const aby = (p[b + 1] ?? 0) - (p[a + 1] ?? 0);
    const abz = (p[b + 2] ?? 0) - (p[a + 2] ?? 0);
    const acx = (p[c] ?? 0) - (p[a] ?? 0);
    const acy = (p[c + 1] ?? 0) - (p[a + 1] ?? 0);
    const acz = (p[c + 2] ?? 0) - (p[a + 2] ?? 0);
    const nx = aby * acz - abz * acy;
    const ny = abz * acx - abx * acz;
    const nz = abx * acy - aby * acx;
    for (const v of [a, b, c]) {
      normals[v] = (normals[v] ?? 0) + nx;
      normals[v + 1] = (normals[v + 1] ?? 0) + ny;
      normals[v + 2] = (normals[v + 2] ?? 0) + nz;
    }
  }
  for (let v = 0; v < normals.length; v += 3) {
    const x = normals[v] ?? 0;
    const y = normals[v + 1] ?? 0;
    const z = normals[v + 2] ?? 0;
    const length = Math.hypot(x, y, z);
    // A vertex used by no triangle still needs a unit normal to be valid glTF.
    if (length === 0) {
      normals[v + 1] = 1;
      continue;
    }
    normals[v] = x / length;
    normals[v + 1] = y / length;
    normals[v + 2] = z / length;
  }
  return normals;
}

/** Writes the geometry as one indexed triangle primitive (POSITION, NORMAL, COLOR_0) on a new mesh. */
export function addMeshData(document: Document, name: string, data: MeshData, material: Material): Mesh {
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  const vertexCount = data.positions.length / 3;
  const position = document
    .createAccessor(`${name}-position`)
    .setType("VEC3")
    .setArray(new Float32Array(data.positions))
    .setBuffer(buffer);
  const normal = document
    .createAccessor(`${name}-normal`)
    .setType("VEC3")
    .setArray(computeNormals(data))
    .setBuffer(buffer);
  const color = document
    .createAccessor(`${name}-color`)
    .setType("VEC3")
    .setArray(new Float32Array(data.colors.map(srgbToLinear)))
    .setBuffer(buffer);
  const indices = document
    .createAccessor(`${name}-indices`)
    .setType("SCALAR")
    .setArray(vertexCount > 65535 ? new Uint32Array(data.indices) : new Uint16Array(data.indices))
    .setBuffer(buffer);
  const primitive = document
    .createPrimitive()
    .setAttribute("POSITION", position)
    .setAttribute("NORMAL", normal)
    .setAttribute("COLOR_0", color)
    .setIndices(indices)
    .setMaterial(material);
  return document.createMesh(name).addPrimitive(primitive);
}

/** glTF vertex colours are linear; without this the models look washed out. */
function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

export function triangleCount(data: MeshData): number {
  return data.indices.length / 3;
}
