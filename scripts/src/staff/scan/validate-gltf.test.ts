import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeIO } from "@gltf-transform/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlavicHouse } from "../../demo/demo-models/index.ts";
import { validateGltf } from "./validate-gltf.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "validate-gltf-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("validateGltf", () => {
  it("accepts a valid model and reports its triangles", async () => {
    const glb = await new NodeIO().writeBinary(createSlavicHouse());
    const { errors, report } = await validateGltf(glb, { uri: join(dir, "house.glb") });
    expect(errors).toEqual([]);
    expect(report.info?.totalTriangleCount).toBe(1356);
  });

  it("explains a missing .bin in plain words, with where it is referenced", async () => {
    const json = { asset: { version: "2.0" }, buffers: [{ uri: "missing.bin", byteLength: 12 }] };
    const { errorLines } = await validateGltf(new TextEncoder().encode(JSON.stringify(json)), {
      uri: join(dir, "a.gltf"),
    });
    expect(errorLines[0]).toMatch(
      /^A data file \(\.bin\) the model refers to was not found next to it \(at \/buffers\/0\/uri\)\. Upload the missing file .*\[IO_ERROR\]$/,
    );
  });

  it("never reads files outside the model's folder through its URIs", async () => {
    await mkdir(join(dir, "model"));
    await writeFile(join(dir, "secret.bin"), new Uint8Array(12));
    const json = { asset: { version: "2.0" }, buffers: [{ uri: "../secret.bin", byteLength: 12 }] };
    const { errorLines } = await validateGltf(new TextEncoder().encode(JSON.stringify(json)), {
      uri: join(dir, "model", "a.gltf"),
    });
    expect(errorLines.join("\n")).toMatch(/refusing to read \.\.\/secret\.bin outside the model's folder/);
  });
});
