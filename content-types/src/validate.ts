/** Validation with messages for people: which type, which entry, which locale, which field. */
import type { z } from "zod";
import { type ContentTypeName, schemasByType } from "./generated/index.ts";
import { contentType } from "./populate.ts";

export class ContentValidationError extends Error {
  readonly issues: readonly string[];
  constructor(issues: readonly string[]) {
    super(`Invalid content:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "ContentValidationError";
    this.issues = issues;
  }
}

function describeEntry(typeName: string, entry: unknown, index: number): string {
  const type = contentType(typeName);
  const record = (entry ?? {}) as Record<string, unknown>;
  const name = record.slug ?? record[type.titleField] ?? record.documentId ?? `#${index + 1}`;
  return `${typeName} "${String(name)}"`;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join(".") : "(entry)";
  return `field "${path}": ${issue.message}`;
}

/** Validates one entry; returns human-readable problems (empty when valid). */
export function entryProblems(
  typeName: ContentTypeName,
  entry: unknown,
  locale: string,
  index = 0,
): string[] {
  const result = schemasByType[typeName].safeParse(entry);
  if (result.success) return [];
  const where = `${describeEntry(typeName, entry, index)} (${locale})`;
  return result.error.issues.map((issue) => `${where}: ${formatIssue(issue)}`);
}

/** Parses a list of entries, throwing one error that lists every problem found. */
export function parseEntries<T extends ContentTypeName>(
  typeName: T,
  entries: unknown,
  locale: string,
): z.output<(typeof schemasByType)[T]>[] {
  if (!Array.isArray(entries)) {
    throw new ContentValidationError([
      `${typeName} (${locale}): expected a list of entries, got ${typeof entries}`,
    ]);
  }
  const problems = entries.flatMap((entry, index) => entryProblems(typeName, entry, locale, index));
  if (problems.length > 0) throw new ContentValidationError(problems);
  return entries.map((entry) => schemasByType[typeName].parse(entry)) as z.output<
    (typeof schemasByType)[T]
  >[];
}

export function parseSingle<T extends ContentTypeName>(
  typeName: T,
  entry: unknown,
  locale: string,
): z.output<(typeof schemasByType)[T]> | null {
  if (entry === null || entry === undefined) return null;
  const problems = entryProblems(typeName, entry, locale);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return schemasByType[typeName].parse(entry) as z.output<(typeof schemasByType)[T]>;
}
