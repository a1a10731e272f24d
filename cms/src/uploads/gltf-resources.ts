import { open, readFile, stat } from "node:fs/promises";

/** The resource URIs of a glTF (images and buffers) that point at another host. */
export interface ForeignUri {
  /** Where in the glTF JSON, e.g. `images[0].uri`. */
  where: string;
  uri: string;
}

/**
 * A URI is the model's own when it is a data: URI or relative (resolved next to the model). An
 * absolute URI (`https://…`, `file:…`, any scheme) or a scheme-relative `//host/…` names another
 * place, which the viewer would fetch: a request to a third party from a public page.
 */
export function isForeignUri(uri: string): boolean {
  const trimmed = uri.trim();
  if (/^data:/i.test(trimmed)) return false;
  return /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /^[\\/]{2}/.test(trimmed);
}

/** Every `images[].uri` and `buffers[].uri` of a parsed glTF JSON that is not the model's own. */
export function foreignUris(gltf: unknown): ForeignUri[] {
  const found: ForeignUri[] = [];
  const json = gltf as { images?: unknown; buffers?: unknown };
  for (const list of ["images", "buffers"] as const) {
    const items = json[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      const uri = (item as { uri?: unknown } | null)?.uri;
      if (typeof uri === "string" && isForeignUri(uri)) found.push({ where: `${list}[${index}].uri`, uri });
    });
  }
  return found;
}

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"
/** A GLB's JSON chunk describes the scene; megabytes of JSON mean something else is going on. */
const MAX_JSON_CHUNK = 64 * 1024 * 1024;

/** The JSON chunk of a GLB file, parsed; throws with a reason people can act on when it is not one. */
export async function readGlbJson(path: string): Promise<unknown> {
  const file = await open(path, "r");
  try {
    const header = Buffer.alloc(20);
    const { bytesRead } = await file.read(header, 0, 20, 0);
    if (bytesRead < 20 || header.readUInt32LE(0) !== GLB_MAGIC) throw new Error("it is not a GLB file");
    const length = header.readUInt32LE(12);
    if (header.readUInt32LE(16) !== JSON_CHUNK || length === 0 || length > MAX_JSON_CHUNK)
      throw new Error("its first chunk is not the glTF JSON");
    const chunk = Buffer.alloc(length);
    await file.read(chunk, 0, length, 20);
    return JSON.parse(chunk.toString("utf8"));
  } finally {
    await file.close();
  }
}

/** A .gltf file parsed; throws when it is not glTF JSON (needs `asset.version`). */
export async function readGltfJson(path: string): Promise<unknown> {
  // Parsing holds the whole text in memory, several times over: big models belong in a .glb.
  if ((await stat(path)).size > MAX_JSON_CHUNK)
    throw new Error(`it is over ${MAX_JSON_CHUNK / 1024 / 1024} MB of JSON; save the model as .glb`);
  const json = JSON.parse(await readFile(path, "utf8")) as { asset?: { version?: unknown } };
  if (typeof json?.asset?.version !== "string") throw new Error('it has no "asset": { "version" }');
  return json;
}
