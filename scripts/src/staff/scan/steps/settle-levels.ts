import type { Derivative } from "../make-derivative.ts";
import { need, type ScanContext } from "../scan-context.ts";
import { ScanError } from "../scan-error.ts";
import type { PrepareScanOptions } from "../scan-options.ts";

export type SettleLevelsOptions = Pick<
  PrepareScanOptions,
  "triangleBudget" | "thumbTriangleBudget" | "textureFormat"
>;

/**
 * Settles the two levels once both are made: refuses a thumb over its triangle budget
 * (`OVER_BUDGET`), replaces a web level larger than the input by the input packed as GLB (except
 * with `--textures ktx2`), and lets
 * the web level stand in for a larger thumb when it keeps the thumb's budget.
 */
export async function settleLevels(context: ScanContext, options: SettleLevelsOptions): Promise<void> {
  const input = need(context, "input");
  const fileName = need(context, "fileName");
  const facts = need(context, "facts");
  const thumb = need(context, "thumb");
  let web = need(context, "web");
  if (thumb.facts.drawnTriangleCount > options.thumbTriangleBudget) {
    const counts = `${thumb.facts.drawnTriangleCount.toLocaleString("en")} triangles (budget ${options.thumbTriangleBudget.toLocaleString("en")})`;
    throw new ScanError(
      "OVER_BUDGET",
      `The quick view of ${fileName} still draws ${counts} after the strongest simplification: ` +
        "parts with morph targets or many separate pieces cannot be simplified. Decimate the model in your 3D software, or raise --thumb-triangle-budget.",
      [],
      {
        message:
          `Die Schnellansicht von ${fileName} zeichnet nach der stärksten Vereinfachung noch ${counts.replace("budget", "Budget")}: ` +
          "Teile mit Morph-Zielen oder sehr viele Einzelteile lassen sich nicht vereinfachen. Reduzieren Sie das Modell in Ihrer 3D-Software oder erhöhen Sie das Dreiecksbudget der Schnellansicht.",
      },
    );
  }

  // Tiny or already well-compressed inputs can grow when re-encoded. A derivative must never be
  // larger than what the editor uploaded, so fall back to the input packed as one GLB. Unless KTX2
  // was asked for by name: it is chosen for GPU memory, and the input's PNG or JPEG would ignore that.
  const inputFitsBudget =
    options.triangleBudget === null || facts.drawnTriangleCount <= options.triangleBudget;
  const ktx2Asked = options.textureFormat === "ktx2";
  if (web.glb.byteLength > input.totalBytes && inputFitsBudget && !ktx2Asked) {
    // The input's own bytes only when loading changed nothing (no converted materials, no dropped textures).
    const glb =
      input.format === "glb" && context.notices.length === 0
        ? input.bytes
        : await need(context, "io").writeBinary(need(context, "document"));
    web = { glb, facts, trianglesBefore: facts.drawnTriangleCount, textures: [] } satisfies Derivative;
    context.web = web;
    context.webKept = true;
  }
  // The web level stands in for a larger thumb only when it also keeps the thumb's budget.
  if (
    thumb.glb.byteLength > web.glb.byteLength &&
    web.facts.drawnTriangleCount <= options.thumbTriangleBudget
  ) {
    context.thumb = web;
    context.thumbKept = context.webKept;
  }
}
