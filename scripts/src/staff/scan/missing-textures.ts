import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Document, NodeIO } from "@gltf-transform/core";

interface GltfJson {
  buffers?: Array<{ uri?: string }>;
  images?: Array<{ uri?: string; name?: string }>;
}

/** A 1×1 PNG standing in for a texture image that was not uploaded; removed again after loading. */
const PLACEHOLDER_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==";

function isExternal(uri: string | undefined): uri is string {
  return typeof uri === "string" && !uri.startsWith("data:");
}

/** The URIs of texture images a .gltf names that are not next to it (index into `images`). */
export function missingImages(json: GltfJson, file: string): Array<{ index: number; uri: string }> {
  const dir = dirname(file);
  return (json.images ?? []).flatMap((image, index) =>
    isExternal(image.uri) && !existsSync(resolve(dir, decodeURIComponent(image.uri)))
      ? [{ index, uri: image.uri }]
      : [],
  );
}

/**
 * Reads a .gltf whose texture images are partly missing: the model is loaded without them (the
 * materials keep their colours), instead of failing or showing a silent grey model. The caller
 * reports the missing files as notices. Side files other than images must all be present.
 */
export async function readWithoutMissingImages(
  io: NodeIO,
  file: string,
  bytes: Uint8Array,
): Promise<Document> {
  const json = JSON.parse(new TextDecoder().decode(bytes)) as GltfJson;
  const missing = new Set(missingImages(json, file).map((m) => m.index));
  const resources: Record<string, Uint8Array<ArrayBuffer>> = {};
  for (const [index, image] of (json.images ?? []).entries()) {
    if (missing.has(index)) image.uri = PLACEHOLDER_PNG;
  }
  for (const entry of [...(json.buffers ?? []), ...(json.images ?? [])]) {
    if (isExternal(entry.uri)) {
      resources[entry.uri] = new Uint8Array(
        await readFile(resolve(dirname(file), decodeURIComponent(entry.uri))),
      );
    }
  }
  const document = await io.readJSON({ json: json as never, resources });
  // glTF-Transform keeps one texture per glTF image, in the same order.
  const textures = document.getRoot().listTextures();
  for (const index of missing) textures[index]?.dispose();
  return document;
}
