/**
 * `npm run export -- --format iiif --out <dir>` over the demo content snapshot: the manifests and
 * collections the site publishes, valid IIIF Presentation 3 with every id under --base-url, plus
 * the painted images and their level-0 tiles, so the folder can be served as it is.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { iiifCollectionPath } from "@showroom/content-types/url-scheme";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDemoSnapshot } from "../../scripts/src/dev/fixtures/demo-snapshot.ts";
import { repoRoot } from "../support/paths.ts";
import { collectionProblems, manifestProblems } from "./iiif-checks.ts";

const BASE = "https://showroom.example";
const work = mkdtempSync(join(tmpdir(), "iiif-export-"));
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

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

describe("IIIF export of the demo content", () => {
  const outDir = join(work, "demo");
  let result: ReturnType<typeof runExport>;
  beforeAll(async () => {
    const snapshot = await ensureDemoSnapshot();
    result = runExport(["--format", "iiif", "--out", outDir, "--base-url", BASE, "--snapshot", snapshot]);
  }, 600_000);

  it("writes manifests and collections that validate, and says how many", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const slugs = readdirSync(join(outDir, "iiif"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(outDir, "iiif", entry.name, "manifest.json")))
      .map((entry) => entry.name);
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(result.stdout).toMatch(new RegExp(`^${slugs.length} IIIF manifests and \\d+ collections`));
    const problems = slugs.flatMap((slug) =>
      manifestProblems(readJson(join(outDir, "iiif", slug, "manifest.json")), BASE),
    );
    problems.push(...collectionProblems(readJson(join(outDir, iiifCollectionPath())), BASE));
    expect(problems).toEqual([]);
  });

  it("writes each painted image and its info.json with the public service id", () => {
    const all = readJson(join(outDir, iiifCollectionPath()));
    const first = (all.items as Json[]).find((entry) => entry.type === "Manifest") as Json;
    const manifest = readJson(join(outDir, String(first.id).slice(BASE.length)));
    const canvas = (manifest.items as Json[])[0] as Json;
    const body = (((canvas.items as Json[])[0] as Json).items as Json[])[0]?.body as Json;
    const service = (body.service as Json[])[0] as Json;
    expect(existsSync(join(outDir, String(body.id).slice(BASE.length)))).toBe(true);
    const info = readJson(join(outDir, String(service.id).slice(BASE.length), "info.json"));
    expect(info).toMatchObject({
      id: service.id,
      type: "ImageService3",
      profile: "level0",
      width: body.width,
      height: body.height,
    });
  });

  it("refuses to run without a site address, saying how to give one", () => {
    const refused = runExport(["--format", "iiif", "--out", join(work, "none"), "--snapshot", work]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/--base-url/);
  });
});
