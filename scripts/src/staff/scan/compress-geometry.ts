import type { Document } from "@gltf-transform/core";
import { dequantize, draco, meshopt } from "@gltf-transform/functions";
import { MeshoptEncoder } from "meshoptimizer";

export interface CompressGeometryOptions {
  /** meshopt (EXT_meshopt_compression; also packs animations and morph targets) or Draco. */
  method: "meshopt" | "draco";
  /** meshopt only: "high" adds a filter pass for smaller files at a little precision. */
  level: "medium" | "high";
}

export const COMPRESS_GEOMETRY_DEFAULTS: CompressGeometryOptions = {
  method: "meshopt",
  level: "medium",
};

/**
 * Compresses vertex and index data. meshopt is the default: it decodes faster than Draco on phones
 * and also compresses animation and morph target data; both decoders are self-hosted by the viewer.
 *
 * ```ts
 * await compressGeometry(document, { method: "draco" });
 * ```
 */
export async function compressGeometry(
  document: Document,
  overrides: Partial<CompressGeometryOptions> = {},
): Promise<void> {
  const options = { ...COMPRESS_GEOMETRY_DEFAULTS, ...overrides };
  // An input compressed the other way keeps its extension registered; drop it so the file is
  // written with one codec only (the viewer then needs one decoder).
  const other = options.method === "draco" ? "EXT_meshopt_compression" : "KHR_draco_mesh_compression";
  for (const extension of document.getRoot().listExtensionsUsed()) {
    if (extension.extensionName === other) extension.dispose();
  }
  // Start from float attributes: quantizing already-quantized input (e.g. gltfpack output) again
  // collapsed every position to one value in testing, and Draco wants floats too.
  await document.transform(dequantize());
  if (options.method === "draco") {
    await document.transform(draco());
    return;
  }
  await MeshoptEncoder.ready;
  await document.transform(meshopt({ encoder: MeshoptEncoder, level: options.level }));
}
