import { refuseUnknownRequiredExtensions } from "../legacy-extensions.ts";
import { need, type ScanContext } from "../scan-context.ts";
import { ScanError } from "../scan-error.ts";
import { describeIssue, missingSideFile, validateGltf } from "../validate-gltf.ts";

// biome-ignore lint/suspicious/noEmptyInterface: every step has an options interface, this one needs none yet.
export interface ValidateInputOptions {}

/** The URI a JSON pointer like `/buffers/0/uri` names in the model's JSON. */
function sideFileUri(json: object | null, pointer: string): string {
  const [, collection, index] = pointer.split("/");
  const entries = (json as Record<string, Array<{ uri?: string }> | undefined> | null)?.[collection ?? ""];
  return entries?.[Number(index)]?.uri ?? pointer;
}

/**
 * Runs the Khronos glTF-Validator on the input. Refuses unknown required extensions, a missing
 * `.bin` (`SIDE_FILE_MISSING`, naming it) and any other error (`INVALID_GLTF`, one line per
 * problem); a missing texture image is only a notice (see `readInput`).
 */
export async function validateInput(
  context: ScanContext,
  _options: ValidateInputOptions = {},
): Promise<void> {
  const input = need(context, "input");
  const fileName = need(context, "fileName");
  const json = context.json ?? null;
  const result = await validateGltf(input.bytes, { uri: input.file });
  refuseUnknownRequiredExtensions(result.report.info?.extensionsRequired ?? [], fileName);
  // A missing texture image is a notice (the model can be shown without it); any other missing
  // side file, or any other error, refuses the scan.
  const errors = result.errors.filter((issue) => missingSideFile(issue)?.kind !== "image");
  const missingBuffers = errors.filter((issue) => missingSideFile(issue)?.kind === "buffer");
  if (missingBuffers.length > 0) {
    const names = missingBuffers.map((issue) => `“${sideFileUri(json, issue.pointer ?? "")}”`).join(", ");
    throw new ScanError(
      "SIDE_FILE_MISSING",
      `${fileName}: the data file ${names} was not found next to it. ` +
        "Upload it together with the .gltf, or export the model as one .glb file.",
      missingBuffers.map((issue) => describeIssue(issue, "en")),
      {
        message:
          `${fileName}: Die Datendatei ${names} wurde daneben nicht gefunden. ` +
          "Laden Sie sie zusammen mit der .gltf hoch oder exportieren Sie das Modell als eine einzelne .glb-Datei.",
        details: missingBuffers.map((issue) => describeIssue(issue, "de")),
      },
    );
  }
  if (errors.length > 0) {
    throw new ScanError(
      "INVALID_GLTF",
      `${fileName} is damaged or not a valid glTF model (${errors.length} problem(s), listed below). ` +
        "Export it again from the 3D software and upload the new file.",
      errors.map((issue) => describeIssue(issue, "en")),
      {
        message:
          `${fileName} ist beschädigt oder kein gültiges glTF-Modell (${errors.length} Problem(e), unten aufgeführt). ` +
          "Exportieren Sie es erneut aus der 3D-Software und laden Sie die neue Datei hoch.",
        details: errors.map((issue) => describeIssue(issue, "de")),
      },
    );
  }
  context.validation = result;
}
