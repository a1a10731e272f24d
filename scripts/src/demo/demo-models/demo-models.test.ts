import { NodeIO } from "@gltf-transform/core";
import { beforeAll, describe, expect, it } from "vitest";
import { validateGltf } from "../../staff/scan/validate-gltf.ts";
import { DEMO_COPYRIGHT, type DemoModel, generateDemoModels } from "./index.ts";

let models: DemoModel[];

beforeAll(async () => {
  models = await generateDemoModels();
});

/** Signed volume of a closed triangle mesh: positive when its faces point outwards. */
function signedVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let volume = 0;
  for (let i = 0; i < indices.length; i += 3) {
    const [a, b, c] = [indices[i] ?? 0, indices[i + 1] ?? 0, indices[i + 2] ?? 0].map((k) => k * 3) as [
      number,
      number,
      number,
    ];
    const p = (k: number) => positions[k] ?? 0;
    volume +=
      (p(a) * (p(b + 1) * p(c + 2) - p(b + 2) * p(c + 1)) -
        p(a + 1) * (p(b) * p(c + 2) - p(b + 2) * p(c)) +
        p(a + 2) * (p(b) * p(c + 1) - p(b + 1) * p(c))) /
      6;
  }
  return volume;
}

async function readModel(key: string) {
  const model = models.find((m) => m.key === key);
  if (!model) throw new Error(`demo model ${key} missing`);
  const document = await new NodeIO().readBinary(model.glb);
  const primitive = document.getRoot().listMeshes()[0]?.listPrimitives()[0];
  if (!primitive) throw new Error(`${key} has no primitive`);
  return { model, document, primitive };
}

describe("procedural demo models", () => {
  it("generates the rampart ring, bell, baptismal bowl and plank house", () => {
    expect(models.map((m) => m.key)).toEqual([
      "rampart-ring",
      "lathed-bell",
      "baptismal-bowl",
      "slavic-house",
    ]);
    for (const model of models) {
      expect(model.fileName).toBe(`${model.key}.glb`);
      expect(model.title.de.length).toBeGreaterThan(3);
      expect(model.title.en.length).toBeGreaterThan(3);
    }
  });

  it("writes GLB files that the Khronos validator accepts without errors or warnings", async () => {
    for (const model of models) {
      const { report, errorLines } = await validateGltf(model.glb, { uri: model.fileName });
      expect(errorLines, model.key).toEqual([]);
      expect(report.issues.numWarnings, model.key).toBe(0);
      expect(report.info?.totalTriangleCount, model.key).toBe(model.triangleCount);
    }
  });

  it("keeps each model at a few thousand triangles with normals and vertex colours", async () => {
    for (const model of models) {
      expect(model.triangleCount, model.key).toBeGreaterThan(1000);
      expect(model.triangleCount, model.key).toBeLessThan(12_000);
      const { primitive } = await readModel(model.key);
      expect(primitive.getAttribute("NORMAL"), model.key).not.toBeNull();
      expect(primitive.getAttribute("COLOR_0"), model.key).not.toBeNull();
    }
  });

  it("marks every model as a demo reconstruction in the glTF asset block", async () => {
    for (const model of models) {
      const { document } = await readModel(model.key);
      const asset = document.getRoot().getAsset();
      expect(asset.copyright).toBe(DEMO_COPYRIGHT);
      expect(asset.extras).toMatchObject({ demoReconstruction: true, key: model.key, units: "metre" });
    }
  });

  it("models the rampart ring at real-world scale: about 220 × 100 m with ramparts up to about 18 m", async () => {
    const { primitive } = await readModel("rampart-ring");
    const positions = primitive.getAttribute("POSITION")?.getArray() ?? new Float32Array();
    let crestMinX = Infinity;
    let crestMaxX = -Infinity;
    let crestMinZ = Infinity;
    let crestMaxZ = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < positions.length; i += 3) {
      const [x, y, z] = [positions[i] ?? 0, positions[i + 1] ?? 0, positions[i + 2] ?? 0];
      maxY = Math.max(maxY, y);
      if (y > 4) {
        crestMinX = Math.min(crestMinX, x);
        crestMaxX = Math.max(crestMaxX, x);
        crestMinZ = Math.min(crestMinZ, z);
        crestMaxZ = Math.max(crestMaxZ, z);
      }
    }
    expect(maxY).toBeGreaterThan(16);
    expect(maxY).toBeLessThan(20);
    expect(crestMaxX - crestMinX).toBeGreaterThan(190);
    expect(crestMaxX - crestMinX).toBeLessThan(230);
    expect(crestMaxZ - crestMinZ).toBeGreaterThan(75);
    expect(crestMaxZ - crestMinZ).toBeLessThan(110);
  });

  it("builds the lathed and boxed models as closed shells whose faces point outwards", async () => {
    for (const key of ["lathed-bell", "baptismal-bowl", "slavic-house"]) {
      const { primitive } = await readModel(key);
      const positions = primitive.getAttribute("POSITION")?.getArray() ?? [];
      const indices = primitive.getIndices()?.getArray() ?? [];
      expect(signedVolume(positions, indices), key).toBeGreaterThan(0);
    }
  });

  it("produces the same bytes on every run, so seeded uploads do not churn", async () => {
    const again = await generateDemoModels();
    for (const [i, model] of again.entries()) {
      expect(Buffer.from(model.glb).equals(Buffer.from(models[i]?.glb ?? new Uint8Array())), model.key).toBe(
        true,
      );
    }
  });
});
