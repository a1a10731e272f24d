// Validates LIDO files with xmllint (Debian libxml2-utils) against the official LIDO 1.1 schema.
// The schema is not part of the repository: it lies beside the checkout, in LIDO_SCHEMA_DIR
// (default `../shared/schemas/lido`, relative to the repository root), with local copies of the
// GML, XLink and xml.xsd schemas it imports, so `--nonet` validation needs no network.
import { execFile, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { repoRoot } from "../support/paths.ts";

const configured = process.env.LIDO_SCHEMA_DIR?.trim();
export const lidoSchemaDir = configured
  ? isAbsolute(configured)
    ? configured
    : resolve(repoRoot, configured)
  : resolve(repoRoot, "..", "shared", "schemas", "lido");
export const lidoSchema = join(lidoSchemaDir, "lido-v1.1.xsd");

/** Why LIDO files cannot be validated here (printed); undefined when they can. */
export function lidoValidationSkipReason(): string | undefined {
  let reason: string | undefined;
  if (!existsSync(lidoSchema)) {
    reason = `LIDO 1.1 schema not found at ${lidoSchema} (set LIDO_SCHEMA_DIR to its folder): LIDO schema validation skipped`;
  } else if (spawnSync("xmllint", ["--version"]).error) {
    reason =
      "xmllint not found (needed for XML checks): run `sudo apt-get install -y libxml2-utils`; LIDO schema validation skipped";
  }
  if (reason) console.warn(reason);
  return reason;
}

export interface XmllintResult {
  /** Files xmllint reported as valid. */
  valid: string[];
  /** xmllint's complaints (at most 40 lines), "" when every file is valid. */
  errors: string;
}

/** Validates all `files` against the LIDO 1.1 schema in one xmllint run. */
export function validateLido(files: string[]): Promise<XmllintResult> {
  return new Promise((done, fail) => {
    execFile(
      "xmllint",
      ["--noout", "--nonet", "--schema", lidoSchema, ...files],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && typeof error.code !== "number") return fail(error);
        const lines = stderr.split("\n").filter(Boolean);
        const valid = lines
          .filter((line) => line.endsWith(" validates"))
          .map((line) => line.replace(/ validates$/, ""));
        const errors = lines
          .filter((line) => !line.endsWith(" validates"))
          .slice(0, 40)
          .join("\n");
        done({ valid, errors });
      },
    );
  });
}
