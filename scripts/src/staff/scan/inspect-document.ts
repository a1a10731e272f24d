import { type Document, getBounds, type Mesh, type Node, Primitive } from "@gltf-transform/core";
import type { InstancedMesh } from "@gltf-transform/extensions";
import { cloneDocument, uninstance } from "@gltf-transform/functions";

export interface DocumentFacts {
  /** Triangles per mesh, each mesh once (how the glTF-Validator counts). */
  triangleCount: number;
  /**
   * Triangles the default scene draws: a mesh used by several nodes counts once per use, an
   * instanced mesh (EXT_mesh_gpu_instancing) once per instance. This is what budgets limit.
   */
  drawnTriangleCount: number;
  vertexCount: number;
  meshCount: number;
  materialCount: number;
  textureCount: number;
  animationCount: number;
  extensionsUsed: string[];
  extensionsRequired: string[];
  /** Axis-aligned bounds of the default scene in model units; null when nothing has geometry. */
  bounds: {
    min: [number, number, number];
    max: [number, number, number];
    size: [number, number, number];
  } | null;
}

function primitiveTriangles(primitive: Primitive): number {
  const count = primitive.getIndices()?.getCount() ?? primitive.getAttribute("POSITION")?.getCount() ?? 0;
  switch (primitive.getMode()) {
    case Primitive.Mode.TRIANGLES:
      return Math.floor(count / 3);
    case Primitive.Mode.TRIANGLE_STRIP:
    case Primitive.Mode.TRIANGLE_FAN:
      return Math.max(0, count - 2);
    default:
      return 0;
  }
}

function meshTriangles(mesh: Mesh): number {
  return mesh.listPrimitives().reduce((sum, primitive) => sum + primitiveTriangles(primitive), 0);
}

/** How many times a node draws its mesh: its EXT_mesh_gpu_instancing instance count, else once. */
function instanceCount(node: Node): number {
  const batch = node.getExtension<InstancedMesh>("EXT_mesh_gpu_instancing");
  if (!batch) return 1;
  const counts = batch.listSemantics().map((semantic) => batch.getAttribute(semantic)?.getCount() ?? 0);
  return Math.max(1, ...counts);
}

/** Triangles the document's default scene (else its first) draws, see {@link DocumentFacts.drawnTriangleCount}. */
export function drawnTriangles(document: Document): number {
  const root = document.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  let total = 0;
  const visit = (node: Node) => {
    const mesh = node.getMesh();
    if (mesh) total += meshTriangles(mesh) * instanceCount(node);
    for (const child of node.listChildren()) visit(child);
  };
  for (const node of scene?.listChildren() ?? []) visit(node);
  return total;
}

/**
 * The bounds of what the scene draws, instances included (`getBounds` ignores
 * EXT_mesh_gpu_instancing, and quantisation moves an instanced mesh's scale into its instances).
 */
export async function boundsAsDrawn(document: Document): Promise<DocumentFacts["bounds"]> {
  const instanced = document
    .getRoot()
    .listNodes()
    .some((node) => node.getExtension("EXT_mesh_gpu_instancing"));
  if (!instanced) return inspectDocument(document).bounds;
  const copy = cloneDocument(document);
  await copy.transform(uninstance());
  return inspectDocument(copy).bounds;
}

/**
 * Counts and measures a document: triangles and vertices per mesh (not per instance, like the
 * glTF-Validator counts), the scene's bounding box, and the extensions in use.
 *
 * ```ts
 * const { triangleCount, bounds } = inspectDocument(document);
 * ```
 */
export function inspectDocument(document: Document): DocumentFacts {
  const root = document.getRoot();
  let triangleCount = 0;
  let vertexCount = 0;
  for (const mesh of root.listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      triangleCount += primitiveTriangles(primitive);
      vertexCount += primitive.getAttribute("POSITION")?.getCount() ?? 0;
    }
  }
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  let bounds: DocumentFacts["bounds"] = null;
  if (scene && triangleCount + vertexCount > 0) {
    const { min, max } = getBounds(scene);
    if (min.every(Number.isFinite) && max.every(Number.isFinite)) {
      bounds = {
        min: [min[0], min[1], min[2]],
        max: [max[0], max[1], max[2]],
        size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]],
      };
    }
  }
  return {
    triangleCount,
    drawnTriangleCount: drawnTriangles(document),
    vertexCount,
    meshCount: root.listMeshes().length,
    materialCount: root.listMaterials().length,
    textureCount: root.listTextures().length,
    animationCount: root.listAnimations().length,
    ...extensionsOf(document),
    bounds,
  };
}

/** The glTF extensions a document uses and requires, sorted (they change when geometry is compressed). */
export function extensionsOf(
  document: Document,
): Pick<DocumentFacts, "extensionsUsed" | "extensionsRequired"> {
  const root = document.getRoot();
  return {
    extensionsUsed: root
      .listExtensionsUsed()
      .map((e) => e.extensionName)
      .sort(),
    extensionsRequired: root
      .listExtensionsRequired()
      .map((e) => e.extensionName)
      .sort(),
  };
}
