import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ISSUE_WORDS, WHAT_TO_DO } from "./issue-words.ts";
import { describeIssue } from "./validate-gltf.ts";

/** The codes the installed validator can emit, from the ISSUES.md it ships. */
async function validatorCodes(): Promise<Map<string, string>> {
  const dir = dirname(createRequire(import.meta.url).resolve("gltf-validator/package.json"));
  const text = await readFile(join(dir, "ISSUES.md"), "utf8");
  const codes = new Map<string, string>();
  let family = "";
  for (const line of text.split("\n")) {
    if (line.startsWith("## ")) family = line.slice(3).trim();
    const code = /^\|([A-Z0-9_]+)\|/.exec(line)?.[1];
    if (code) codes.set(code, family);
  }
  return codes;
}

describe("ISSUE_WORDS", () => {
  it("has an English and a German sentence for every code the validator lists, in its family", async () => {
    const codes = await validatorCodes();
    expect(codes.size).toBeGreaterThan(150);
    const missing = [...codes.keys()].filter((code) => !ISSUE_WORDS[code]?.en || !ISSUE_WORDS[code]?.de);
    expect(missing).toEqual([]);
    for (const [code, family] of codes) expect(ISSUE_WORDS[code]?.family, code).toBe(family);
    for (const family of new Set(codes.values()))
      expect(WHAT_TO_DO[family as keyof typeof WHAT_TO_DO]).toBeDefined();
  });

  it("describes an error in the editor's language with what to do and the code, never the raw validator text", () => {
    const issue = {
      code: "GLB_CHUNK_TOO_BIG",
      message: "Chunk (0x4e4f534a) length (1234) does not fit total GLB length.",
      severity: 0,
      offset: 20,
    };
    const de = describeIssue(issue, "de");
    expect(de).toBe(
      "Ein Teil der .glb gibt sich länger als die Datei (abgeschnittene oder beschädigte Datei) (bei Byte 20). " +
        "Die Datei ist beschädigt oder unvollständig: Laden Sie sie erneut hoch oder exportieren Sie sie erneut aus der 3D-Software. [GLB_CHUNK_TOO_BIG]",
    );
    expect(describeIssue(issue, "en")).not.toContain("0x4e4f534a");
  });

  it("tells that a warning needs no action", () => {
    const line = describeIssue({
      code: "IMAGE_NPOT_DIMENSIONS",
      message: "npot",
      severity: 1,
      pointer: "/images/0",
    });
    expect(line).toMatch(/^A texture's size is not a power of two .*can still be shown/);
  });
});
