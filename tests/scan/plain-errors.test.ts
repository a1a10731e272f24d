import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, NodeIO } from "@gltf-transform/core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareScan, type ScanReport } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { ScanError } from "../../scripts/src/staff/scan/scan-error.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "plain-errors-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** A textured quad written as .gltf with its side files `quad.bin` and `quad.png` beside it. */
async function writeTexturedGltf(dir: string): Promise<string> {
  const doc = new Document();
  const buffer = doc.createBuffer().setURI("quad.bin");
  const positions = doc
    .createAccessor()
    .setType("VEC3")
    .setArray(new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0]))
    .setBuffer(buffer);
  const uvs = doc
    .createAccessor()
    .setType("VEC2")
    .setArray(new Float32Array([0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1]))
    .setBuffer(buffer);
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#d2691e" } })
    .png()
    .toBuffer();
  const texture = doc
    .createTexture("label")
    .setImage(new Uint8Array(png))
    .setMimeType("image/png")
    .setURI("quad.png");
  const material = doc
    .createMaterial("paint")
    .setBaseColorTexture(texture)
    .setBaseColorFactor([0.8, 0.2, 0.1, 1]);
  const primitive = doc.createPrimitive().setAttribute("POSITION", positions).setAttribute("TEXCOORD_0", uvs);
  doc
    .createScene()
    .addChild(doc.createNode().setMesh(doc.createMesh().addPrimitive(primitive.setMaterial(material))));
  const file = join(dir, "quad.gltf");
  await new NodeIO().write(file, doc);
  return file;
}

async function refusal(file: string, outDir: string): Promise<ScanError> {
  const error = await prepareScan(file, { outDir, poster: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ScanError);
  expect(existsSync(outDir), "nothing is written on failure").toBe(false);
  return error as ScanError;
}

describe("prepare-scan errors in plain words", () => {
  it("says a missing .bin side file was not found (not that the file is damaged), naming it, in English and German", async () => {
    const dir = await mkdtemp(join(work, "bin-"));
    const file = await writeTexturedGltf(dir);
    await rm(join(dir, "quad.bin"));
    const error = await refusal(file, join(dir, "out"));
    expect(error.code).toBe("SIDE_FILE_MISSING");
    expect(error.message).toMatch(/data file “quad\.bin” was not found next to it\. Upload it together/);
    expect(error.german.message).toMatch(/Datendatei „?“?quad\.bin”? wurde daneben nicht gefunden/);
    expect(error.german.message).not.toMatch(/beschädigt/);
  });

  it("prepares a model whose texture image is missing and tells the editor in a notice", async () => {
    const dir = await mkdtemp(join(work, "png-"));
    const file = await writeTexturedGltf(dir);
    await rm(join(dir, "quad.png"));
    const outDir = join(dir, "out");
    const report = await prepareScan(file, { outDir, poster: false });
    expect(report.notices.map((n) => n.code)).toEqual(["TEXTURE_NOT_FOUND"]);
    expect(report.notices[0]?.en).toMatch(/texture image “quad\.png” was not found/);
    expect(report.notices[0]?.de).toMatch(/Texturbild „quad\.png“ wurde .* nicht gefunden/);
    const written = JSON.parse(await readFile(join(outDir, "report.json"), "utf8")) as ScanReport;
    expect(written.notices).toEqual(report.notices);
  });

  it("says a file without a scene contains no visible model", async () => {
    // Valid glTF (the validator accepts it) that has nothing to draw: only a material.
    const doc = new Document();
    doc.createMaterial("unused");
    const file = join(work, "no-scene.glb");
    await writeFile(file, await new NodeIO().writeBinary(doc));
    const error = await refusal(file, join(work, "no-scene-out"));
    expect(error.code).toBe("EMPTY_SCENE");
    expect(error.message).toMatch(/no-scene\.glb contains no visible model/);
    expect(error.german.message).toMatch(/no-scene\.glb enthält kein sichtbares Modell/);
  });

  it("says a truncated file is damaged, with each problem in plain words and without raw validator text", async () => {
    const dir = await mkdtemp(join(work, "cut-"));
    const file = await writeTexturedGltf(dir);
    const glb = await new NodeIO().writeBinary(await new NodeIO().read(file));
    const cut = join(dir, "cut.glb");
    await writeFile(cut, glb.subarray(0, Math.floor(glb.byteLength * 0.6)));
    const error = await refusal(cut, join(dir, "out"));
    expect(error.code).toBe("INVALID_GLTF");
    expect(error.german.message).toMatch(/cut\.glb ist beschädigt/);
    expect(error.details.length).toBeGreaterThan(0);
    for (const line of [...error.details, ...error.german.details]) {
      expect(line).toMatch(/^[A-ZÄÖÜ].*\. .*\[[A-Z0-9_]+\]$/);
      expect(line).not.toMatch(/0x[0-9a-f]{8}|Chunk \(/);
    }
  });
});
