import { readFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import type { ValidationIssue, ValidationReport } from "gltf-validator";
import { validateBytes } from "gltf-validator";
import { ISSUE_WORDS, type Language, NOTHING_TO_DO, WHAT_TO_DO } from "./issue-words.ts";

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

/** Where in the file the issue is: its JSON pointer, else its byte offset. */
function whereOf(issue: ValidationIssue, language: Language): string {
  if (issue.pointer) return language === "de" ? ` (bei ${issue.pointer})` : ` (at ${issue.pointer})`;
  if (issue.offset !== undefined)
    return language === "de" ? ` (bei Byte ${issue.offset})` : ` (at byte ${issue.offset})`;
  return "";
}

/** The side file an IO_ERROR names, when it points at a buffer or image URI. */
export function missingSideFile(
  issue: ValidationIssue,
): { kind: "buffer" | "image"; pointer: string } | null {
  // Other read failures (a URI outside the model's folder, no permission) are not "not found".
  if (issue.code !== "IO_ERROR" || !issue.pointer || !/ENOENT|no such file/i.test(issue.message)) return null;
  const match = /^\/(buffers|images)\/\d+\/uri$/.exec(issue.pointer);
  if (!match) return null;
  return { kind: match[1] === "images" ? "image" : "buffer", pointer: issue.pointer };
}

const SIDE_FILE_WORDS: Record<"buffer" | "image", Record<Language, string>> = {
  buffer: {
    en: "a data file (.bin) the model refers to was not found next to it",
    de: "eine Datendatei (.bin), auf die das Modell verweist, wurde daneben nicht gefunden",
  },
  image: {
    en: "a texture image the model refers to was not found next to it (the model would show grey)",
    de: "ein Texturbild, auf das das Modell verweist, wurde daneben nicht gefunden (das Modell erschiene grau)",
  },
};

/**
 * One issue in plain words: what is wrong, where, what to do, and the validator's code for
 * support (`[CODE]`). The validator's own English text is left out: it is for developers and
 * stays in `report.json`.
 */
export function describeIssue(issue: ValidationIssue, language: Language = "en"): string {
  const words = ISSUE_WORDS[issue.code];
  const side = missingSideFile(issue);
  const what = side
    ? SIDE_FILE_WORDS[side.kind][language]
    : issue.code === "IO_ERROR"
      ? // Not "not found" (e.g. a URI leading outside the model's folder): the reason is ours, keep it.
        `${words?.[language]}: ${issue.message.replace(/^Node Exception: (Error: )?/, "")}`
      : (words?.[language] ??
        (language === "de" ? `Prüfmeldung: ${issue.message}` : `validator: ${issue.message}`));
  const todo =
    issue.severity !== 0 ? NOTHING_TO_DO[language] : words ? WHAT_TO_DO[words.family][language] : "";
  const sentence = `${what.charAt(0).toUpperCase()}${what.slice(1)}${whereOf(issue, language)}.`;
  return `${sentence}${todo ? ` ${todo}` : ""} [${issue.code}]`;
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
  return { report, errors, warnings, errorLines: errors.map((issue) => describeIssue(issue)) };
}
