import type { TextureChoice } from "../compress-textures.ts";
import { transcoderTransferBytes } from "../ktx2-decode.ts";
import { type Derivative, makeDerivative } from "../make-derivative.ts";
import { need, type ScanContext, usesKtx2 } from "../scan-context.ts";
import { type PrepareScanOptions, WEB_TEXTURE_STEPS } from "../scan-options.ts";

export type MakeWebLevelOptions = Pick<
  PrepareScanOptions,
  "triangleBudget" | "maxTextureSize" | "textureFormat" | "geometry" | "webByteBudget"
>;

/**
 * The textures to scale down one step each, largest first, until the estimated saving (bytes
 * shrink about with the area) covers `excess`. Empty when every texture is at the smallest step.
 */
function planReductions(textures: TextureChoice[], excess: number): Array<{ texture: string; to: number }> {
  const plan: Array<{ texture: string; to: number }> = [];
  let saving = 0;
  for (const choice of [...textures].sort((a, b) => b.bytes - a.bytes)) {
    if (saving >= excess) break;
    const side = Math.max(choice.width, choice.height);
    const to = WEB_TEXTURE_STEPS.find((step) => step < side);
    if (to === undefined) continue;
    plan.push({ texture: choice.texture, to });
    saving += choice.bytes * (1 - (to / side) ** 2);
  }
  return plan;
}

/**
 * Makes the full web level: every triangle unless a budget is set, textures up to `maxTextureSize`.
 * Over `webByteBudget`, the largest textures step down (2048 → 1536 → 1024 px) and the level is
 * made again until it fits or nothing is left to reduce; each texture keeps its colour-fidelity
 * choice at its new size. A level with KTX2 textures counts the Basis transcoder's download too. Only converted output is reduced ("keep" leaves textures as they are).
 */
export async function makeWebLevel(context: ScanContext, options: MakeWebLevelOptions): Promise<void> {
  const io = need(context, "io");
  const document = need(context, "document");
  const limits: Record<string, number> = {};
  const make = (): Promise<Derivative> =>
    makeDerivative(io, document, {
      triangleBudget: options.triangleBudget,
      textures: {
        format: options.textureFormat,
        maxSize: options.maxTextureSize,
        maxSizeByTexture: { ...limits },
      },
      geometry: { method: options.geometry },
    });
  // A level with KTX2 textures also needs the Basis transcoder before it can show: count it.
  const decoderBytes = await transcoderTransferBytes();
  const download = (level: Derivative) => level.glb.byteLength + (usesKtx2(level) ? decoderBytes : 0);
  let web = await make();
  const fullSides = new Map(web.textures.map((t) => [t.texture, Math.max(t.width, t.height)]));
  while (download(web) > options.webByteBudget && options.textureFormat !== "keep") {
    const plan = planReductions(web.textures, download(web) - options.webByteBudget);
    if (plan.length === 0) break;
    for (const { texture, to } of plan) limits[texture] = to;
    web = await make();
  }
  context.web = web;
  context.ktx2DecoderBytes = decoderBytes;
  context.webTextureReductions = Object.entries(limits).map(([texture, to]) => ({
    texture,
    from: fullSides.get(texture) ?? options.maxTextureSize,
    to,
  }));
}
