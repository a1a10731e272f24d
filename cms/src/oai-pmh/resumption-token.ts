import { createHash } from "node:crypto";

/**
 * Where a list request continues: the original filter (prefix, from, until, set as sent) and the
 * position after the last header of the previous page (its datestamp in milliseconds and its
 * documentId, the list's sort key), plus how many headers came before. Stateless: nothing is
 * stored on the server, so tokens survive restarts and work on every CMS process.
 */
export interface ListPosition {
  metadataPrefix: string;
  from?: string;
  until?: string;
  set?: string;
  after: { datestamp: number; documentId: string };
  cursor: number;
}

const VERSION = 1;

function checksum(payload: string): string {
  return createHash("sha256").update(`oai-pmh-token:${payload}`).digest("base64url").slice(0, 16);
}

/** An opaque token: the position as base64url JSON and a checksum that detects edits and typos. */
export function encodeResumptionToken(position: ListPosition): string {
  const payload = Buffer.from(
    JSON.stringify([
      VERSION,
      position.metadataPrefix,
      position.from ?? null,
      position.until ?? null,
      position.set ?? null,
      position.after.datestamp,
      position.after.documentId,
      position.cursor,
    ]),
  ).toString("base64url");
  return `${payload}.${checksum(payload)}`;
}

const optionalText = (value: unknown): value is string | null => value === null || typeof value === "string";

/** The position in a token, or undefined when it was not made by encodeResumptionToken. */
export function decodeResumptionToken(token: string): ListPosition | undefined {
  const [payload, sum, ...rest] = token.split(".");
  if (!payload || !sum || rest.length || checksum(payload) !== sum) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(fields) || fields.length !== 8) return undefined;
  const [version, metadataPrefix, from, until, set, datestamp, documentId, cursor] = fields;
  if (
    version !== VERSION ||
    typeof metadataPrefix !== "string" ||
    !optionalText(from) ||
    !optionalText(until) ||
    !optionalText(set) ||
    !Number.isSafeInteger(datestamp) ||
    typeof documentId !== "string" ||
    !Number.isSafeInteger(cursor) ||
    cursor < 0
  )
    return undefined;
  return {
    metadataPrefix,
    ...(from === null ? {} : { from }),
    ...(until === null ? {} : { until }),
    ...(set === null ? {} : { set }),
    after: { datestamp, documentId },
    cursor,
  };
}
