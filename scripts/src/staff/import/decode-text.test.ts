import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";

describe("decodeText", () => {
  it.each([
    ["UTF-8 without a byte order mark", Buffer.from("Kulturstätte;Größe", "utf8"), "utf-8"],
    ["UTF-8 with a byte order mark", Buffer.from("\uFEFFKulturstätte;Größe", "utf8"), "utf-8"],
    ["Windows-1252", Buffer.from("Kulturstätte;Größe", "latin1"), "windows-1252"],
    [
      "UTF-16 little endian with a byte order mark",
      Buffer.from("\uFEFFKulturstätte;Größe", "utf16le"),
      "utf-16le",
    ],
    [
      "UTF-16 big endian with a byte order mark",
      Buffer.from("\uFEFFKulturstätte;Größe", "utf16le").swap16(),
      "utf-16be",
    ],
  ] as const)("reads %s", (_name, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ text: "Kulturstätte;Größe", encoding });
  });

  it("reads Windows-1252 quotes and dashes, which ISO-8859-1 lacks", () => {
    expect(decodeText(Buffer.from([0x84, 0x4c, 0xf6, 0x77, 0x65, 0x93, 0x20, 0x96, 0x20, 0x80])).text).toBe(
      "„Löwe“ – €",
    );
  });
});
