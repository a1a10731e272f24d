import type { RenderPosterOptions } from "./render-poster.ts";

export const MB = 1024 * 1024;

export interface PrepareScanOptions {
  /** Output folder; created when missing. Nothing is written there unless every step succeeds. */
  outDir: string;
  /** Largest accepted input, bytes (model plus side files). */
  maxInputBytes: number;
  /** Geometry compression of both levels. */
  geometry: "meshopt" | "draco";
  /**
   * "webp" or "ktx2" converts textures; "auto" (the default) takes KTX2 per texture of the full level
   * where it is smaller at equal measured quality, WebP elsewhere and for the thumb level; "keep"
   * only limits their size.
   */
  textureFormat: "webp" | "ktx2" | "auto" | "keep";
  /** Longest texture side of the full level, pixels. */
  maxTextureSize: number;
  /** Longest texture side of the thumb level, pixels. */
  thumbTextureSize: number;
  /** Triangle budget of the full level; null keeps every triangle. */
  triangleBudget: number | null;
  /** Triangle budget of the thumb level shown first. */
  thumbTriangleBudget: number;
  /** The full web file should stay under this; above it the report carries a size warning. */
  sizeBudgetBytes: number;
  /**
   * Bytes the full level (with the Basis transcoder when it has KTX2 textures) should fit so that it
   * is in place within 15 s of the click on slow mobile (1.6 Mbit/s): 2 MB take 10.5 s, the viewer
   * code and thumb before it (about 0.4 MB) 2 s, decoding the rest. 2.5 MB took 17.6 s in the load
   * bench. Over it, the largest textures are scaled down step by step ({@link WEB_TEXTURE_STEPS}).
   */
  webByteBudget: number;
  /** Render a poster in headless Chromium. */
  poster: boolean;
  posterOptions: Partial<RenderPosterOptions>;
  /** Metres per model unit, as the editor knows it (glTF says metres, scans often are not). */
  scale: number;
  /** Told about each step as it starts, moves and ends (progress bars, logs). */
  onProgress?: (event: ProgressEvent) => void;
}

export const PREPARE_SCAN_DEFAULTS: Omit<PrepareScanOptions, "outDir"> = {
  maxInputBytes: 500 * MB,
  geometry: "meshopt",
  textureFormat: "auto",
  maxTextureSize: 2048,
  thumbTextureSize: 512,
  triangleBudget: null,
  thumbTriangleBudget: 20_000,
  sizeBudgetBytes: 10 * MB,
  webByteBudget: 2 * MB,
  poster: true,
  posterOptions: {},
  scale: 1,
};

/** Texture sides the web level steps down through to keep its byte budget; it never goes below the last. */
export const WEB_TEXTURE_STEPS = [1536, 1024] as const;

export interface ProgressEvent {
  step: StepName;
  title: string;
  index: number;
  total: number;
  state: "start" | "done" | "skipped";
  ms?: number;
}

/** The pipeline's steps in order, with the title progress bars show (the CLI and the CMS use both). */
export const STEPS = [
  ["read", "Read file"],
  ["validate", "Validate (glTF-Validator)"],
  ["load", "Load model"],
  ["thumb", "Make thumb level"],
  ["web", "Make full web level"],
  ["verify", "Validate derivatives"],
  ["poster", "Render poster (Chromium)"],
  ["write", "Write output"],
] as const;
export type StepName = (typeof STEPS)[number][0];
