import type { Document } from "@gltf-transform/core";
import { simplify, weld } from "@gltf-transform/functions";
import { MeshoptSimplifier } from "meshoptimizer";
import { inspectDocument } from "./inspect-document.ts";

export interface SimplifyToBudgetOptions {
  /** Most triangles the result may have; null keeps every triangle. */
  triangleBudget: number | null;
  /** Largest allowed deviation, as a fraction of each mesh's radius (meshoptimizer's error). */
  error: number;
}

export const SIMPLIFY_TO_BUDGET_DEFAULTS: SimplifyToBudgetOptions = {
  triangleBudget: null,
  error: 0.01,
};

export interface SimplifyResult {
  before: number;
  after: number;
  simplified: boolean;
}

/**
 * Reduces the triangle count towards a budget with meshoptimizer's simplifier. The error limit wins
 * over the budget: a model that cannot get that small without visible damage stays larger, and the
 * report says so. Meshes with morph targets are left as they are (the simplifier skips them).
 *
 * ```ts
 * const { after } = await simplifyToBudget(document, { triangleBudget: 20_000 });
 * ```
 */
export async function simplifyToBudget(
  document: Document,
  overrides: Partial<SimplifyToBudgetOptions> = {},
): Promise<SimplifyResult> {
  const options = { ...SIMPLIFY_TO_BUDGET_DEFAULTS, ...overrides };
  const before = inspectDocument(document).triangleCount;
  if (options.triangleBudget === null || before <= options.triangleBudget) {
    return { before, after: before, simplified: false };
  }
  await MeshoptSimplifier.ready;
  const ratio = Math.max(0.001, options.triangleBudget / before);
  await document.transform(weld(), simplify({ simplifier: MeshoptSimplifier, ratio, error: options.error }));
  return { before, after: inspectDocument(document).triangleCount, simplified: true };
}
