import type { Document, Node } from "@gltf-transform/core";
import { ScanError } from "./scan-error.ts";

export interface CheckRenderableOptions {
  /** Name of the file, for the error message. */
  fileName: string;
}

export const CHECK_RENDERABLE_DEFAULTS: CheckRenderableOptions = { fileName: "model" };

function hasMesh(node: Node): boolean {
  return node.getMesh() !== null || node.listChildren().some(hasMesh);
}

/**
 * Refuses a model that is valid glTF but shows nothing: no scene, or a scene without any mesh
 * (the validator accepts such files; the viewer would show an empty stage).
 *
 * ```ts
 * checkRenderable(document, { fileName: "scan.glb" });
 * ```
 */
export function checkRenderable(document: Document, overrides: Partial<CheckRenderableOptions> = {}): void {
  const { fileName } = { ...CHECK_RENDERABLE_DEFAULTS, ...overrides };
  const root = document.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  if (!scene) {
    throw new ScanError(
      "EMPTY_SCENE",
      `${fileName} contains no visible model: it has no scene. Export the model again with its scene (in Blender: include the scene and its objects).`,
      [],
      {
        message: `${fileName} enthält kein sichtbares Modell: Es hat keine Szene. Exportieren Sie das Modell erneut mit seiner Szene (in Blender: Szene und Objekte einschließen).`,
      },
    );
  }
  if (!scene.listChildren().some(hasMesh)) {
    throw new ScanError(
      "EMPTY_SCENE",
      `${fileName} contains no visible model: the scene "${scene.getName() || 0}" has no mesh. ` +
        "Check that the export included the geometry (not only cameras, lights or empty nodes).",
      [],
      {
        message:
          `${fileName} enthält kein sichtbares Modell: Die Szene „${scene.getName() || 0}“ hat kein Netz. ` +
          "Prüfen Sie, ob der Export die Geometrie enthält (nicht nur Kameras, Lichter oder leere Knoten).",
      },
    );
  }
}
