import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type BuildRelease, createRebuildWorker, type RebuildWorker } from "./rebuild-worker.ts";
import { startSiteServer } from "./site-server.ts";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A build that writes a page with the given text, taking `ms`, and records overlap. */
function pageBuild(text: () => string, ms = 50) {
  const calls: { reasons: string[]; concurrent: number }[] = [];
  let active = 0;
  const build: BuildRelease = async (outDir, { reasons }) => {
    active += 1;
    calls.push({ reasons, concurrent: active });
    try {
      await sleep(ms);
      const body = text();
      if (body === "FAIL") throw new Error('heritage-item "glocke" (de): field "title": required');
      writeFileSync(join(outDir, "index.html"), `<!doctype html><h1>${body}</h1>`);
    } finally {
      active -= 1;
    }
  };
  return { build, calls };
}

describe("rebuild worker", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const setup = (build: BuildRelease, debounceMs = 40): { worker: RebuildWorker; dir: string } => {
    const dir = mkdtempSync(join(tmpdir(), "showroom-releases-"));
    const worker = createRebuildWorker({ releasesDir: dir, build, debounceMs });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanups.push(() => worker.close());
    return { worker, dir };
  };

  it("builds once for a burst of changes within the debounce time", async () => {
    const { build, calls } = pageBuild(() => "v1");
    const { worker } = setup(build);
    for (const n of [1, 2, 3, 4, 5]) worker.trigger(`publish ${n}`);
    await worker.idle();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.reasons).toEqual(["publish 1", "publish 2", "publish 3", "publish 4", "publish 5"]);
    expect(readFileSync(join(worker.currentLink, "index.html"), "utf8")).toContain("v1");
  });

  it("runs one build at a time and coalesces changes made during a build into one next build", async () => {
    const { build, calls } = pageBuild(() => "v", 300);
    const { worker } = setup(build, 20);
    worker.trigger("first");
    await sleep(100); // the first build is running now
    expect(worker.status().state).toBe("building");
    worker.trigger("second");
    await sleep(30);
    worker.trigger("third");
    await worker.idle();
    expect(calls.map((call) => call.reasons)).toEqual([["first"], ["second", "third"]]);
    expect(Math.max(...calls.map((call) => call.concurrent))).toBe(1);
  });

  it("keeps the last good release online and records the error when a build fails", async () => {
    let text = "good";
    const { build } = pageBuild(() => text);
    const { worker, dir } = setup(build);
    worker.trigger("publish good");
    await worker.idle();
    const goodRelease = worker.status().current;
    text = "FAIL";
    worker.trigger("publish broken");
    await worker.idle();
    const status = worker.status();
    expect(status.current).toBe(goodRelease);
    expect(readFileSync(join(worker.currentLink, "index.html"), "utf8")).toContain("good");
    expect(status.lastError?.error).toContain('field "title"');
    expect(status.lastError?.reasons).toEqual(["publish broken"]);
    // The failed release folder is gone; the status file on disk says the same as status().
    expect(
      readdirSync(dir)
        .filter((name) => !name.startsWith("."))
        .sort(),
    ).toEqual([goodRelease, "current", "status.json"].sort());
    expect(JSON.parse(readFileSync(join(dir, "status.json"), "utf8")).lastError.error).toContain("title");
    text = "fixed";
    worker.trigger("publish fixed");
    await worker.idle();
    expect(worker.status().lastError).toBeUndefined();
    expect(readFileSync(join(worker.currentLink, "index.html"), "utf8")).toContain("fixed");
  });

  it("remembers the live release and the last error across a restart", async () => {
    let text = "good";
    const { build } = pageBuild(() => text, 5);
    const { worker, dir } = setup(build, 5);
    worker.trigger("publish good");
    await worker.idle();
    text = "FAIL";
    worker.trigger("publish broken");
    await worker.idle();
    const before = worker.status();
    await worker.close();
    const restarted = createRebuildWorker({ releasesDir: dir, build, debounceMs: 5 });
    cleanups.push(() => restarted.close());
    const after = restarted.status();
    expect(after.current).toBe(before.current);
    expect(after.lastError?.error).toBe(before.lastError?.error);
    expect(after.lastSuccess?.release).toBe(before.lastSuccess?.release);
  });

  it("collects changes while paused and builds once on resume", async () => {
    const { build, calls } = pageBuild(() => "v", 10);
    const { worker } = setup(build, 10);
    worker.pause();
    worker.trigger("seed 1");
    await sleep(50);
    worker.trigger("seed 2");
    await sleep(50);
    expect(calls).toHaveLength(0);
    expect(worker.status().pendingReasons).toEqual(["seed 1", "seed 2"]);
    worker.resume();
    await worker.idle();
    expect(calls.map((call) => call.reasons)).toEqual([["seed 1", "seed 2"]]);
  });

  it("keeps only the newest releases on disk", async () => {
    let n = 0;
    const { build } = pageBuild(() => `v${++n}`, 5);
    const dir = mkdtempSync(join(tmpdir(), "showroom-releases-"));
    const worker = createRebuildWorker({ releasesDir: dir, build, debounceMs: 5, keepReleases: 2 });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanups.push(() => worker.close());
    for (let i = 0; i < 4; i++) {
      worker.trigger(`change ${i}`);
      await worker.idle();
    }
    const releases = readdirSync(dir).filter((name) => !["current", "status.json"].includes(name));
    expect(releases).toHaveLength(2);
    expect(readFileSync(join(worker.currentLink, "index.html"), "utf8")).toContain("v4");
  });
});

describe("site server", () => {
  it("serves the new release after a hook-triggered build and refuses hooks without the secret", async () => {
    let text = "Vorher";
    const { build } = pageBuild(() => text, 10);
    const dir = mkdtempSync(join(tmpdir(), "showroom-releases-"));
    const worker = createRebuildWorker({ releasesDir: dir, build, debounceMs: 10 });
    const server = await startSiteServer({ worker, hookSecret: "s3cret" });
    try {
      expect((await fetch(server.url)).status).toBe(503);
      const hook = (secret?: string) =>
        fetch(`${server.url}/_hooks/build`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(secret ? { "x-build-hook-secret": secret } : {}),
          },
          body: JSON.stringify({ reason: "publish heritage-item" }),
        });
      expect((await hook()).status).toBe(401);
      expect((await hook("wrong!")).status).toBe(401);
      expect(worker.status().builds).toBe(0);
      expect((await hook("s3cret")).status).toBe(202);
      await worker.idle();
      expect(await (await fetch(server.url)).text()).toContain("Vorher");
      text = "Nachher";
      await hook("s3cret");
      await worker.idle();
      expect(await (await fetch(server.url)).text()).toContain("Nachher");
      text = "FAIL";
      await hook("s3cret");
      await worker.idle();
      expect(await (await fetch(server.url)).text()).toContain("Nachher");
      // Staff open the status page with the hook secret as key and read why.
      const statusPage = await (await fetch(`${server.url}/_status?key=s3cret`)).text();
      expect(statusPage).toContain("konnte nicht veröffentlicht werden");
      expect(statusPage).toContain("field &quot;title&quot;: required");
    } finally {
      await server.close();
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
