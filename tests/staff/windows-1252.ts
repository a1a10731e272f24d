/** Windows-1252 bytes, as German Excel writes "CSV (Trennzeichen-getrennt)". */
export function windows1252(text: string): Buffer {
  const above255: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96 };
  return Buffer.from(
    [...text].map((char) => {
      const code = above255[char] ?? char.charCodeAt(0);
      if (code > 255) throw new Error(`test data: ${char} has no Windows-1252 byte`);
      return code;
    }),
  );
}
