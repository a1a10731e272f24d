// Which source a staff tool reads: the running CMS first, the snapshot when the CMS does not answer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALES } from "../define.ts";
import { SNAPSHOT_FORMAT } from "../snapshot.ts";
import { openContentSource } from "./open-content-source.ts";

let dir = "";
let server: Server | undefined;

afterEach(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  server = undefined;
});

function emptySnapshot(): string {
  dir = mkdtempSync(join(tmpdir(), "open-content-source-"));
  const snapshot = join(dir, "snapshot");
  mkdirSync(join(snapshot, "content"), { recursive: true });
  const manifest = {
    format: SNAPSHOT_FORMAT,
    createdAt: new Date().toISOString(),
    source: "fixture",
    locales: [...LOCALES],
    counts: {},
    media: [],
  };
  writeFileSync(join(snapshot, "manifest.json"), JSON.stringify(manifest));
  return snapshot;
}

/** A CMS that lists nothing, or one that never answers. */
async function cms(answers: boolean): Promise<string> {
  server = createServer((_, response) => {
    if (!answers) return;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ data: [], meta: { pagination: { page: 1, pageCount: 0, total: 0 } } }));
  });
  await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("openContentSource", () => {
  it("reads the CMS when it answers, without a warning", async () => {
    const warnings: string[] = [];
    const url = await cms(true);
    const source = await openContentSource({
      prefer: "cms",
      cms: { url },
      snapshotDir: emptySnapshot(),
      warn: (line) => warnings.push(line),
    });
    expect(source.kind).toBe("cms");
    expect(source.origin).toBe(url);
    expect(warnings).toEqual([]);
  });

  it("falls back to the snapshot with one warning line when the CMS does not answer in time", async () => {
    const warnings: string[] = [];
    const url = await cms(false);
    const snapshotDir = emptySnapshot();
    const source = await openContentSource({
      prefer: "cms",
      cms: { url },
      snapshotDir,
      probeTimeoutMs: 200,
      warn: (line) => warnings.push(line),
    });
    expect(source.kind).toBe("snapshot");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain("\n");
    expect(warnings[0]).toContain(`Reading the content snapshot in ${snapshotDir} instead`);
    expect(warnings[0]).toContain(`the CMS at ${url} could not be read`);
  });

  it("fails naming the CMS and the snapshot it tried when neither is there", async () => {
    dir = mkdtempSync(join(tmpdir(), "open-content-source-"));
    const url = await cms(false);
    await expect(
      openContentSource({
        prefer: "cms",
        cms: { url },
        snapshotDir: join(dir, "missing"),
        probeTimeoutMs: 200,
      }),
    ).rejects.toThrow(
      new RegExp(`the CMS at ${url} could not be read.*there is no content snapshot in ${dir}/missing`),
    );
  });

  it("reads the snapshot first when asked to, and the CMS only without one", async () => {
    const url = await cms(true);
    const snapshot = await openContentSource({
      prefer: "snapshot",
      cms: { url },
      snapshotDir: emptySnapshot(),
    });
    expect(snapshot.kind).toBe("snapshot");
    const fallback = await openContentSource({
      prefer: "snapshot",
      cms: { url },
      snapshotDir: join(dir, "missing"),
    });
    expect(fallback.kind).toBe("cms");
  });
});
