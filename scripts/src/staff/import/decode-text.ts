/** The character sets a spreadsheet's text file arrives in from Excel, LibreOffice or Numbers. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * Text from a file's bytes in the encoding it was saved in. A byte order mark decides (UTF-8,
 * Excel's "Unicode text" in UTF-16); without one, bytes that are valid UTF-8 are UTF-8, and
 * anything else is Windows-1252: German Excel's "CSV (Trennzeichen-getrennt)" on Windows, whose
 * umlauts are single bytes that are never valid UTF-8 sequences on their own.
 *
 * @example
 *   const { text, encoding } = decodeText(readFileSync("inventar.csv"));
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The name staff know an encoding by (Excel's "Speichern unter" dialog). */
export const ENCODING_LABEL: Record<TextEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "Unicode (UTF-16)",
  "utf-16be": "Unicode (UTF-16, Big Endian)",
  "windows-1252": "Windows-1252 (ANSI)",
};
