import type { Document, NodeIO } from "@gltf-transform/core";
import type { CollectingLogger } from "./create-io.ts";
import type { DocumentFacts } from "./inspect-document.ts";
import type { Derivative } from "./make-derivative.ts";
import type { Notice } from "./notice.ts";
import type { ScanInput } from "./read-scan-input.ts";
import type { Poster } from "./render-poster.ts";
import type { PrepareScanOptions, StepName } from "./scan-options.ts";
import type { ScanReport, TextureReduction } from "./scan-report.ts";
import type { GltfValidation } from "./validate-gltf.ts";

/**
 * What the steps of `prepareScan` hand on to each other. Each step fills in its part; a later
 * step reads it with {@link need}, so running steps out of order fails loudly instead of silently.
 */
export interface ScanContext {
  /** The file as given to `prepareScan`. */
  file: string;
  options: PrepareScanOptions;
  /** Milliseconds per step, filled in by the runner. */
  timings: Partial<Record<StepName, number>>;
  /** What the editor should know, gathered along the way. */
  notices: Notice[];
  input?: ScanInput;
  /** The input's name as shown in messages (relative to the working folder). */
  fileName?: string;
  /** The parsed JSON of a `.gltf` input; null for a `.glb`. */
  json?: object | null;
  /** Texture images the `.gltf` names but that are not next to it. */
  absentImages?: Array<{ uri: string }>;
  validation?: GltfValidation;
  logger?: CollectingLogger;
  io?: NodeIO;
  document?: Document;
  facts?: DocumentFacts;
  thumb?: Derivative;
  web?: Derivative;
  /** What a visitor downloads once to show KTX2 textures (the Basis transcoder, gzip); set with the web level. */
  ktx2DecoderBytes?: number;
  /** Textures of the web level scaled down to keep its byte budget. */
  webTextureReductions: TextureReduction[];
  /** True when the level is the input packed as GLB because compressing made it larger. */
  thumbKept: boolean;
  webKept: boolean;
  originalBounds?: DocumentFacts["bounds"];
  poster: Poster | null;
  report?: ScanReport;
}

/** The context's `key`, which an earlier step must have filled in. */
export function need<K extends keyof ScanContext>(context: ScanContext, key: K): NonNullable<ScanContext[K]> {
  const value = context[key];
  if (value === undefined || value === null) {
    throw new Error(
      `prepareScan: step order is wrong, "${String(key)}" is not there yet (a bug in the scan tools).`,
    );
  }
  return value as NonNullable<ScanContext[K]>;
}

/** Whether a level has KTX2 textures, so that the viewer needs the Basis transcoder to show it. */
export function usesKtx2(level: Derivative): boolean {
  return level.facts.extensionsUsed.includes("KHR_texture_basisu");
}
