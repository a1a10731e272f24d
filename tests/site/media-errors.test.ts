/**
 * Media the site build cannot process (accepted by the CMS in the past, e.g. a text file named
 * .png) stop the build with a message that names content type, entry, locale and field and says
 * what to do, instead of a raw image-pipeline error that names none of them; the publish loop keeps
 * the last good release live and shows staff that message.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SnapshotManifest } from "@showroom/content-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSiteExpectingFailure } from "../../scripts/src/dev/site-build.ts";
import { buildSiteFromSnapshot } from "../../scripts/src/host/publish/build-release.ts";
import { createRebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";

let work = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "showroom-media-errors-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Entry = Record<string, unknown>;

/**
 * A snapshot whose heritage item "find-2" / "fundstueck-2" shows `bytes` as its first image,
 * recorded as `name` with `mime`, exactly as the CMS would have exported it.
 */
async function snapshotWithImage(label: string, name: string, mime: string, bytes: Buffer): Promise<string> {
  const dir = await writeFixtureSnapshot(join(work, label), { items: 2 });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ext = name.slice(name.lastIndexOf("."));
  const file = `${name.slice(0, -ext.length)}_${sha256.slice(0, 10)}${ext}`;
  writeFileSync(join(dir, "media", file), bytes);
  const manifestFile = join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as SnapshotManifest;
  manifest.media.push({ file, sha256, bytes: bytes.length, mime });
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  for (const locale of ["de", "en"]) {
    const contentFile = join(dir, "content", `heritage-item.${locale}.json`);
    const items = JSON.parse(readFileSync(contentFile, "utf8")) as Entry[];
    const images = (items[1] as Entry).images as Entry[];
    const first = images[0] as Entry;
    first.file = {
      ...(first.file as Entry),
      name,
      hash: file.slice(0, -ext.length),
      ext,
      mime,
      size: bytes.length / 1024,
      url: `media/${file}`,
    };
    writeFileSync(contentFile, JSON.stringify(items));
  }
  return dir;
}

describe("media the site build cannot process", () => {
  it.each([
    [
      "a text file named .png",
      "scan-notes.png",
      "image/png",
      Buffer.from("These are my notes, not a picture.\n"),
    ],
    [
      "an HTML page named .jpg",
      "page.jpg",
      "image/jpeg",
      Buffer.from("<!doctype html><script>alert(1)</script>"),
    ],
    ["a PNG cut off after its signature", "cut.png", "image/png", Buffer.from("\x89PNG\r\n\x1a\n", "latin1")],
    [
      "an SVG with a script named .png",
      "drawing.png",
      "image/png",
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
      ),
    ],
  ])(
    "stop the build naming type, entry, locale and field when an image is %s",
    async (_name, fileName, mime, bytes) => {
      const snapshot = await snapshotWithImage(fileName.replace(/\W/g, "-"), fileName, mime, bytes);
      const output = await buildSiteExpectingFailure(snapshot);
      expect(output).toContain('heritage-item "fundstueck-2" (de), field "images.0.file"');
      expect(output).toContain('heritage-item "find-2" (en), field "images.0.file"');
      expect(output).toContain(fileName);
      expect(output).toMatch(/cannot be (read|decoded) as an image/);
      expect(output).toContain("Replace the file in the CMS");
    },
    240_000,
  );
});

describe("the publish loop when an image cannot be processed", () => {
  it("keeps the last good release live and tells staff which entry and field to fix", async () => {
    const good = await writeFixtureSnapshot(join(work, "loop-good"), { items: 2 });
    const broken = await snapshotWithImage(
      "loop-broken",
      "scan-notes.png",
      "image/png",
      Buffer.from("These are my notes, not a picture.\n"),
    );
    let snapshot = good;
    const worker = createRebuildWorker({
      releasesDir: join(work, "releases"),
      build: (outDir) => buildSiteFromSnapshot(snapshot, outDir),
      debounceMs: 10,
    });
    try {
      worker.trigger("publish everything");
      await worker.idle();
      const live = worker.status().current;
      expect(worker.status().lastError?.error).toBeUndefined();
      expect(live).toBeDefined();

      snapshot = broken;
      worker.trigger("publish heritage-item fundstueck-2");
      await worker.idle();
      const status = worker.status();
      expect(status.current).toBe(live);
      expect(existsSync(join(worker.currentLink, "objekte", "fundstueck-2", "index.html"))).toBe(true);
      // What the staff status page shows: the entry, locale and field, and what to do.
      expect(status.lastError?.error).toContain('heritage-item "fundstueck-2" (de), field "images.0.file"');
      expect(status.lastError?.error).toContain("scan-notes.png");
      expect(status.lastError?.error).toContain("Replace the file in the CMS");
    } finally {
      await worker.close();
    }
  }, 300_000);
});
