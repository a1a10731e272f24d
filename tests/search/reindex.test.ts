/**
 * `npm run search:reindex` against the recorder (or a real Meilisearch with MEILISEARCH_TEST_HOST):
 * from a content snapshot, from the CMS REST API with a read-only token, and as a CLI.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { cmsContentSource, snapshotContentSource } from "@showroom/content-types/content-source";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { reindex } from "../../scripts/src/staff/search/reindex.ts";
import { repoRoot } from "../support/paths.ts";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";
import { type MeilisearchUnderTest, meilisearchUnderTest } from "./support/meilisearch-under-test.ts";

const run = promisify(execFile);
let meili: MeilisearchUnderTest;
let snapshotDir: string;

beforeAll(async () => {
  meili = await meilisearchUnderTest();
  snapshotDir = await writeFixtureSnapshot(mkdtempSync(join(tmpdir(), "search-snap-")), { items: 6 });
}, 120_000);

afterAll(async () => {
  await meili?.close();
  if (snapshotDir) rmSync(snapshotDir, { recursive: true, force: true });
});

describe("search reindex", () => {
  it("indexes every published entry of the snapshot in both languages, with settings", async () => {
    const progress: number[] = [];
    const result = await reindex({
      source: snapshotContentSource(snapshotDir),
      env: meili.env,
      batchSize: 4,
      onProgress: (done) => progress.push(done),
    });
    const de = await meili.allDocuments("de");
    const en = await meili.allDocuments("en");
    expect(result.indexed.de).toBe(de.length);
    expect(result.indexed.en).toBe(en.length);
    expect(new Set(de.map((doc) => doc.type))).toEqual(new Set(["item", "place", "tour", "stop", "event"]));
    expect(de.filter((doc) => doc.type === "item")).toHaveLength(6);
    expect(de.every((doc) => doc.locale === "de" && !String(doc.url).startsWith("/en/"))).toBe(true);
    expect(en.every((doc) => doc.locale === "en" && String(doc.url).startsWith("/en/"))).toBe(true);
    expect(de.find((doc) => doc.type === "stop")?.url).toMatch(/^\/touren\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
    expect(de.some((doc) => doc.has3d === true)).toBe(true);
    expect((await meili.settings("en")).stopWords).toEqual(expect.arrayContaining(["the"]));
    // The progress callback counts up to the total.
    expect(progress.at(-1)).toBe(progress.toSorted((a, b) => a - b).at(-1));
    expect(progress.length).toBeGreaterThan(2);
    if (meili.recorder) {
      const batches = meili.recorder.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith("/documents"),
      );
      expect(batches.every((r) => (r.body as unknown[]).length <= 4)).toBe(true);
    }
  });

  it("removes documents that are no longer published on the next reindex", async () => {
    const before = await meili.allDocuments("de");
    const stale = { ...before[0], id: "item-gone-de", documentId: "gone", title: "Nicht mehr da" };
    await fetch(`${meili.host}/indexes/${meili.prefix}-de/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${meili.adminKey}`, "content-type": "application/json" },
      body: JSON.stringify([stale]),
    });
    expect(await meili.getDocument("de", "item-gone-de")).toBeDefined();
    const result = await reindex({ source: snapshotContentSource(snapshotDir), env: meili.env });
    expect(result.removed.de).toBe(1);
    expect(await meili.getDocument("de", "item-gone-de")).toBeUndefined();
    expect(await meili.allDocuments("de")).toHaveLength(before.length);
  });

  it("explains what to set when Meilisearch is not configured", async () => {
    await expect(reindex({ source: snapshotContentSource(snapshotDir), env: {} })).rejects.toThrow(
      /MEILISEARCH_HOST is not set/,
    );
  });

  it("runs as npm run search:reindex and prints a summary", async () => {
    const { stdout } = await run(
      "npm",
      ["run", "--silent", "search:reindex", "--", "--snapshot", snapshotDir],
      {
        cwd: repoRoot,
        env: { ...process.env, ...meili.env, STRAPI_URL: "" },
      },
    );
    expect(stdout).toMatch(/Indexed de: \d+, en: \d+ into .*-de, .*-en/);
  });

  describe("from a running CMS", () => {
    let cms: TestStrapi;
    beforeAll(async () => {
      // The CMS itself has no MEILISEARCH_HOST here: only the reindex writes.
      cms = await startStrapi();
      const places = cms.strapi.documents("api::place.place");
      const data = (name: string, slug: string) =>
        ({
          name,
          slug,
          kind: "church",
          municipality: "malente",
          summary: `${name} in Malente.`,
          geo: { latitude: 54.17, longitude: 10.55 },
        }) as const;
      await places.create({
        locale: "de",
        status: "published",
        data: data("Maria-Magdalenen-Kirche", "maria-magdalenen-kirche"),
      });
      await places.create({
        locale: "de",
        data: data("Unveröffentlichter Entwurfsort", "entwurfsort"),
      });
    }, 600_000);
    afterAll(() => cms?.stop());

    it("reads only published entries through the REST API with a read-only token", async () => {
      const prefix = `${meili.prefix}cms`;
      const token = await cms.apiToken("read-only");
      await reindex({
        source: cmsContentSource({ url: cms.url, token, pageSize: 1 }),
        env: { ...meili.env, MEILISEARCH_INDEX_PREFIX: prefix },
      });
      const response = await fetch(`${meili.host}/indexes/${prefix}-de/documents?limit=100`, {
        headers: { authorization: `Bearer ${meili.adminKey}` },
      });
      const titles = ((await response.json()) as { results: { title: string }[] }).results.map(
        (d) => d.title,
      );
      expect(titles).toEqual(["Maria-Magdalenen-Kirche"]);
      if (meili.recorder)
        expect(meili.recorder.requests.map((r) => r.rawBody).join()).not.toContain("Entwurfsort");
      if (!meili.recorder) {
        for (const locale of ["de", "en"]) {
          await fetch(`${meili.host}/indexes/${prefix}-${locale}`, {
            method: "DELETE",
            headers: { authorization: `Bearer ${meili.adminKey}` },
          });
        }
      }
    });
  });
});
