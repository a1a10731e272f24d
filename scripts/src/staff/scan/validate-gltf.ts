import { readFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import type { ValidationIssue, ValidationReport } from "gltf-validator";
import { validateBytes } from "gltf-validator";

export interface ValidateGltfOptions {
  /** File name shown in the report and used to resolve external `.bin`/image URIs. */
  uri: string;
  /** Load external resources from this folder (for `.gltf` with side files). Default: the file's folder. */
  baseDir?: string;
  /** How many issues to keep in the report. */
  maxIssues: number;
}

export const VALIDATE_GLTF_DEFAULTS: Omit<ValidateGltfOptions, "uri"> = {
  maxIssues: 200,
};

export interface GltfValidation {
  report: ValidationReport;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** One line per error, in plain words with the JSON pointer that locates it. */
  errorLines: string[];
}

/** Plain-words explanations for the errors people meet most; the validator's own text follows. */
const EXPLANATIONS: Record<string, string> = {
  ACCESSOR_INDEX_OOB: "a triangle refers to a vertex that does not exist (the mesh data is corrupt)",
  IO_ERROR: "a file the model refers to could not be read (is a .bin or texture missing next to the .gltf?)",
  BUFFER_BYTE_LENGTH_MISMATCH: "the binary data is shorter than the model says (truncated file?)",
  GLB_UNEXPECTED_END_OF_CHUNK_DATA: "the .glb file ends too early (truncated upload?)",
  GLB_INVALID_MAGIC: "this is not a .glb file",
  INVALID_GLTF: "this is not glTF JSON",
  INVALID_JSON: "the JSON text is broken",
  TYPE_MISMATCH: "a value has the wrong type",
  UNSATISFIED_DEPENDENCY: "a required property is missing",
  UNRESOLVED_REFERENCE: "something refers to an entry that does not exist",
  VALUE_NOT_IN_RANGE: "a value is outside its allowed range",
  UNDEFINED_PROPERTY: "a required property is missing",
};

export function describeIssue(issue: ValidationIssue): string {
  const plain = EXPLANATIONS[issue.code];
  const where = issue.pointer
    ? ` at ${issue.pointer}`
    : issue.offset !== undefined
      ? ` at byte ${issue.offset}`
      : "";
  return `${plain ? `${plain}: ` : ""}${issue.message}${where} [${issue.code}]`;
}

/**
 * Runs the Khronos glTF-Validator over a .gltf or .glb in memory; external files are read from
 * the folder of `uri` (or `baseDir`). Never throws for a bad model: inspect `errors`. Rejects only
 * when the bytes are not glTF at all (the validator cannot detect a format).
 *
 * ```ts
 * const { errors, errorLines } = await validateGltf(bytes, { uri: "scan.glb" });
 * if (errors.length) throw new Error(errorLines.join("\n"));
 * ```
 */
export async function validateGltf(
  bytes: Uint8Array,
  options: Partial<ValidateGltfOptions> & { uri: string },
): Promise<GltfValidation> {
  const o = { ...VALIDATE_GLTF_DEFAULTS, ...options };
  const base = o.baseDir ?? dirname(resolve(o.uri));
  const report = await validateBytes(bytes, {
    uri: o.uri,
    maxIssues: o.maxIssues,
    writeTimestamp: false,
    externalResourceFunction: async (uri) => {
      const file = resolve(base, decodeURIComponent(uri));
      // Only files beside the model: a scan must not read arbitrary paths through its URIs.
      if (!file.startsWith(base + sep)) throw new Error(`refusing to read ${uri} outside the model's folder`);
      return new Uint8Array(await readFile(file));
    },
  });
  const errors = report.issues.messages.filter((m) => m.severity === 0);
  const warnings = report.issues.messages.filter((m) => m.severity === 1);
  return { report, errors, warnings, errorLines: errors.map(describeIssue) };
}
