import type { Document } from "@gltf-transform/core";
import { simplify, weld } from "@gltf-transform/functions";
import { MeshoptSimplifier } from "meshoptimizer";
import { drawnTriangles } from "./inspect-document.ts";

export interface SimplifyToBudgetOptions {
  /** Most triangles the scene may draw (instances and reused meshes counted); null keeps every triangle. */
  triangleBudget: number | null;
  /** Deviation allowed at first, as a fraction of each mesh's radius (meshoptimizer's error). */
  error: number;
  /**
   * When the first pass stays over budget, the allowed deviation doubles up to this limit. Equal
   * to `error` means the error limit wins over the budget (the full level: never damage the shape).
   */
  maxError: number;
}

export const SIMPLIFY_TO_BUDGET_DEFAULTS: SimplifyToBudgetOptions = {
  triangleBudget: null,
  error: 0.01,
  maxError: 0.01,
};

export interface SimplifyResult {
  /** Drawn triangles before and after. */
  before: number;
  after: number;
  simplified: boolean;
  /** The largest deviation that was allowed in the end. */
  error: number;
}

/**
 * Reduces the triangles the scene draws towards a budget with meshoptimizer's simplifier. The
 * budget counts what is drawn: a mesh used by 10 instances counts 10 times, so simplifying it by
 * the ratio budget/drawn reaches the budget (counting each mesh once let an instanced 30,720-
 * triangle model pass a 20,000 budget). The simplifier stops at its error limit; when `maxError`
 * allows, passes follow with double the error until the budget holds. Meshes with morph targets
 * are left as they are (the simplifier skips them): the caller checks `after`.
 *
 * ```ts
 * const { after } = await simplifyToBudget(document, { triangleBudget: 20_000, maxError: 0.16 });
 * ```
 */
export async function simplifyToBudget(
  document: Document,
  overrides: Partial<SimplifyToBudgetOptions> = {},
): Promise<SimplifyResult> {
  const options = { ...SIMPLIFY_TO_BUDGET_DEFAULTS, ...overrides };
  const before = drawnTriangles(document);
  const budget = options.triangleBudget;
  if (budget === null || before <= budget) return { before, after: before, simplified: false, error: 0 };
  await MeshoptSimplifier.ready;
  await document.transform(weld());
  let error = options.error;
  let after = before;
  for (;;) {
    // Aim a little under the budget: the simplifier lands near, not exactly on, its target.
    const ratio = Math.max(0.001, (budget / after) * 0.95);
    await document.transform(simplify({ simplifier: MeshoptSimplifier, ratio, error }));
    after = drawnTriangles(document);
    if (after <= budget || error * 2 > options.maxError) break;
    error *= 2;
  }
  return { before, after, simplified: true, error };
}
