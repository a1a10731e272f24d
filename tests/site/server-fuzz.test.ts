/**
 * Malformed request paths against the real servers: the site server of `npm start` (with the
 * preview handler mounted, as in the demo) and the static server the browser tests use. Each raw
 * path goes over a plain TCP socket, so no client normalises it. Every answer must be a 4xx (or a
 * page), never a 5xx, and the server must still serve its pages afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { createPreviewHandler } from "../../scripts/src/host/preview/preview-handler.ts";
import { createRebuildWorker, type RebuildWorker } from "../../scripts/src/host/publish/rebuild-worker.ts";
import { type SiteServer, startSiteServer } from "../../scripts/src/host/publish/site-server.ts";

/** Sends one raw request line and returns the status code (0 when the server closed without one). */
function rawStatus(baseUrl: string, rawPath: Buffer): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((done, fail) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () => {
      socket.destroy();
      fail(new Error(`no answer within 5 s for ${JSON.stringify(rawPath.toString("latin1"))}`));
    });
    // write, not end: a half-closed socket may be dropped before the answer is written.
    socket.on("connect", () =>
      socket.write(
        Buffer.concat([
          Buffer.from("GET "),
          rawPath,
          Buffer.from(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        ]),
      ),
    );
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", () => done(0));
    socket.on("close", () => {
      const head = Buffer.concat(chunks).toString("latin1");
      done(Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0));
    });
  });
}

/** Pieces that have broken path handling somewhere: broken escapes, traversal, doubled slashes. */
const HOSTILE_PIECES = [
  "%",
  "%%",
  "%z",
  "%2",
  "%zz",
  "%00",
  "%2e%2e",
  "%2E%2E%2F",
  "..",
  ".",
  "//",
  "\\",
  "%5c",
  "%2f",
  "%c0%af",
  "%e0%a4%a",
  "%ff%fe",
  "%ED%A0%80",
  "?",
  "#",
  ";",
  "~",
  "_preview",
  "_preview/b/0123456789abcdef0123456789abcdef",
  "_status",
  "_hooks/build",
  "embed",
  "en",
  "index.html",
  "%0d%0aSet-Cookie:x=1",
];

const bytes = (text: string) => Buffer.from(text, "latin1");

/** Raw paths: hostile pieces and random bytes (also non-UTF-8 and control bytes), sometimes overlong. */
const rawPaths = fc
  .tuple(
    fc.constantFrom("/", "//", "", "http://evil.example/", "*", "/./", "/../"),
    fc.array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_PIECES).map(bytes),
        fc.uint8Array({ minLength: 1, maxLength: 6 }).map((array) => Buffer.from(array)),
        fc.string({ maxLength: 8 }).map((text) => Buffer.from(text, "utf8")),
      ),
      { maxLength: 8 },
    ),
    fc.constantFrom("", "/"),
    fc.nat({ max: 20 }),
  )
  .map(([start, pieces, end, repeat]) => {
    const joined = Buffer.concat(pieces.flatMap((piece) => [piece, bytes("/")]));
    // One in twenty-one is long: 20 kB breaks the header limit, a few kB the path limit.
    const body = repeat === 20 ? Buffer.concat(Array.from({ length: 400 }, () => joined)) : joined;
    return Buffer.concat([bytes(start), body, bytes(end)]);
  })
  // A space or line break ends the request line: that is a different request, not a path.
  .filter((path) => !path.includes(0x20) && !path.includes(0x0a) && !path.includes(0x0d));

const RUNS = 2500;

let releasesDir: string;
let worker: RebuildWorker;
let site: SiteServer;
let staticRoot: string;
let staticServer: StaticServer;
const logged: string[] = [];

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "showroom-fuzz-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 1,
    build: async (outDir) => {
      writeFileSync(join(outDir, "index.html"), "<!doctype html><title>Start</title><h1>Startseite</h1>");
      writeFileSync(join(outDir, "404.html"), "<!doctype html><title>404</title><h1>Nicht gefunden</h1>");
      mkdirSync(join(outDir, "objekte"));
      writeFileSync(
        join(outDir, "objekte", "index.html"),
        "<!doctype html><title>Objekte</title><h1>Objekte</h1>",
      );
    },
  });
  worker.trigger("start");
  await worker.idle();
  const preview = createPreviewHandler({
    secret: "fuzz-secret",
    cmsUrl: "http://127.0.0.1:9",
    token: "unused",
    baseSnapshotDir: join(releasesDir, ".snapshot"),
    workDir: join(releasesDir, ".previews"),
  });
  site = await startSiteServer({
    worker,
    hookSecret: "hook-secret",
    preview,
    log: (line) => logged.push(line),
  });
  staticRoot = join(releasesDir, "static");
  mkdirSync(join(staticRoot, "objekte"), { recursive: true });
  writeFileSync(join(staticRoot, "index.html"), "<!doctype html><title>Start</title><h1>Startseite</h1>");
  writeFileSync(join(staticRoot, "objekte", "index.html"), "<!doctype html><title>O</title><h1>Objekte</h1>");
  staticServer = await serveStatic(staticRoot);
}, 60_000);

afterAll(async () => {
  await site?.close();
  await staticServer?.close();
  await worker?.close();
  rmSync(releasesDir, { recursive: true, force: true });
});

describe("malformed request paths", () => {
  for (const [name, server] of [
    ["the site server of npm start", () => site],
    ["the static test server", () => staticServer],
  ] as const) {
    it(`never get a 5xx from ${name}, which keeps serving pages afterwards`, async () => {
      const { url } = server();
      const started = performance.now();
      const failures: string[] = [];
      await fc.assert(
        fc.asyncProperty(rawPaths, async (path) => {
          const status = await rawStatus(url, path);
          if (status === 0 || status >= 500)
            failures.push(`${status} for ${JSON.stringify(path.toString("latin1"))}`);
          return true;
        }),
        { numRuns: RUNS, seed: 20261204 },
      );
      for (const known of [
        "/%",
        "//",
        "/%zz/",
        "/..%2f..%2fetc/passwd",
        "/%00",
        "/%c0%af",
        "/_preview/b/%",
      ]) {
        const status = await rawStatus(url, bytes(known));
        if (status === 0 || status >= 500) failures.push(`${status} for ${known}`);
        expect(status, known).toBeGreaterThanOrEqual(400);
      }
      expect(failures.slice(0, 20)).toEqual([]);
      expect(logged).toEqual([]);
      expect((await fetch(`${url}/`)).status).toBe(200);
      expect(await (await fetch(`${url}/objekte/`)).text()).toContain("Objekte");
      expect(performance.now() - started).toBeLessThan(60_000);
    }, 90_000);
  }
});
