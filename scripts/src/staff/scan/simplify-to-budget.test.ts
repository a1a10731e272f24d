import type { Document, Mesh } from "@gltf-transform/core";
import { EXTMeshGPUInstancing } from "@gltf-transform/extensions";
import { describe, expect, it } from "vitest";
import { createLathedBell } from "../../demo/demo-models/index.ts";
import { inspectDocument } from "./inspect-document.ts";
import { simplifyToBudget } from "./simplify-to-budget.ts";

/** Puts every mesh node of the document into an EXT_mesh_gpu_instancing batch of `count` copies. */
function instanceEveryMesh(document: Document, count: number): void {
  const extension = document.createExtension(EXTMeshGPUInstancing).setRequired(true);
  const buffer = document.getRoot().listBuffers()[0] ?? document.createBuffer();
  for (const node of document.getRoot().listNodes()) {
    if (!node.getMesh()) continue;
    const translations = new Float32Array(count * 3).map((_, i) => (i % 3 === 0 ? Math.floor(i / 3) * 2 : 0));
    const accessor = document.createAccessor().setType("VEC3").setArray(translations).setBuffer(buffer);
    node.setExtension(
      "EXT_mesh_gpu_instancing",
      extension.createInstancedMesh().setAttribute("TRANSLATION", accessor),
    );
  }
}

function perMeshTrianglesOf(mesh: Mesh): number {
  return mesh.listPrimitives().reduce((sum, p) => sum + Math.floor((p.getIndices()?.getCount() ?? 0) / 3), 0);
}

describe("simplifyToBudget", () => {
  it("leaves a model within budget untouched", async () => {
    const document = createLathedBell();
    const before = inspectDocument(document).triangleCount;
    expect(await simplifyToBudget(document, { triangleBudget: before })).toEqual({
      before,
      after: before,
      simplified: false,
      error: 0,
    });
  });

  it("brings a model down to about the budget while keeping its size", async () => {
    const document = createLathedBell();
    const { bounds } = inspectDocument(document);
    const result = await simplifyToBudget(document, { triangleBudget: 1500, error: 0.05, maxError: 0.05 });
    expect(result.simplified).toBe(true);
    expect(result.after).toBeLessThanOrEqual(1500);
    expect(result.after).toBeGreaterThan(300);
    const after = inspectDocument(document).bounds;
    expect(after?.size[1]).toBeCloseTo(bounds?.size[1] ?? 0, 1);
  });

  it("stops at the error limit rather than damaging the shape", async () => {
    const document = createLathedBell();
    const result = await simplifyToBudget(document, { triangleBudget: 10, error: 0.0001 });
    expect(result.after).toBeGreaterThan(10);
  });

  it("counts an instanced mesh once per instance and simplifies it until the scene draws within budget", async () => {
    const document = createLathedBell();
    const perMesh = inspectDocument(document).triangleCount;
    instanceEveryMesh(document, 10);
    const facts = inspectDocument(document);
    expect(facts.triangleCount).toBe(perMesh);
    expect(facts.drawnTriangleCount).toBe(perMesh * 10);
    const budget = Math.round(perMesh * 3);
    const result = await simplifyToBudget(document, { triangleBudget: budget, error: 0.02, maxError: 0.32 });
    expect(result.before).toBe(perMesh * 10);
    expect(result.after).toBeLessThanOrEqual(budget);
    expect(inspectDocument(document).drawnTriangleCount).toBe(result.after);
  });

  it("counts a mesh used by several nodes once per use", () => {
    const document = createLathedBell();
    const root = document.getRoot();
    const mesh = root.listMeshes()[0];
    const scene = root.listScenes()[0];
    if (!mesh || !scene) throw new Error("the demo bell has a mesh and a scene");
    const perMesh = inspectDocument(document).drawnTriangleCount;
    scene.addChild(document.createNode("second bell").setMesh(mesh).setTranslation([2, 0, 0]));
    const meshTriangles = inspectDocument(document).triangleCount;
    expect(inspectDocument(document).drawnTriangleCount).toBe(perMesh + perMeshTrianglesOf(mesh));
    expect(meshTriangles).toBeLessThan(inspectDocument(document).drawnTriangleCount);
  });
});
