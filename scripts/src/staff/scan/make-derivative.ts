import type { Document, NodeIO } from "@gltf-transform/core";
import { cloneDocument } from "@gltf-transform/functions";
import { cleanUp } from "./clean-up.ts";
import { type CompressGeometryOptions, compressGeometry } from "./compress-geometry.ts";
import { type CompressTexturesOptions, compressTextures, type TextureChoice } from "./compress-textures.ts";
import { type DocumentFacts, extensionsOf, inspectDocument } from "./inspect-document.ts";
import { simplifyToBudget } from "./simplify-to-budget.ts";

export interface MakeDerivativeOptions {
  /** Triangle budget for this level; null keeps every triangle. */
  triangleBudget: number | null;
  /** Simplifier error limit (fraction of mesh radius). */
  simplifyError: number;
  /** Doubling the error up to this to meet the budget (see simplifyToBudget); default: no doubling. */
  maxSimplifyError: number | null;
  textures: Partial<CompressTexturesOptions>;
  geometry: Partial<CompressGeometryOptions>;
}

/** The full web level: every triangle, textures up to 2048 px as WebP, meshopt geometry. */
export const MAKE_DERIVATIVE_DEFAULTS: MakeDerivativeOptions = {
  triangleBudget: null,
  simplifyError: 0.01,
  maxSimplifyError: null,
  textures: {},
  geometry: {},
};

export interface Derivative {
  glb: Uint8Array;
  facts: DocumentFacts;
  /** Drawn triangles before simplification, for the report. */
  trianglesBefore: number;
  /** How each texture was encoded (empty when textures were kept or there are none). */
  textures: TextureChoice[];
}

/**
 * Makes one web level of a model without touching the source document: clean-up, simplification
 * to the level's triangle budget, texture limits, geometry compression, then GLB bytes.
 *
 * ```ts
 * const thumb = await makeDerivative(io, document, { triangleBudget: 20_000, textures: { maxSize: 512 } });
 * ```
 */
export async function makeDerivative(
  io: NodeIO,
  source: Document,
  overrides: Partial<MakeDerivativeOptions> = {},
): Promise<Derivative> {
  const options = { ...MAKE_DERIVATIVE_DEFAULTS, ...overrides };
  const document = cloneDocument(source);
  document.setLogger(source.getLogger());
  await cleanUp(document);
  const { before } = await simplifyToBudget(document, {
    triangleBudget: options.triangleBudget,
    error: options.simplifyError,
    maxError: options.maxSimplifyError ?? options.simplifyError,
  });
  const textures = await compressTextures(document, options.textures);
  const facts = inspectDocument(document);
  await compressGeometry(document, options.geometry);
  const glb = await io.writeBinary(document);
  return { glb, facts: { ...facts, ...extensionsOf(document) }, trianglesBefore: before, textures };
}
