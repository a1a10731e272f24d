import { boundsAsDrawn } from "../inspect-document.ts";
import { need, type ScanContext } from "../scan-context.ts";
import { ScanError } from "../scan-error.ts";
import { validateGltf } from "../validate-gltf.ts";

export interface VerifyLevelsOptions {
  /** How far a level's bounds may move, as a fraction of the original's largest side. */
  boundsTolerance: number;
}

export const VERIFY_LEVELS_DEFAULTS: VerifyLevelsOptions = { boundsTolerance: 0.02 };

/**
 * Validates both levels again and checks that their bounds match the original's: a derivative
 * that is not valid glTF, or that moved or shrank the model, is a bug in the tools (`OUTPUT_FAILED`).
 */
export async function verifyLevels(
  context: ScanContext,
  options: VerifyLevelsOptions = VERIFY_LEVELS_DEFAULTS,
): Promise<void> {
  const input = need(context, "input");
  const fileName = need(context, "fileName");
  const io = need(context, "io");
  const original = await boundsAsDrawn(need(context, "document"));
  context.originalBounds = original;
  for (const [level, derivative] of [
    ["thumb", need(context, "thumb")],
    ["web", need(context, "web")],
  ] as const) {
    const check = await validateGltf(derivative.glb, { uri: `${input.baseName}.${level}.glb` });
    if (check.errors.length > 0) {
      throw new ScanError(
        "OUTPUT_FAILED",
        `The ${level} level made from ${fileName} is not valid glTF; this is a bug in the scan tools, please report it with the file.`,
        check.errorLines,
      );
    }
    // Valid is not enough: a codec bug once collapsed all positions into a point. The bounds of
    // the derivative must match the original's (up to quantisation and simplification error).
    const bounds = await boundsAsDrawn(await io.readBinary(derivative.glb));
    if (original && bounds) {
      const tolerance = Math.max(...original.size) * options.boundsTolerance;
      const off = [...original.min, ...original.max].some(
        (value, i) => Math.abs(value - ([...bounds.min, ...bounds.max][i] ?? Number.NaN)) > tolerance,
      );
      if (off) {
        throw new ScanError(
          "OUTPUT_FAILED",
          `The ${level} level made from ${fileName} changed the model's size or position; this is a bug in the scan tools, please report it with the file.`,
        );
      }
    }
  }
}
