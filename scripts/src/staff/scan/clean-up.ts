import type { Document } from "@gltf-transform/core";
import { dedup, prune } from "@gltf-transform/functions";

export interface CleanUpOptions {
  /** Keep nodes that carry no mesh, camera or light (e.g. named anchors). */
  keepLeaves: boolean;
}

export const CLEAN_UP_DEFAULTS: CleanUpOptions = { keepLeaves: true };

/**
 * Removes duplicate accessors, meshes, materials and textures, then anything no longer used.
 * Scans exported from photogrammetry tools often carry unused images and duplicated materials.
 *
 * ```ts
 * await cleanUp(document);
 * ```
 */
export async function cleanUp(document: Document, overrides: Partial<CleanUpOptions> = {}): Promise<void> {
  const options = { ...CLEAN_UP_DEFAULTS, ...overrides };
  await document.transform(dedup(), prune({ keepLeaves: options.keepLeaves, keepExtras: true }));
}
