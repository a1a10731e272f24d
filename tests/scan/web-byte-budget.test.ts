import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPbrScan } from "@showroom/scripts/dev/fixtures/pbr-scan.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transcoderTransferBytes } from "../../scripts/src/staff/scan/ktx2-decode.ts";
import { prepareScan, type ScanReport } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { photoTexturedScan } from "./support/photo-scan.ts";

const MB = 1024 * 1024;
let work: string;
let file: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "web-byte-budget-"));
  file = join(work, "stone.glb");
  await writeFile(file, await createPbrScan());
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("the web level's byte budget (full level in place within 15 s on slow mobile)", () => {
  it("reduces the largest textures step by step until a 4 MB scan with 2k noisy textures fits 2 MB, and reports which", async () => {
    const input = (await readFile(file)).byteLength;
    expect(input).toBeGreaterThan(3.5 * MB);
    const outDir = join(work, "out");
    const report = await prepareScan(file, { outDir, poster: false });
    const written = (await readFile(join(outDir, report.web.file))).byteLength;
    expect(report.webByteBudget.bytes).toBe(2 * MB);
    expect(written + report.webByteBudget.decoderBytes).toBeLessThanOrEqual(report.webByteBudget.bytes);
    expect(report.webByteBudget.fits).toBe(true);
    expect(report.webByteBudget.reducedTextures.length).toBeGreaterThan(0);
    for (const reduced of report.webByteBudget.reducedTextures) {
      expect([1536, 1024]).toContain(reduced.to);
      expect(reduced.from).toBe(2048);
      const choice = report.web.textures.find((t) => t.texture === reduced.texture);
      expect(Math.max(choice?.width ?? 0, choice?.height ?? 0)).toBe(reduced.to);
    }
    // The fidelity choice per texture still holds on the reduced textures.
    const colour = report.web.textures.find((t) => t.slots.includes("baseColorTexture"));
    expect(colour?.difference?.meanDeltaE).toBeLessThanOrEqual(2);
    const onDisk = JSON.parse(await readFile(join(outDir, "report.json"), "utf8")) as ScanReport;
    expect(onDisk.webByteBudget).toEqual(report.webByteBudget);
  }, 300_000);

  it("leaves textures at full size when the web level already fits its budget", async () => {
    const report = await prepareScan(file, {
      outDir: join(work, "roomy"),
      poster: false,
      webByteBudget: 20 * MB,
    });
    expect(report.webByteBudget.reducedTextures).toEqual([]);
    expect(report.web.textures.every((t) => Math.max(t.width, t.height) === 2048)).toBe(true);
  }, 300_000);

  it("counts the Basis transcoder a visitor downloads for KTX2 textures as part of the full level", async () => {
    const photo = join(work, "photo.glb");
    await writeFile(photo, await photoTexturedScan());
    const roomy = await prepareScan(photo, {
      outDir: join(work, "photo-roomy"),
      poster: false,
      webByteBudget: 20 * MB,
    });
    expect(roomy.web.extensionsUsed).toContain("KHR_texture_basisu");
    const decoderBytes = await transcoderTransferBytes();
    expect(roomy.webByteBudget.decoderBytes).toBe(decoderBytes);
    // The file alone would fit this budget; with the transcoder it does not, so textures step down.
    const budget = roomy.web.bytes + Math.round(decoderBytes / 2);
    const tight = await prepareScan(photo, {
      outDir: join(work, "photo-tight"),
      poster: false,
      webByteBudget: budget,
    });
    expect(tight.webByteBudget.reducedTextures).toEqual([{ texture: "base-colour", from: 2048, to: 1536 }]);
    expect(tight.web.bytes + tight.webByteBudget.decoderBytes).toBeLessThanOrEqual(budget);
    expect(tight.webByteBudget.fits).toBe(true);
  }, 300_000);
});
