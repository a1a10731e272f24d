import { describe, expect, it } from "vitest";
import { TEST_CONTEXT, testInput } from "./lido.fixture.ts";
import { lidoRecord } from "./lido-record.ts";
import { LIDO_WRAP_HEAD, LIDO_WRAP_TAIL, lidoWrap, lidoWrapChunks } from "./lido-wrap.ts";

describe("the LIDO wrap", () => {
  it("streams head, one chunk per record and tail, reading a lazy list once", () => {
    let produced = 0;
    function* records() {
      for (let i = 0; i < 3; i++) {
        produced++;
        yield lidoRecord(testInput(), TEST_CONTEXT, { schemaLocation: false });
      }
    }
    const chunks = [...lidoWrapChunks(records())];
    expect(produced).toBe(3);
    expect(chunks).toHaveLength(5);
    expect(chunks[0]).toBe(LIDO_WRAP_HEAD);
    expect(chunks.at(-1)).toBe(LIDO_WRAP_TAIL);
    expect(chunks[1]).not.toContain("schemaLocation");
    expect(lidoWrap([chunks[1] ?? ""])).toMatch(/^<\?xml[^>]*>\n<lido:lidoWrap [^>]*>\n<lido:lido /);
  });

  it("refuses an empty export (the schema needs one record), saying what to do", () => {
    expect(() => lidoWrap([])).toThrow(/Publish at least one item/);
  });
});
