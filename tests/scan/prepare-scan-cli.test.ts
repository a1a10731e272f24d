import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { NodeIO } from "@gltf-transform/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLathedBell } from "../../scripts/src/demo/demo-models/index.ts";
import type { ScanReport } from "../../scripts/src/staff/scan/prepare-scan.ts";
import { repoRoot } from "../support/paths.ts";
import { blocksPng, noisePng, texturedQuad } from "./support/textured-quad.ts";

const run = promisify(execFile);
const cli = join(repoRoot, "scripts", "src", "staff", "scan", "cli.ts");
let work: string;
let bell: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "prepare-scan-cli-"));
  bell = join(work, "bell.glb");
  await writeFile(bell, await new NodeIO().writeBinary(createLathedBell()));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function prepare(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run prepare-scan", () => {
  it("writes derivatives and report.json and reports each step", async () => {
    const out = join(work, "out");
    const { code, stdout, stderr } = await prepare(bell, "--out", out, "--no-poster");
    expect(code).toBe(0);
    expect(stdout).toMatch(/web\s+bell\.web\.glb/);
    expect(stderr).toMatch(/\[2\/8\] Validate \(glTF-Validator\): done/);
    expect(stderr).toMatch(/Render poster \(Chromium\): skipped/);
    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8"));
    expect(report.web.file).toBe("bell.web.glb");
    expect(existsSync(join(out, "bell.thumb.glb"))).toBe(true);
  }, 120_000);

  it("exits non-zero with the problems in plain words for a corrupt file", async () => {
    const broken = join(work, "broken.glb");
    const whole = await readFile(bell);
    await writeFile(broken, whole.subarray(0, 200));
    const out = join(work, "broken-out");
    const { code, stderr } = await prepare(broken, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.glb is damaged or not a valid glTF model/);
    expect(stderr).toMatch(/Nothing was written/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it("gives the refusal in German when asked with --lang de (as the CMS does)", async () => {
    const broken = join(work, "kaputt.glb");
    await writeFile(broken, (await readFile(bell)).subarray(0, 200));
    const { code, stderr } = await prepare(broken, "--out", join(work, "kaputt-out"), "--lang", "de");
    expect(code).toBe(1);
    expect(stderr).toMatch(/kaputt\.glb ist beschädigt oder kein gültiges glTF-Modell/);
    expect(stderr).toMatch(/Die Datei ist beschädigt oder unvollständig: Laden Sie sie erneut hoch/);
    expect(stderr).toMatch(/Es wurde nichts in den Ausgabeordner geschrieben/);
  }, 120_000);

  it("prints only the report on stdout with --json, also when it encodes KTX2 textures (the encoder's own output stays out)", async () => {
    const quad = join(work, "quad.glb");
    await writeFile(quad, await texturedQuad({ baseColour: await blocksPng() }));
    const out = join(work, "quad-out");
    const { code, stdout, stderr } = await prepare(
      quad,
      "--out",
      out,
      "--no-poster",
      "--json",
      "--textures",
      "ktx2",
    );
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as ScanReport;
    expect(report.web.textures.map((t) => t.encoding)).toEqual(["ktx2-etc1s"]);
    expect(`${stdout}${stderr}`).not.toMatch(/basis_compressor|Total slices|Slice: \d/);
  }, 120_000);

  it("takes the full level's download budget from --web-byte-budget-mb and steps textures down until it fits", async () => {
    const noisy = join(work, "noisy.glb");
    // A data texture (no colour check), 2048 px of noise: about 1.9 MB as WebP at full size.
    await writeFile(noisy, await texturedQuad({ normal: await noisePng(2048) }));
    const out = join(work, "noisy-out");
    const args = [noisy, "--out", out, "--no-poster", "--json", "--textures", "webp"];
    const { code, stdout, stderr } = await prepare(...args, "--web-byte-budget-mb", "1");
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as ScanReport;
    expect(report.webByteBudget.bytes).toBe(1024 * 1024);
    expect(report.webByteBudget.fits).toBe(true);
    const [reduced, ...others] = report.webByteBudget.reducedTextures;
    expect(others).toEqual([]);
    expect(reduced).toMatchObject({ texture: "bumps", from: 2048 });
    expect([1536, 1024]).toContain(reduced?.to);
    expect(report.web.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect((await stat(join(out, report.web.file))).size).toBe(report.web.bytes);

    const roomy = await prepare(
      ...args.map((a) => (a === out ? `${out}-roomy` : a)),
      "--web-byte-budget-mb",
      "8",
    );
    const roomyReport = JSON.parse(roomy.stdout) as ScanReport;
    expect(roomyReport.webByteBudget).toEqual({
      bytes: 8 * 1024 * 1024,
      fits: true,
      reducedTextures: [],
      decoderBytes: 0,
    });
  }, 180_000);

  it("refuses a --web-byte-budget-mb that is not a positive number", async () => {
    const { code, stderr } = await prepare(bell, "--out", join(work, "never"), "--web-byte-budget-mb", "-2");
    expect(code).toBe(1);
    expect(stderr).toMatch(/--web-byte-budget-mb.*expected a positive number/);
  });

  it("exits with a usage error when --out is missing", async () => {
    const { code, stderr } = await prepare(bell);
    expect(code).toBe(1);
    expect(stderr).toMatch(/required option '-o, --out <dir>'/);
  });
});
