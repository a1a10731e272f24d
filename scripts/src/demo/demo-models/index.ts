import { type Document, NodeIO } from "@gltf-transform/core";
import { createBaptismalBowl } from "./baptismal-bowl.ts";
import { createLathedBell } from "./lathed-bell.ts";
import { createRampartRing } from "./rampart-ring.ts";
import { createSlavicHouse } from "./slavic-house.ts";

export { createBaptismalBowl } from "./baptismal-bowl.ts";
export { DEMO_COPYRIGHT } from "./demo-document.ts";
export { createLathedBell } from "./lathed-bell.ts";
export { createRampartRing } from "./rampart-ring.ts";
export { createSlavicHouse } from "./slavic-house.ts";

export interface DemoModel {
  /** Stable key, also the file name without extension. */
  key: string;
  fileName: string;
  glb: Uint8Array;
  title: { de: string; en: string };
  triangleCount: number;
}

/** The builders behind {@link generateDemoModels}, in the order the demo shows them. */
export const DEMO_MODEL_BUILDERS: ReadonlyArray<() => Document> = [
  () => createRampartRing(),
  () => createLathedBell(),
  () => createBaptismalBowl(),
  () => createSlavicHouse(),
];

function countTriangles(document: Document): number {
  let count = 0;
  for (const mesh of document.getRoot().listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      const indices = primitive.getIndices();
      count += (indices ? indices.getCount() : (primitive.getAttribute("POSITION")?.getCount() ?? 0)) / 3;
    }
  }
  return count;
}

/**
 * Builds every demo model and writes it as GLB in memory. Models are procedural demo
 * reconstructions (marked in `asset.copyright` and `asset.extras.demoReconstruction`), in metres.
 *
 * ```ts
 * for (const model of await generateDemoModels()) await writeFile(model.fileName, model.glb);
 * ```
 */
export async function generateDemoModels(): Promise<DemoModel[]> {
  const io = new NodeIO();
  const models: DemoModel[] = [];
  for (const build of DEMO_MODEL_BUILDERS) {
    const document = build();
    const extras = document.getRoot().getAsset().extras as { key: string; title: { de: string; en: string } };
    models.push({
      key: extras.key,
      fileName: `${extras.key}.glb`,
      glb: await io.writeBinary(document),
      title: extras.title,
      triangleCount: countTriangles(document),
    });
  }
  return models;
}
