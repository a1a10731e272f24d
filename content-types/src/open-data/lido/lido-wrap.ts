/**
 * Many LIDO records in one `<lido:lidoWrap>`, as a stream of string chunks: a caller writes them to
 * a file or a response one by one, so 10,000 records never sit in memory as one string.
 *
 * Imports only its siblings (see `content-types/src/contract-copies.ts`).
 *
 * @example
 *   for (const chunk of lidoWrapChunks(inputs.map((input) => lidoRecord(input, context, { schemaLocation: false }))))
 *     stream.write(chunk);
 */
import { LIDO_NAMESPACE, LIDO_SCHEMA_LOCATION, XSI_NAMESPACE } from "./vocabulary.ts";

/** The XML declaration and the opening tag of the wrap (it declares the schema for every record). */
export const LIDO_WRAP_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<lido:lidoWrap xmlns:lido="${LIDO_NAMESPACE}" xmlns:xsi="${XSI_NAMESPACE}" xsi:schemaLocation="${LIDO_NAMESPACE} ${LIDO_SCHEMA_LOCATION}">\n`;

export const LIDO_WRAP_TAIL = "</lido:lidoWrap>\n";

/**
 * The wrap as chunks: head, one chunk per record (with a line break), tail. `records` may be lazy
 * (a generator); it is read once, in order. The schema needs at least one record: an empty export
 * throws, with what to do.
 */
export function* lidoWrapChunks(records: Iterable<string>): Generator<string> {
  let count = 0;
  for (const record of records) {
    if (count === 0) yield LIDO_WRAP_HEAD;
    count++;
    yield `${record}\n`;
  }
  if (count === 0) {
    throw new Error(
      "LIDO wrap: there is no published heritage item to export. Publish at least one item first.",
    );
  }
  yield LIDO_WRAP_TAIL;
}

/** The whole wrap as one string (for small exports and the site's `/lido/alle.xml`). */
export function lidoWrap(records: Iterable<string>): string {
  let out = "";
  for (const chunk of lidoWrapChunks(records)) out += chunk;
  return out;
}
