import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyDecoders, DECODER_FILES } from "./decoders.ts";

describe("copyDecoders", () => {
  it("copies the Draco and Basis decoders of the installed three.js under the names the loaders request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "viewer-decoders-"));
    try {
      await copyDecoders(join(dir, "decoders"));
      const names = (await readdir(join(dir, "decoders"))).sort();
      expect(names).toEqual(
        [
          "basis_transcoder.js",
          "basis_transcoder.wasm",
          "draco_decoder.js",
          "draco_decoder.wasm",
          "draco_wasm_wrapper.js",
        ].sort(),
      );
      for (const file of DECODER_FILES)
        expect((await stat(join(dir, "decoders", file.name))).size).toBeGreaterThan(10_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
