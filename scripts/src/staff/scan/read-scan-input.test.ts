import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeIO } from "@gltf-transform/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBaptismalBowl } from "../../demo/demo-models/index.ts";
import { readScanInput } from "./read-scan-input.ts";
import { ScanError } from "./scan-error.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-scan-input-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function refusal(name: string, bytes: Uint8Array | string, maxBytes?: number): Promise<ScanError> {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return (await readScanInput(file, maxBytes ? { maxBytes } : {}).catch((e: unknown) => e)) as ScanError;
}

describe("readScanInput", () => {
  it("reads a GLB and a glTF JSON file and hashes them", async () => {
    const glb = await new NodeIO().writeBinary(createBaptismalBowl());
    await writeFile(join(dir, "bowl.glb"), glb);
    const input = await readScanInput(join(dir, "bowl.glb"));
    expect(input).toMatchObject({
      format: "glb",
      baseName: "bowl",
      fileBytes: glb.byteLength,
      totalBytes: glb.byteLength,
    });
    expect(input.sha256).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(join(dir, "tiny.gltf"), JSON.stringify({ asset: { version: "2.0" } }));
    expect((await readScanInput(join(dir, "tiny.gltf"))).format).toBe("gltf");
  });

  it.each([
    ["photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /PNG image/],
    ["scan.zip", "PK\x03\x04rest", /ZIP archive \(unpack it/],
    ["scan.ply", "ply\nformat ascii 1.0\n", /PLY/],
    ["scan.fbx", "Kaydara FBX Binary  ", /FBX/],
    ["data.json", '{"not":"gltf"}', /not a glTF model\. Upload/],
  ])("says what %s really is", async (name, bytes, message) => {
    const error = await refusal(name, bytes);
    expect(error).toBeInstanceOf(ScanError);
    expect(error.code).toBe("NOT_GLTF");
    expect(error.message).toMatch(message);
  });

  it("refuses a file over the limit with its size and the limit", async () => {
    const error = await refusal("big.glb", new Uint8Array(3 * 1024 * 1024), 1024 * 1024);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/is 3\.0 MB, more than the limit of 1 MB/);
  });

  it("reports a missing file", async () => {
    const error = (await readScanInput(join(dir, "missing.glb")).catch((e: unknown) => e)) as ScanError;
    expect(error.code).toBe("NOT_FOUND");
  });
});
