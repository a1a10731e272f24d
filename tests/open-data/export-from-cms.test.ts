/**
 * `npm run export -- --format iiif|lido` reading the running CMS (its default source), not a
 * snapshot: a real Strapi seeded with the demo content (images, scans, audio). The files validate
 * like the snapshot exports do, and every link points at the site's files below --base-url (the
 * names the site gives its media), never at the CMS.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { iiifCollectionPath } from "@showroom/content-types/url-scheme";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeedContext } from "../../scripts/src/demo/seed/seed-context.ts";
import { seedHeritageItems } from "../../scripts/src/demo/seed/steps/heritage-items.ts";
import { seedPlaces } from "../../scripts/src/demo/seed/steps/places.ts";
import { seedScans } from "../../scripts/src/demo/seed/steps/scans.ts";
import { seedSitePages } from "../../scripts/src/demo/seed/steps/site-pages.ts";
import { seedTourStops } from "../../scripts/src/demo/seed/steps/tour-stops.ts";
import { seedTours } from "../../scripts/src/demo/seed/steps/tours.ts";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { collectionProblems, manifestProblems } from "./iiif-checks.ts";
import { lidoValidationSkipReason, validateLido } from "./lido-xmllint.ts";

const run = promisify(execFile);
const BASE = "https://showroom.example";
const SITE_MEDIA = /^https:\/\/showroom\.example\/media\/[0-9a-f]{64}\.[a-z0-9]+$/;
const skipReason = lidoValidationSkipReason();

let cms: TestStrapi;
let work: string;
type Result = { code: number; stdout: string; stderr: string };
let iiif: Result;
let lido: Result;

/** The CLI as staff run it: no --snapshot, the CMS named by STRAPI_URL with its read-only key. */
async function runExport(format: string): Promise<Result> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    STRAPI_URL: cms.url,
    STRAPI_TOKEN: readFileSync(join(cms.tempDir, "site-build-token"), "utf8").trim(),
    // A fallback would hide a CMS that does not answer: point it at nothing.
    SNAPSHOT_DIR: join(work, "no-snapshot"),
    PUBLIC_SITE_URL: BASE,
  };
  try {
    const out = join(work, format);
    const { stdout, stderr } = await run(
      process.execPath,
      [join(repoRoot, "scripts", "src", "staff", "export", "cli.ts"), "--format", format, "--out", out],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as Result;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "export-from-cms-"));
  // The demo scans bring their own posters: no browser needed for generated ones.
  cms = await startStrapi({ env: { SCAN_POSTER: "false" } });
  // The demo content the exports read (the chime instead of spoken guides: audio files all the
  // same); panoramas and event streams are no open data and would only cost time.
  const seed = createSeedContext(cms.strapi, { speechSynthesizer: false, log: () => {} });
  for (const step of [seedPlaces, seedScans, seedHeritageItems, seedTours, seedTourStops, seedSitePages]) {
    await step(seed);
  }
  // One after the other: the CMS runs in this process and answers both.
  iiif = await runExport("iiif");
  lido = await runExport("lido");
}, 300_000);

afterAll(async () => {
  await cms?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

/** Every string value of the document at a key named like one of `keys`. */
function valuesAt(document: unknown, keys: string[], found: string[] = []): string[] {
  if (Array.isArray(document)) for (const inner of document) valuesAt(inner, keys, found);
  else if (typeof document === "object" && document !== null) {
    for (const [key, value] of Object.entries(document)) {
      if (keys.includes(key) && typeof value === "string") found.push(value);
      else valuesAt(value, keys, found);
    }
  }
  return found;
}

describe("npm run export reading the CMS", () => {
  it("writes IIIF manifests and collections of the demo items that validate, and says it read the CMS", () => {
    expect(iiif.stderr).toBe("");
    expect(iiif.code).toBe(0);
    expect(iiif.stdout).toContain(`(from the CMS at ${cms.url})`);
    const dir = join(work, "iiif", "iiif");
    const slugs = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "manifest.json")))
      .map((entry) => entry.name);
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(iiif.stdout).toMatch(new RegExp(`^${slugs.length} IIIF manifests and \\d+ collections`));
    const problems = slugs.flatMap((slug) =>
      manifestProblems(readJson(join(dir, slug, "manifest.json")), BASE),
    );
    problems.push(...collectionProblems(readJson(join(work, "iiif", iiifCollectionPath())), BASE));
    expect(problems).toEqual([]);
  });

  it("names every IIIF image and model as the site does, and writes the images", () => {
    const dir = join(work, "iiif", "iiif");
    const ids = readdirSync(dir)
      .filter((slug) => existsSync(join(dir, slug, "manifest.json")))
      .flatMap((slug) => valuesAt(readJson(join(dir, slug, "manifest.json")), ["id"]));
    expect(ids.filter((id) => !id.startsWith(`${BASE}/`))).toEqual([]);
    const media = ids.filter((id) => id.startsWith(`${BASE}/media/`));
    expect(media.filter((id) => !SITE_MEDIA.test(id))).toEqual([]);
    expect(media.some((id) => id.endsWith(".glb"))).toBe(true);
    const images = media.filter((id) => /\.(jpe?g|png|webp)$/.test(id));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((id) => !existsSync(join(work, "iiif", id.slice(BASE.length))))).toEqual([]);
  });

  it("writes one LIDO file per item and the wrap, and says it read the CMS", () => {
    expect(lido.stderr).toBe("");
    expect(lido.code).toBe(0);
    expect(lido.stdout).toContain(`(from the CMS at ${cms.url})`);
    const files = readdirSync(join(work, "lido", "lido"));
    expect(files).toContain("alle.xml");
    expect(files.length).toBeGreaterThanOrEqual(5 + 1);
    expect(lido.stdout).toMatch(new RegExp(`^${files.length - 1} LIDO records in .*alle\\.xml`));
  });

  it.skipIf(skipReason)("gives valid LIDO 1.1 for every item and the wrap (0 xmllint errors)", async () => {
    const files = readdirSync(join(work, "lido", "lido")).map((file) => join(work, "lido", "lido", file));
    const { valid, errors } = await validateLido(files);
    expect(errors).toBe("");
    expect(valid.sort()).toEqual(files.sort());
  });

  it("links in LIDO the same site files as the IIIF manifests, never the CMS's uploads", () => {
    const wrap = readFileSync(join(work, "lido", "lido", "alle.xml"), "utf8");
    const links = [...wrap.matchAll(/<lido:linkResource[^>]*>([^<]+)</g)].map((match) => match[1] as string);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => !SITE_MEDIA.test(link))).toEqual([]);
    expect(wrap).not.toContain(cms.url);
    expect(wrap).toMatch(
      /lido:formatResource="model\/gltf-binary">https:\/\/showroom\.example\/media\/[0-9a-f]{64}\.glb</,
    );
    const iiifModels = new Set(
      readdirSync(join(work, "iiif", "iiif"))
        .filter((slug) => existsSync(join(work, "iiif", "iiif", slug, "manifest.json")))
        .flatMap((slug) => valuesAt(readJson(join(work, "iiif", "iiif", slug, "manifest.json")), ["id"]))
        .filter((id) => id.endsWith(".glb")),
    );
    const lidoModels = links.filter((link) => link.endsWith(".glb"));
    expect(lidoModels.filter((link) => !iiifModels.has(link))).toEqual([]);
  });
});
