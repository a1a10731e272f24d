import { type Group, LoadingManager, type Mesh, type WebGLRenderer } from "three";
import { type GLTF, GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import { foreignResourceUrls, hostsOf, refuseForeignUrls } from "./resource-origin.ts";
import { readGlbJson, validateGltfJson } from "./validate-gltf.ts";
import { ViewerError } from "./viewer-error.ts";

export interface LoadModelOptions {
  /** Folder URL of the self-hosted Draco and Basis decoders; bundler-resolved URLs when absent. */
  decoderPath?: string;
  /** Needed only for KTX2 textures (the transcoder picks a format the GPU supports). */
  renderer?: WebGLRenderer;
}

export interface LoadedModel {
  scene: Group;
  gltf: GLTF;
}

/**
 * Checks the JSON of a downloaded .glb/.gltf (see load/download.ts) and parses it with three's
 * GLTFLoader. Decoders for Draco, meshopt and KTX2 are imported only when the file declares the
 * extension, so a plain file never downloads them. Buffers and images are loaded only from the
 * model's own origin (or data: URIs): a file that names another server is refused before anything
 * is fetched from there. Every failure becomes a ViewerError naming the file and what is wrong.
 *
 * @example
 *   const buffer = await new ModelDownload("/media/bowl.glb").result;
 *   const { scene } = await parseModel("/media/bowl.glb", buffer, { decoderPath: "/decoders/" });
 */
export async function parseModel(
  url: string,
  buffer: ArrayBuffer,
  options: LoadModelOptions = {},
): Promise<LoadedModel> {
  const jsonText = readGlbJson(buffer) ?? tryText(buffer);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(jsonText ?? "");
  } catch (cause) {
    throw new ViewerError("broken", `${url}: not a glTF file (neither a .glb nor glTF JSON)`, { cause });
  }
  const issues = validateGltfJson(json);
  if (issues.length > 0) throw new ViewerError("invalid", `${url}: ${issues.join("; ")}`);
  if (!Array.isArray(json.scenes) || json.scenes.length === 0) {
    throw new ViewerError("invalid", `${url}: the file has no scene, so there is nothing to show`);
  }

  const modelUrl = new URL(url, document.baseURI);
  const foreign = foreignResourceUrls(json, modelUrl.href, document.baseURI);
  if (foreign.length > 0) throw refusal(url, foreign);
  const manager = new LoadingManager();
  // The decoders' folder is the site's own (it may differ from a model's media origin).
  const decoderOrigin = options.decoderPath
    ? new URL(options.decoderPath, document.baseURI).origin
    : undefined;
  refuseForeignUrls(
    manager,
    [modelUrl.origin, ...(decoderOrigin ? [decoderOrigin] : [])],
    document.baseURI,
    (refused) => refusal(url, [refused]),
  );
  const loader = new GLTFLoader(manager);
  const used = new Set(Array.isArray(json.extensionsUsed) ? (json.extensionsUsed as string[]) : []);
  const cleanup: Array<() => void> = [];
  if (used.has("KHR_draco_mesh_compression")) {
    const { DRACOLoader } = await import("three/examples/jsm/loaders/DRACOLoader.js");
    const draco = new DRACOLoader();
    if (options.decoderPath) draco.setDecoderPath(withSlash(options.decoderPath));
    loader.setDRACOLoader(draco);
    cleanup.push(() => draco.dispose());
  }
  if (used.has("EXT_meshopt_compression") || used.has("KHR_meshopt_compression")) {
    const { MeshoptDecoder } = await import("three/examples/jsm/libs/meshopt_decoder.module.js");
    loader.setMeshoptDecoder(MeshoptDecoder);
  }
  if (used.has("KHR_texture_basisu")) {
    if (!options.renderer) throw new ViewerError("unknown", `${url}: KTX2 textures need the renderer`);
    const { KTX2Loader } = await import("three/examples/jsm/loaders/KTX2Loader.js");
    const ktx2 = new KTX2Loader(manager);
    if (options.decoderPath) ktx2.setTranscoderPath(withSlash(options.decoderPath));
    ktx2.detectSupport(options.renderer);
    loader.setKTX2Loader(ktx2);
    cleanup.push(() => ktx2.dispose());
  }

  const resourcePath = new URL(".", modelUrl).href;
  try {
    const gltf = await new Promise<GLTF>((resolve, reject) => {
      loader.parse(buffer, resourcePath, resolve, reject);
    });
    checkGeometry(url, gltf.scene);
    return { scene: gltf.scene, gltf };
  } catch (cause) {
    if (cause instanceof ViewerError) throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    // GLTFLoader reports a missing .bin or image as a failed fetch of that resource.
    const code = /404|not found|fetch/i.test(message) ? "missing" : "broken";
    throw new ViewerError(code, `${url}: ${message}`, { cause });
  } finally {
    for (const dispose of cleanup) dispose();
  }
}

function refusal(url: string, foreign: readonly string[]): ViewerError {
  return new ViewerError(
    "foreign",
    `${url}: refers to files on another server (${foreign.join(", ")}); they are not loaded, so that no visitor's browser contacts a third party. Make the file self-contained (a .glb) or put its files next to it.`,
    { hosts: hostsOf(foreign) },
  );
}

function withSlash(path: string): string {
  return path.endsWith("/") ? path : `${path}/`;
}

function tryText(buffer: ArrayBuffer): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    return undefined;
  }
}

/** three.js draws broken geometry as nothing at all; name the problem instead. */
function checkGeometry(url: string, scene: Group): void {
  let meshes = 0;
  const problems: string[] = [];
  scene.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh && !(object as { isPoints?: boolean }).isPoints) return;
    const geometry = mesh.geometry;
    const position = geometry?.getAttribute("position");
    if (!position || position.count === 0) return;
    meshes += 1;
    const index = geometry.getIndex();
    if (!index) return;
    const count = position.count;
    for (let i = 0; i < index.count; i += 1) {
      const vertex = index.getX(i);
      if (vertex >= count) {
        problems.push(
          `mesh "${mesh.name || mesh.uuid}": index ${vertex} at position ${i} is out of range (${count} vertices)`,
        );
        break;
      }
    }
  });
  if (problems.length > 0) throw new ViewerError("invalid", `${url}: ${problems.slice(0, 5).join("; ")}`);
  if (meshes === 0) throw new ViewerError("invalid", `${url}: the scene contains no geometry to show`);
}
