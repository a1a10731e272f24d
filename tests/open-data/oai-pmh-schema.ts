// Validates OAI-PMH responses with xmllint against the official OAI-PMH 2.0 schema, the oai_dc
// schema with Simple Dublin Core and, when its folder is present, the LIDO 1.1 schema. The
// response schema checks `<metadata>` strictly, so every metadata namespace needs its schema:
// one wrapper schema imports them all from local files (no network), one xmllint run per response.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { repoRoot } from "../support/paths.ts";

const fixtures = join(import.meta.dirname, "schemas", "oai-pmh");

/** LIDO_SCHEMA_DIR, default `../shared/schemas/lido` beside the checkout (not part of the repo). */
export const lidoSchemaDir = resolve(
  repoRoot,
  process.env.LIDO_SCHEMA_DIR ?? join("..", "shared", "schemas", "lido"),
);
const lidoSchema = join(lidoSchemaDir, "lido-v1.1.xsd");

/** Why LIDO records cannot be validated here, printed once; undefined when they can. */
export function lidoSchemaMissingReason(): string | undefined {
  if (existsSync(lidoSchema)) return undefined;
  const reason = `LIDO 1.1 schema not found at ${lidoSchema} (set LIDO_SCHEMA_DIR): LIDO record validation skipped`;
  console.warn(reason);
  return reason;
}

const fileUrl = (path: string) => `file://${path}`;

export interface OaiValidator {
  /** xmllint's complaints about one response; "" when it is valid. */
  errors(xml: string): Promise<string>;
  close(): void;
}

/** A schema that imports each namespace from a local file; the XML namespace first, so that the
 * later imports of it (Dublin Core's, LIDO's) are skipped offline. */
function wrapperSchema(dir: string, name: string, withLido: boolean): string {
  const imports: [string, string][] = [
    [
      "http://www.w3.org/XML/1998/namespace",
      withLido ? join(lidoSchemaDir, "xml.xsd") : join(fixtures, "xml-lang.xsd"),
    ],
    ["http://purl.org/dc/elements/1.1/", join(fixtures, "simpledc20021212.xsd")],
    ["http://www.openarchives.org/OAI/2.0/oai_dc/", join(fixtures, "oai_dc.xsd")],
    ...(withLido ? ([["http://www.lido-schema.org", lidoSchema]] as [string, string][]) : []),
    ["http://www.openarchives.org/OAI/2.0/", join(fixtures, "OAI-PMH.xsd")],
  ];
  const path = join(dir, name);
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports
      .map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${fileUrl(file)}"/>`)
      .join("\n")}\n</xs:schema>\n`,
  );
  return path;
}

/**
 * Validates responses; those with LIDO records against the wrapper with the LIDO schema (which
 * xmllint needs a moment to load with GML), all others against the small one.
 */
export function oaiValidator(): OaiValidator {
  const dir = mkdtempSync(join(tmpdir(), "oai-schema-"));
  const small = wrapperSchema(dir, "oai-pmh-oai_dc.xsd", false);
  const withLido = existsSync(lidoSchema) ? wrapperSchema(dir, "oai-pmh-lido.xsd", true) : undefined;
  return {
    errors: (xml) =>
      new Promise((done, fail) => {
        const needsLido = xml.includes("<lido:lido");
        if (needsLido && !withLido) return done(lidoSchemaMissingReason() ?? "LIDO schema missing");
        const schema = needsLido ? (withLido as string) : small;
        const child = execFile(
          "xmllint",
          ["--noout", "--nonet", "--schema", schema, "-"],
          { maxBuffer: 64 * 1024 * 1024 },
          (error, _stdout, stderr) => {
            if (error && typeof error.code !== "number") return fail(error);
            done(error ? stderr : "");
          },
        );
        child.stdin?.end(xml);
      }),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
