import { makeDerivative } from "../make-derivative.ts";
import { need, type ScanContext } from "../scan-context.ts";
import type { PrepareScanOptions } from "../scan-options.ts";

export type MakeWebLevelOptions = Pick<
  PrepareScanOptions,
  "triangleBudget" | "maxTextureSize" | "textureFormat" | "geometry"
>;

/** Makes the full web level: every triangle unless a budget is set, textures up to `maxTextureSize`. */
export async function makeWebLevel(context: ScanContext, options: MakeWebLevelOptions): Promise<void> {
  context.web = await makeDerivative(need(context, "io"), need(context, "document"), {
    triangleBudget: options.triangleBudget,
    textures: { format: options.textureFormat, maxSize: options.maxTextureSize },
    geometry: { method: options.geometry },
  });
}
