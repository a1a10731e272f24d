/** Where the site's content comes from: validation errors stop the build; a stopped CMS falls back to the snapshot. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureFixtureSnapshot } from "../../scripts/src/dev/fixtures/fixture-snapshot.ts";
import { buildSite, buildSiteExpectingFailure } from "../../scripts/src/dev/site-build.ts";

let work = "";
let fixture = "";

beforeAll(async () => {
  fixture = await ensureFixtureSnapshot();
  work = mkdtempSync(join(tmpdir(), "showroom-content-source-"));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A port nothing listens on: the CMS is "stopped". */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe("the site's content source", () => {
  it("fails the build on an invalid entry, naming type, entry, locale and field", async () => {
    const snapshot = join(work, "invalid");
    cpSync(fixture, snapshot, { recursive: true });
    const file = join(snapshot, "content", "heritage-item.en.json");
    const items = JSON.parse(readFileSync(file, "utf8"));
    items[1].images[0].alt = "";
    items[1].datingTo = items[1].datingFrom - 10;
    writeFileSync(file, JSON.stringify(items));
    const output = await buildSiteExpectingFailure(snapshot);
    expect(output).toContain('heritage-item "find-2" (en): field "images.0.alt"');
    expect(output).toContain('heritage-item "find-2" (en): field "datingTo"');
  }, 180_000);

  it("builds from the last snapshot with a warning when the CMS does not answer", async () => {
    const snapshot = join(work, "last");
    cpSync(fixture, snapshot, { recursive: true });
    const strapiUrl = `http://127.0.0.1:${await closedPort()}`;
    const result = await buildSite({
      snapshotDir: snapshot,
      outDir: join(work, "dist-cms-down"),
      env: { STRAPI_URL: strapiUrl },
    });
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /could not be read[\s\S]*Building from the last snapshot/,
    );
    expect(existsSync(join(result.outDir, "objekte", "fundstueck-1", "index.html"))).toBe(true);
    expect(
      existsSync(join(result.outDir, "en", "tours", "around-the-rampart", "at-the-entrance", "index.html")),
    ).toBe(true);
    // The last snapshot is kept as it was.
    expect(existsSync(join(snapshot, "manifest.json"))).toBe(true);
  }, 180_000);
});
