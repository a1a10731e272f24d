/**
 * The status page of the site server: the public learns whether the site is up to date, nothing
 * more; staff (with the build-hook secret) also read the build error, which names entries, fields,
 * server paths and stack frames.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { type SiteServer, startSiteServer } from "../../scripts/src/host/publish/site-server.ts";

const SECRET = "status-test-secret";
const SERVER_PATH = "/srv/showroom/site/src/lib/content/snapshot-loader.ts";
const BUILD_ERROR = `heritage-item "glocke" (de): field "summary": required\n    at loadSnapshot (${SERVER_PATH}:41:9)`;

let releasesDir: string;
let worker: RebuildWorker;
let site: SiteServer;

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-status-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 1,
    build: async () => {
      throw new Error(BUILD_ERROR);
    },
  });
  worker.trigger("publish heritage-item glockeDocumentId");
  await worker.idle();
  site = await startSiteServer({ worker, hookSecret: SECRET });
});

afterAll(async () => {
  await site?.close();
  await worker?.close();
  rmSync(releasesDir, { recursive: true, force: true });
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${site.url}${path}`, { headers });
  return { status: response.status, text: await response.text() };
};

describe("the status page", () => {
  it("tells the public that the last change failed, without the error, its paths or the entry", async () => {
    for (const path of ["/_status", `/_status?key=wrong-${SECRET}`, "/_status.json"]) {
      const { status, text } = await get(path);
      expect(status, path).toBe(200);
      expect(text, path).not.toContain("/srv/showroom");
      expect(text, path).not.toContain("glocke");
      expect(text, path).not.toContain("snapshot-loader");
    }
    expect((await get("/_status")).text).toContain("konnte nicht veröffentlicht werden");
    const json = JSON.parse((await get("/_status.json")).text);
    expect(json.lastError).toBeDefined();
    expect(json.lastError.error).toBe("");
    expect(json.lastError.reasons).toEqual([]);
  });

  it("shows staff the build error with the entry, field and server path", async () => {
    const page = await get(`/_status?key=${SECRET}`);
    expect(page.text).toContain("field &quot;summary&quot;: required");
    expect(page.text).toContain(SERVER_PATH);
    expect(page.text).toContain("glockeDocumentId");
    const json = JSON.parse((await get("/_status.json", { "x-build-hook-secret": SECRET })).text);
    expect(json.lastError.error).toBe(BUILD_ERROR);
  });
});
