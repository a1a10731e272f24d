import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIO } from "../../scripts/src/staff/scan/create-io.ts";
import { prepareScan } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { ScanError } from "../../scripts/src/staff/scan/scan-error.ts";
import { specGlossQuad } from "./support/spec-gloss.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "legacy-materials-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("legacy materials in prepare-scan", () => {
  it("converts a spec-gloss material without fallback to metal/rough, keeps its texture and says so in the report", async () => {
    const file = join(work, "spec-gloss.glb");
    await writeFile(file, await (await createIO()).writeBinary(await specGlossQuad()));
    const outDir = join(work, "out");
    const report = await prepareScan(file, { outDir, poster: false });
    expect(report.notices.map((n) => n.code)).toContain("LEGACY_MATERIAL_CONVERTED");
    expect(report.notices.find((n) => n.code === "LEGACY_MATERIAL_CONVERTED")?.de).toMatch(/„?“?old-paint/);
    for (const level of [report.web, report.thumb]) {
      expect(level.extensionsUsed).not.toContain("KHR_materials_pbrSpecularGlossiness");
      const doc = await (await createIO()).readBinary(
        new Uint8Array(await readFile(join(outDir, level.file))),
      );
      const material = doc.getRoot().listMaterials()[0];
      expect(
        material?.getBaseColorTexture(),
        `${level.file} keeps the diffuse texture as base colour`,
      ).not.toBeNull();
    }
  });

  it("refuses a model that requires an unknown extension, naming it", async () => {
    const json = {
      asset: { version: "2.0" },
      extensionsUsed: ["VENDOR_magic_surface"],
      extensionsRequired: ["VENDOR_magic_surface"],
      scenes: [{ nodes: [] }],
    };
    const file = join(work, "vendor.gltf");
    await writeFile(file, JSON.stringify(json));
    const error = await prepareScan(file, { outDir: join(work, "vendor-out"), poster: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).code).toBe("UNSUPPORTED_EXTENSION");
    expect((error as ScanError).message).toMatch(/requires the glTF extension\(s\) VENDOR_magic_surface/);
    expect((error as ScanError).german.message).toMatch(
      /setzt die glTF-Erweiterung\(en\) VENDOR_magic_surface voraus/,
    );
  });
});
