import { type Document, getBounds, Primitive } from "@gltf-transform/core";

export interface DocumentFacts {
  triangleCount: number;
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
