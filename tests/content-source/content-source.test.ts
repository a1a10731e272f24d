// One way to read content, against a real booted CMS with the demo content: the CMS over REST and
// a snapshot written from it read the same; staff tools read the running CMS by default and fall
// back to the snapshot.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ALL_CONTENT_TYPES, LOCALES } from "@showroom/content-types";
import {
  type ContentSource,
  cmsContentSource,
  snapshotContentSource,
  writeSnapshot,
} from "@showroom/content-types/content-source";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

const run = promisify(execFile);
const TOUR = "rundgang-starigard";

let cms: TestStrapi;
let work: string;
let snapshotDir: string;
let tokenFile: string;

beforeAll(async () => {
  cms = await startStrapi({ seed: true });
  work = mkdtempSync(join(tmpdir(), "content-source-test-"));
  tokenFile = join(cms.tempDir, "site-build-token");
  snapshotDir = join(work, "snapshot");
  const source = cmsContentSource({ url: cms.url, token: readFileSync(tokenFile, "utf8").trim() });
  await writeSnapshot(source, { outDir: snapshotDir });
});

afterAll(async () => {
  await cms?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * The entries with every media URL replaced by the sha256 of the file it names: the snapshot
 * points media into its folder, the CMS into /uploads; the bytes must be the same.
 */
async function withMediaByContent(source: ContentSource, value: unknown): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => withMediaByContent(source, item)));
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) out[key] = await withMediaByContent(source, inner);
  if (typeof record.url === "string" && typeof record.mime === "string") {
    out.url = createHash("sha256")
      .update(await source.file(record.url))
      .digest("hex");
  }
  return out;
}

describe("the CMS and a snapshot written from it, as content sources", () => {
  it("give the same entries of every type and locale, media compared by content", async () => {
    const token = readFileSync(tokenFile, "utf8").trim();
    const fromCms = cmsContentSource({ url: cms.url, token });
    const fromSnapshot = snapshotContentSource(snapshotDir);
    let compared = 0;
    for (const type of ALL_CONTENT_TYPES) {
      for (const locale of LOCALES) {
        const read = (source: ContentSource) =>
          type.kind === "singleType" ? source.single(type.name, locale) : source.entries(type.name, locale);
        const [a, b] = await Promise.all([read(fromCms), read(fromSnapshot)]);
        expect(
          await withMediaByContent(fromSnapshot, b),
          `${type.name} (${locale}) read from the snapshot`,
        ).toEqual(await withMediaByContent(fromCms, a));
        if (Array.isArray(a)) compared += a.length;
      }
    }
    expect(compared, "the demo content has entries to compare").toBeGreaterThan(20);
  });

  it("count what they list", async () => {
    const fromCms = cmsContentSource({ url: cms.url, token: readFileSync(tokenFile, "utf8").trim() });
    const fromSnapshot = snapshotContentSource(snapshotDir);
    for (const type of ALL_CONTENT_TYPES.filter((t) => t.kind === "collectionType")) {
      for (const source of [fromCms, fromSnapshot]) {
        expect(await source.count(type.name, "de"), `${type.name} in ${source.description}`).toBe(
          (await source.entries(type.name, "de")).length,
        );
      }
    }
  });
});

describe("npm run signs reads the running CMS, else the snapshot", () => {
  async function signs(env: Record<string, string>, out: string) {
    const base = { ...process.env };
    for (const name of ["STRAPI_URL", "CMS_URL", "PORT", "STRAPI_TOKEN", "SITE_BUILD_TOKEN", "SNAPSHOT_DIR"])
      delete base[name];
    try {
      const { stdout, stderr } = await run(
        "npm",
        [
          "run",
          "--silent",
          "signs",
          "--",
          "--tour",
          TOUR,
          "--out",
          out,
          "--base-url",
          "https://showroom.example",
        ],
        { cwd: repoRoot, env: { ...base, ...env } },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it("makes the sheet from the CMS that npm start runs (its PORT, the token file it wrote), with no snapshot anywhere", async () => {
    const out = join(work, "from-cms.pdf");
    const port = new URL(cms.url).port;
    const result = await signs(
      { PORT: port, SITE_BUILD_TOKEN_FILE: tokenFile, SNAPSHOT_DIR: join(work, "no-snapshot") },
      out,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(from http://localhost:${port})`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("makes the sheet from the CMS named by STRAPI_URL", async () => {
    const out = join(work, "from-strapi-url.pdf");
    const result = await signs(
      { STRAPI_URL: cms.url, SITE_BUILD_TOKEN_FILE: tokenFile, SNAPSHOT_DIR: join(work, "no-snapshot") },
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(from ${cms.url})`);
  });

  it("makes the sheet from the snapshot with a one-line warning when no CMS answers", async () => {
    const out = join(work, "from-snapshot.pdf");
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await signs({ STRAPI_URL: url, SNAPSHOT_DIR: snapshotDir }, out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`(from ${snapshotDir})`);
    const warning = result.stderr.trim();
    expect(warning.split("\n")).toHaveLength(1);
    expect(warning).toContain(`Reading the content snapshot in ${snapshotDir} instead`);
    expect(warning).toContain(`the CMS at ${url} could not be read`);
    expect(existsSync(out)).toBe(true);
  });

  it("fails naming the CMS and the snapshot it tried when there is neither", async () => {
    const out = join(work, "from-nothing.pdf");
    const url = `http://127.0.0.1:${await closedPort()}`;
    const missing = join(work, "no-snapshot");
    const result = await signs({ STRAPI_URL: url, SNAPSHOT_DIR: missing }, out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the CMS at ${url} could not be read`);
    expect(result.stderr).toContain(`there is no content snapshot in ${missing}`);
    expect(existsSync(out)).toBe(false);
  });
});
