import type { TextureChoice } from "./compress-textures.ts";
import type { DocumentFacts } from "./inspect-document.ts";
import type { Notice } from "./notice.ts";
import type { StepName } from "./scan-options.ts";

export interface OutputFile {
  file: string;
  bytes: number;
}

export interface LevelReport extends OutputFile {
  /** Triangles per mesh, each mesh once (as the glTF-Validator counts). */
  triangleCount: number;
  /** Triangles the scene draws (instances and reused meshes counted), before and after simplification. */
  drawnTriangleCount: number;
  drawnTrianglesBefore: number;
  /** The level's budget for drawn triangles; null when it has none. */
  triangleBudget: number | null;
  vertexCount: number;
  extensionsUsed: string[];
  /** True when compression would have made the file larger and the original encoding was kept. */
  keptOriginalEncoding: boolean;
  /** Per texture: encoding chosen and its measured colour difference from the original. */
  textures: TextureChoice[];
}

/** A texture of the web level scaled below `maxTextureSize` to keep the byte budget. */
export interface TextureReduction {
  texture: string;
  /** Longest side before and after, pixels. */
  from: number;
  to: number;
}

export interface ScanReport {
  tool: "prepare-scan";
  input: {
    file: string;
    format: "glb" | "gltf";
    bytes: number;
    sha256: string;
    triangleCount: number;
    drawnTriangleCount: number;
    vertexCount: number;
    extensionsUsed: string[];
    validator: { version: string; errors: number; warnings: number; infos: number; messages: string[] };
  };
  thumb: LevelReport;
  web: LevelReport;
  poster: (OutputFile & { width: number; height: number }) | null;
  /** Web size relative to the input: 0.25 means the web file is a quarter of the original. */
  sizeRatio: number;
  boundingBox: DocumentFacts["bounds"];
  scale: { metresPerUnit: number; sizeInMetres: [number, number, number] | null; note?: string };
  sizeBudget: { bytes: number; exceeded: boolean };
  /**
   * The full level's byte budget, whether it fits, the textures scaled down to make it fit, and the
   * Basis transcoder's download counted with it (0 without KTX2 textures).
   */
  webByteBudget: { bytes: number; fits: boolean; reducedTextures: TextureReduction[]; decoderBytes: number };
  warnings: string[];
  /** What the editor should know (missing textures, converted materials), in plain words. */
  notices: Notice[];
  timingsMs: Partial<Record<StepName, number>>;
}
