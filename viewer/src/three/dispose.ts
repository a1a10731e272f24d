import type { Material, Mesh, Object3D, Texture } from "three";

/**
 * Frees the GPU memory of everything under `root`: geometries, materials and their textures
 * (including ImageBitmaps, which otherwise stay in memory until garbage collection).
 */
export function disposeObject(root: Object3D): void {
  const materials = new Set<Material>();
  root.traverse((object) => {
    const mesh = object as Mesh;
    mesh.geometry?.dispose();
    const material = mesh.material;
    if (Array.isArray(material)) for (const item of material) materials.add(item);
    else if (material) materials.add(material);
  });
  for (const material of materials) {
    for (const value of Object.values(material)) {
      const texture = value as Texture | null;
      if (texture && typeof texture === "object" && (texture as { isTexture?: boolean }).isTexture) {
        const image = texture.source?.data as { close?: () => void } | undefined;
        texture.dispose();
        image?.close?.();
      }
    }
    material.dispose();
  }
}
