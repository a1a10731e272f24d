/**
 * Every LIDO record the showroom writes is valid LIDO 1.1: the records of the demo content (through
 * `npm run export -- --format lido`, one file per item and the wrap) and 10,000 generated items with
 * missing optional fields, umlauts, `<&>`, control characters and long texts (one wrap, one xmllint
 * run). Validation uses xmllint and the official schema beside the checkout (LIDO_SCHEMA_DIR).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedLidoInputs, TEST_CONTEXT } from "@showroom/content-types/open-data/lido/lido.fixture.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { writeLidoExport } from "../../scripts/src/staff/export/lido-export.ts";
import { repoRoot } from "../support/paths.ts";
import { lidoValidationSkipReason, validateLido } from "./lido-xmllint.ts";

const skipReason = lidoValidationSkipReason();
const work = mkdtempSync(join(tmpdir(), "lido-schema-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runExport(args: string[]) {
  return spawnSync(
    process.execPath,
    [join(repoRoot, "scripts", "src", "staff", "export", "cli.ts"), ...args],
    {
      encoding: "utf8",
      env: { ...process.env, PUBLIC_SITE_URL: "" },
    },
  );
}

describe("LIDO export of the demo content", () => {
  let outDir: string;
  let result: ReturnType<typeof runExport>;
  beforeAll(async () => {
    const snapshot = await ensureDemoSnapshot();
    outDir = join(work, "demo");
    result = runExport([
      "--format",
      "lido",
      "--out",
      outDir,
      "--base-url",
      "https://showroom.example",
      "--snapshot",
      snapshot,
    ]);
  });

  it("writes one file per demo item and the wrap, and says how many records it wrote", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const files = readdirSync(join(outDir, "lido"));
    expect(files).toContain("alle.xml");
    expect(files.length).toBeGreaterThanOrEqual(5 + 1);
    expect(result.stdout).toMatch(new RegExp(`^${files.length - 1} LIDO records in .*alle\\.xml`));
  });

  it.skipIf(skipReason)(
    "gives valid LIDO 1.1 for every demo item and for the wrap (0 xmllint errors)",
    async () => {
      const files = readdirSync(join(outDir, "lido")).map((file) => join(outDir, "lido", file));
      const { valid, errors } = await validateLido(files);
      expect(errors).toBe("");
      expect(valid.sort()).toEqual(files.sort());
    },
  );

  it("fills both languages, the GML position, the licence URIs and the 3D model with its media type", () => {
    const wrap = readFileSync(join(outDir, "lido", "alle.xml"), "utf8");
    const records = wrap.split("<lido:lido ").length - 1;
    expect(wrap.split('<lido:descriptiveMetadata xml:lang="de">').length - 1).toBe(records);
    expect(wrap.split('<lido:descriptiveMetadata xml:lang="en">').length - 1).toBe(records);
    expect(wrap).toMatch(/<gml:pos>54\.29\d* 10\.88\d*<\/gml:pos>/);
    expect(wrap).toContain("https://creativecommons.org/");
    expect(wrap).toMatch(
      /lido:formatResource="model\/gltf-binary">https:\/\/showroom\.example\/media\/[^<]+\.glb</,
    );
    expect(wrap).toContain("<lido:earliestDate>");
  });

  it("refuses an unknown format and a missing site address with a message that says what to do", () => {
    const unknown = runExport(["--format", "marc", "--out", join(work, "x")]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/argument 'marc' is invalid\. Allowed choices are lido/);
    const noUrl = runExport(["--format", "lido", "--out", join(work, "x")]);
    expect(noUrl.status).toBe(1);
    expect(noUrl.stderr).toContain("pass --base-url https://<your site> or set PUBLIC_SITE_URL");
  });
});

describe("LIDO export of 10,000 generated items", () => {
  it.skipIf(skipReason)(
    "is one valid lidoWrap of 10,000 records (0 xmllint errors), whatever the texts contain",
    async () => {
      const inputs = generatedLidoInputs(10_000, 19);
      const { wrapFile, records } = await writeLidoExport(inputs, TEST_CONTEXT, join(work, "generated"), {
        perItem: false,
      });
      expect(records).toBe(10_000);
      const { valid, errors } = await validateLido([wrapFile]);
      expect(errors).toBe("");
      expect(valid).toEqual([wrapFile]);
    },
    180_000,
  );
});
