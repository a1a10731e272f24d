import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXTMeshGPUInstancing } from "@gltf-transform/extensions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLathedBell } from "../../scripts/src/demo/demo-models/index.ts";
import { createIO } from "../../scripts/src/staff/scan/create-io.ts";
import { inspectDocument } from "../../scripts/src/staff/scan/inspect-document.ts";
import { prepareScan } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { ScanError } from "../../scripts/src/staff/scan/scan-error.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "triangle-budgets-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** The demo bell drawn 12 times through EXT_mesh_gpu_instancing (a row of bells on a frieze, say). */
async function instancedBells(): Promise<{ file: string; perMesh: number; drawn: number }> {
  const document = createLathedBell();
  const extension = document.createExtension(EXTMeshGPUInstancing).setRequired(true);
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  for (const node of document.getRoot().listNodes()) {
    if (!node.getMesh()) continue;
    const translations = new Float32Array(12 * 3).map((_, i) => (i % 3 === 0 ? Math.floor(i / 3) * 0.5 : 0));
    const accessor = document.createAccessor().setType("VEC3").setArray(translations).setBuffer(buffer);
    node.setExtension(
      "EXT_mesh_gpu_instancing",
      extension.createInstancedMesh().setAttribute("TRANSLATION", accessor),
    );
  }
  const { triangleCount, drawnTriangleCount } = inspectDocument(document);
  const file = join(work, "bells.glb");
  await writeFile(file, await (await createIO()).writeBinary(document));
  return { file, perMesh: triangleCount, drawn: drawnTriangleCount };
}

describe("triangle budgets in prepare-scan", () => {
  it("keeps the thumb within its budget when instances draw more than the meshes hold, and reports drawn counts before and after", async () => {
    const { file, perMesh, drawn } = await instancedBells();
    const budget = Math.round(perMesh * 4);
    expect(perMesh).toBeLessThan(budget);
    expect(drawn).toBeGreaterThan(budget);
    const outDir = join(work, "out");
    const report = await prepareScan(file, { outDir, poster: false, thumbTriangleBudget: budget });
    expect(report.input.drawnTriangleCount).toBe(drawn);
    expect(report.thumb.drawnTrianglesBefore).toBe(drawn);
    expect(report.thumb.triangleBudget).toBe(budget);
    expect(report.thumb.drawnTriangleCount).toBeLessThanOrEqual(budget);
    expect(report.web.drawnTriangleCount).toBe(drawn);
    // The counts are of the written file, not of an intermediate.
    const thumb = await (await createIO()).readBinary(
      new Uint8Array(await readFile(join(outDir, report.thumb.file))),
    );
    expect(inspectDocument(thumb).drawnTriangleCount).toBe(report.thumb.drawnTriangleCount);
  });

  it("refuses with a clear message when even the strongest simplification cannot reach the thumb's budget", async () => {
    const file = join(work, "bell.glb");
    await writeFile(file, await (await createIO()).writeBinary(createLathedBell()));
    const error = await prepareScan(file, {
      outDir: join(work, "tiny-out"),
      poster: false,
      thumbTriangleBudget: 4,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).code).toBe("OVER_BUDGET");
    expect((error as ScanError).message).toMatch(
      /bell\.glb still draws [\d,]+ triangles \(budget 4\) after the strongest simplification/,
    );
    expect((error as ScanError).message).toMatch(/raise --thumb-triangle-budget/);
    expect((error as ScanError).german.message).toMatch(/Schnellansicht von .*bell\.glb zeichnet/);
  });
});
