import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoModels } from "../../scripts/src/demo/demo-models/index.ts";
import { launchChromium } from "../../scripts/src/staff/scan/launch-chromium.ts";
import { prepareScan, type ScanReport } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { renderPoster } from "../../scripts/src/staff/scan/render-poster.ts";
import { ScanError, type ScanErrorCode } from "../../scripts/src/staff/scan/scan-error.ts";
import { validateGltf } from "../../scripts/src/staff/scan/validate-gltf.ts";
import { sharedFixtures, sharedFixturesOrSkipReason } from "../support/paths.ts";

const skipFixtures = sharedFixturesOrSkipReason();

/** Every positive shared fixture (table-driven: file → what it exercises). */
const POSITIVE: ReadonlyArray<[string, string]> = [
  ["AnimatedMorphCube/AnimatedMorphCube.gltf", "morph targets and animation"],
  ["BoxVertexColors/BoxVertexColors.glb", "vertex colours in a GLB"],
  ["SimpleSparseAccessor/SimpleSparseAccessor.gltf", "sparse accessors"],
  ["Box-Draco/Box_Draco.glb", "Draco input"],
  ["BoxMeshopt/BoxMeshopt.glb", "meshopt input"],
  ["TextureTransformTest/TextureTransformTest.gltf", "KHR_texture_transform"],
  ["MultiUVTest/MultiUVTest.gltf", "two UV sets"],
  ["UnlitTest/UnlitTest.gltf", "KHR_materials_unlit"],
  ["VertexColorTest/VertexColorTest.gltf", "vertex colour edge cases"],
  ["CesiumMilkTruck/CesiumMilkTruck.gltf", "textures and node animation"],
  ["pmndrs-assets/suzi.glb", "plain mesh, Draco"],
];

/** Every negative shared fixture with the error code the scan tool must give. */
const NEGATIVE: ReadonlyArray<[string, ScanErrorCode]> = [
  ["negative/TestNoRootNode/SceneWithoutNodes.gltf", "EMPTY_SCENE"],
  ["negative/TestNoRootNode/NoScene.gltf", "INVALID_GLTF"],
  ["negative/IndexOutOfRange/IndexOutOfRange.gltf", "INVALID_GLTF"],
  ["negative/IndexOutOfRange/AllIndicesOutOfRange.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badNumber.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badExtension.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badObject.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badUint.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badArray.gltf", "INVALID_GLTF"],
  ["negative/wrongTypes/badString.gltf", "INVALID_GLTF"],
  ["negative/MissingBin/BoxTextured.gltf", "SIDE_FILE_MISSING"],
  ["negative/wrongTypes/CesiumLogoFlat.png", "NOT_GLTF"],
];

let work: string;
let demoDir: string;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "prepare-scan-test-"));
  demoDir = join(work, "demo");
  await mkdir(demoDir);
  for (const model of await generateDemoModels()) await writeFile(join(demoDir, model.fileName), model.glb);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function expectValidDerivatives(input: string, outDir: string, report: ScanReport): Promise<void> {
  for (const level of [report.web, report.thumb]) {
    const glb = new Uint8Array(await readFile(join(outDir, level.file)));
    expect(glb.byteLength).toBe(level.bytes);
    const { errorLines, report: validation } = await validateGltf(glb, { uri: level.file });
    expect(errorLines, `${input} → ${level.file}`).toEqual([]);
    expect(validation.info?.totalTriangleCount).toBe(level.triangleCount);
  }
  expect(report.web.bytes, `${input}: web level must not grow`).toBeLessThanOrEqual(report.input.bytes);
  expect(report.thumb.bytes).toBeLessThanOrEqual(report.web.bytes);
  expect(report.thumb.triangleCount).toBeLessThanOrEqual(report.web.triangleCount);
  const written = JSON.parse(await readFile(join(outDir, "report.json"), "utf8")) as ScanReport;
  expect(written.input.sha256).toBe(report.input.sha256);
  expect(written.boundingBox).not.toBeNull();
}

describe.skipIf(skipFixtures)("prepare-scan on the shared glTF fixtures", () => {
  it.each(POSITIVE)("makes valid, no larger web and thumb levels of %s (%s)", async (name) => {
    const input = join(sharedFixtures, name);
    const before = sha256(await readFile(input));
    const outDir = join(work, "positive", name.replaceAll("/", "_"));
    const report = await prepareScan(input, { outDir, poster: false });
    await expectValidDerivatives(name, outDir, report);
    expect(report.input.triangleCount).toBeGreaterThan(0);
    expect(sha256(await readFile(input)), "the input file must stay unchanged").toBe(before);
  });

  it.each(NEGATIVE)("refuses %s with a clear %s error and writes nothing", async (name, code) => {
    const outDir = join(work, "negative", name.replaceAll("/", "_"));
    const error = await prepareScan(join(sharedFixtures, name), { outDir, poster: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).code).toBe(code);
    // The message names the file and says what to do, in words rather than stack traces.
    expect((error as ScanError).message).toContain(name.split("/").pop());
    expect((error as ScanError).message).toMatch(/\. [A-Z]|Upload|Export|Check/);
    if (code === "INVALID_GLTF") expect((error as ScanError).details.length).toBeGreaterThan(0);
    expect(existsSync(outDir), "no output folder on failure").toBe(false);
  });

  it("says a missing .bin was not found, naming it", async () => {
    const error = (await prepareScan(join(sharedFixtures, "negative/MissingBin/BoxTextured.gltf"), {
      outDir: join(work, "missing-bin"),
      poster: false,
    }).catch((e: unknown) => e)) as ScanError;
    expect(error.code).toBe("SIDE_FILE_MISSING");
    expect(error.message).toMatch(/data file “BoxTextured0\.bin” was not found next to it/);
  });

  it("shrinks the textured CesiumMilkTruck to at most a third with WebP textures and meshopt geometry", async () => {
    const outDir = join(work, "truck");
    const report = await prepareScan(join(sharedFixtures, "CesiumMilkTruck/CesiumMilkTruck.gltf"), {
      outDir,
      poster: false,
    });
    expect(report.web.bytes).toBeLessThan(report.input.bytes / 3);
    // Every texture's encoding and its measured colour difference are in the report.
    expect(report.web.textures.length).toBeGreaterThan(0);
    for (const texture of report.web.textures) {
      expect(texture.encoding).toMatch(/^webp-(q85|q95-sharp|lossless)$/);
      if (texture.slots.includes("baseColorTexture"))
        expect(texture.difference?.meanDeltaE).toBeLessThanOrEqual(2);
    }
    expect(report.web.extensionsUsed).toEqual(
      expect.arrayContaining(["EXT_meshopt_compression", "EXT_texture_webp", "KHR_mesh_quantization"]),
    );
  });

  it("writes Draco geometry when asked", async () => {
    const outDir = join(work, "truck-draco");
    const report = await prepareScan(join(sharedFixtures, "CesiumMilkTruck/CesiumMilkTruck.gltf"), {
      outDir,
      poster: false,
      geometry: "draco",
    });
    expect(report.web.extensionsUsed).toContain("KHR_draco_mesh_compression");
    expect(report.web.extensionsUsed).not.toContain("EXT_meshopt_compression");
    await expectValidDerivatives("truck (draco)", outDir, report);
  });

  it("limits texture size on the thumb level", async () => {
    const outDir = join(work, "truck-small-textures");
    const report = await prepareScan(join(sharedFixtures, "CesiumMilkTruck/CesiumMilkTruck.gltf"), {
      outDir,
      poster: false,
      thumbTextureSize: 64,
    });
    const { report: validation } = await validateGltf(
      new Uint8Array(await readFile(join(outDir, report.thumb.file))),
      {
        uri: report.thumb.file,
      },
    );
    const images = (validation.info?.resources ?? []).filter((r) => r.mimeType === "image/webp");
    expect(images.length).toBeGreaterThan(0);
    expect(report.thumb.bytes).toBeLessThan(report.web.bytes);
  });
});

describe("prepare-scan on the generated demo models", () => {
  it("makes valid derivatives of every demo model, smaller than the input", async () => {
    for (const file of await readdir(demoDir)) {
      const outDir = join(work, "demo-out", file);
      const report = await prepareScan(join(demoDir, file), { outDir, poster: false });
      await expectValidDerivatives(file, outDir, report);
      expect(report.web.bytes, file).toBeLessThan(report.input.bytes / 2);
      expect(report.scale.sizeInMetres).not.toBeNull();
    }
  });

  it("simplifies to the thumb triangle budget", async () => {
    const outDir = join(work, "bell-thumb");
    const report = await prepareScan(join(demoDir, "lathed-bell.glb"), {
      outDir,
      poster: false,
      thumbTriangleBudget: 2000,
    });
    expect(report.thumb.triangleCount).toBeLessThanOrEqual(2000 * 1.1);
    expect(report.thumb.triangleCount).toBeGreaterThan(200);
    expect(report.web.triangleCount).toBe(report.input.triangleCount);
  });

  it("simplifies the full level when a triangle budget is set", async () => {
    const report = await prepareScan(join(demoDir, "rampart-ring.glb"), {
      outDir: join(work, "ring-budget"),
      poster: false,
      triangleBudget: 3000,
    });
    expect(report.web.triangleCount).toBeLessThan(report.input.triangleCount);
    expect(report.web.triangleCount).toBeLessThanOrEqual(3300);
  });

  it("reports the bounding box in metres and flags a web file over the size budget", async () => {
    const report = await prepareScan(join(demoDir, "rampart-ring.glb"), {
      outDir: join(work, "ring-budget-warning"),
      poster: false,
      sizeBudgetBytes: 1000,
    });
    expect(report.sizeBudget).toEqual({ bytes: 1000, exceeded: true });
    expect(report.warnings[0]).toMatch(/over the budget/);
    const [x, , z] = report.scale.sizeInMetres ?? [0, 0, 0];
    expect(x).toBeGreaterThan(220);
    expect(z).toBeGreaterThan(100);
  });

  it("renders a poster of the web level in headless Chromium", async () => {
    const outDir = join(work, "house-poster");
    const report = await prepareScan(join(demoDir, "slavic-house.glb"), {
      outDir,
      posterOptions: { browser, width: 480, height: 360 },
    });
    expect(report.poster).toMatchObject({ file: "slavic-house.poster.webp", width: 480, height: 360 });
    const bytes = await readFile(join(outDir, "slavic-house.poster.webp"));
    expect(bytes.subarray(8, 12).toString("latin1")).toBe("WEBP");
  });

  it("refuses oversized input before reading it", async () => {
    const error = (await prepareScan(join(demoDir, "rampart-ring.glb"), {
      outDir: join(work, "too-large"),
      maxInputBytes: 10_000,
    }).catch((e: unknown) => e)) as ScanError;
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/more than the limit/);
    expect(existsSync(join(work, "too-large"))).toBe(false);
  });

  it("refuses a truncated GLB as corrupt", async () => {
    const whole = await readFile(join(demoDir, "lathed-bell.glb"));
    const truncated = join(work, "truncated.glb");
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.byteLength / 2)));
    const error = (await prepareScan(truncated, { outDir: join(work, "truncated-out"), poster: false }).catch(
      (e: unknown) => e,
    )) as ScanError;
    expect(error.code).toBe("INVALID_GLTF");
    expect(error.details.length).toBeGreaterThan(0);
    expect(existsSync(join(work, "truncated-out"))).toBe(false);
  });

  it("says what a non-glTF file is and that nothing was found", async () => {
    const obj = join(work, "scan.obj");
    await writeFile(obj, "# exported\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    const error = (await prepareScan(obj, { outDir: join(work, "obj-out") }).catch(
      (e: unknown) => e,
    )) as ScanError;
    expect(error.code).toBe("NOT_GLTF");
    expect(error.message).toMatch(/OBJ/);
    const missing = (await prepareScan(join(work, "nope.glb"), { outDir: join(work, "x") }).catch(
      (e: unknown) => e,
    )) as ScanError;
    expect(missing.code).toBe("NOT_FOUND");
  });
});

describe("derivatives in the browser", () => {
  it("loads every web level in Chromium with three's GLTFLoader and self-hosted decoders", async () => {
    const inputs = (await readdir(demoDir)).map((f) => join(demoDir, f));
    if (!skipFixtures) inputs.push(...POSITIVE.map(([name]) => join(sharedFixtures, name)));
    for (const input of inputs) {
      const outDir = join(work, "browser", input.replaceAll("/", "_"));
      const report = await prepareScan(input, { outDir, poster: false });
      const poster = await renderPoster(new Uint8Array(await readFile(join(outDir, report.web.file))), {
        browser,
        width: 320,
        height: 240,
        format: "png",
      });
      expect(poster.rendered.meshes, input).toBeGreaterThan(0);
      expect(poster.rendered.triangles, input).toBeGreaterThan(0);
      expect(poster.consoleErrors, input).toEqual([]);
    }
  }, 480_000);
});
