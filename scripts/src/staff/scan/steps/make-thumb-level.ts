import { makeDerivative } from "../make-derivative.ts";
import { need, type ScanContext } from "../scan-context.ts";
import type { PrepareScanOptions } from "../scan-options.ts";

export type MakeThumbLevelOptions = Pick<
  PrepareScanOptions,
  "thumbTriangleBudget" | "thumbTextureSize" | "textureFormat" | "geometry"
>;

/**
 * Makes the thumb level shown first: simplified to its triangle budget, small textures. With
 * "auto" its textures are WebP: KTX2 would first need the Basis transcoder (about 260 KB, more than
 * a thumb's textures), and at 512 px WebP was smaller on every texture measured.
 */
export async function makeThumbLevel(context: ScanContext, options: MakeThumbLevelOptions): Promise<void> {
  context.thumb = await makeDerivative(need(context, "io"), need(context, "document"), {
    triangleBudget: options.thumbTriangleBudget,
    // The thumb is a preview shown for seconds: it may lose detail to keep its budget.
    simplifyError: 0.02,
    maxSimplifyError: 0.32,
    textures: {
      format: options.textureFormat === "auto" ? "webp" : options.textureFormat,
      maxSize: options.thumbTextureSize,
    },
    geometry: { method: options.geometry },
  });
}
