import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRebuildWorker, type RebuildWorker } from "./rebuild-worker.ts";
import { isHashedAsset, parseRange } from "./serve-file.ts";
import { type SiteServer, startSiteServer } from "./site-server.ts";

// A release like the site build makes: pages, hashed Astro assets, the viewer chunk, media.
const SCRIPT = `export const viewer = ${JSON.stringify("x".repeat(200))};\n`.repeat(400);
const AUDIO = new Uint8Array(10_000).map((_, i) => (i * 7) % 256);
const PRECOMPRESSED = "body { color: #123456; }\n".repeat(200);

let releasesDir: string;
let worker: RebuildWorker;
let site: SiteServer;

beforeAll(async () => {
  releasesDir = mkdtempSync(join(tmpdir(), "serve-file-"));
  worker = createRebuildWorker({
    releasesDir,
    debounceMs: 1,
    build: async (out) => {
      mkdirSync(join(out, "_astro"), { recursive: true });
      mkdirSync(join(out, "media"), { recursive: true });
      mkdirSync(join(out, "viewer"), { recursive: true });
      writeFileSync(
        join(out, "index.html"),
        `<!doctype html><title>Start</title>${"<p>Glocke</p>".repeat(200)}`,
      );
      writeFileSync(join(out, "_astro", "index.BkD3f9aZ.js"), SCRIPT);
      writeFileSync(join(out, "viewer", "viewer.js"), SCRIPT);
      writeFileSync(join(out, "_astro", "site.Cx8Lp2Qd.css"), PRECOMPRESSED);
      // The build's own brotli file: marked so the test sees it was sent rather than recompressed.
      writeFileSync(
        join(out, "_astro", "site.Cx8Lp2Qd.css.br"),
        brotliCompressSync(`${PRECOMPRESSED}/*pre*/`),
      );
      writeFileSync(join(out, "media", "glocke.mp3"), AUDIO);
      writeFileSync(join(out, "media", "bell_web_3f2a9c1b2d.glb"), AUDIO);
      writeFileSync(
        join(out, "media", "bell.gltf"),
        JSON.stringify({ asset: { version: "2.0" }, pad: "y".repeat(2000) }),
      );
      writeFileSync(
        join(out, "media", "de.vtt"),
        `WEBVTT\n\n${"00:00.000 --> 00:01.000\nGlocke\n\n".repeat(50)}`,
      );
      // A stale precompressed file (older than its source) must not be sent.
      writeFileSync(join(out, "viewer", "viewer.js.gz"), "stale");
      utimesSync(join(out, "viewer", "viewer.js.gz"), new Date(2000, 0, 1), new Date(2000, 0, 1));
    },
  });
  worker.trigger("test release");
  await worker.idle();
  site = await startSiteServer({ worker, hookSecret: "serve-file-test" });
});

afterAll(async () => {
  await site?.close();
  await worker?.close();
  rmSync(releasesDir, { recursive: true, force: true });
});

/** A raw HTTP GET (fetch would decompress and hide what was sent). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const req = request(`${site.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

describe("the site server's transport", () => {
  it("sends scripts brotli-compressed to browsers that accept it, and the body decompresses to the file", async () => {
    const response = await get("/viewer/viewer.js", { "accept-encoding": "gzip, deflate, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers["content-length"])).toBe(response.body.byteLength);
    expect(response.body.byteLength).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
  });

  it("falls back to gzip, never sends a stale precompressed file, and sends plain text to clients without compression", async () => {
    const gz = await get("/viewer/viewer.js", { "accept-encoding": "gzip;q=1, br;q=0" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await get("/viewer/viewer.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it("compresses pages, glTF JSON and subtitles, but not audio or binary models", async () => {
    for (const path of ["/", "/media/bell.gltf", "/media/de.vtt"]) {
      const response = await get(path, { "accept-encoding": "br" });
      expect(response.headers["content-encoding"], path).toBe("br");
    }
    for (const path of ["/media/glocke.mp3", "/media/bell_web_3f2a9c1b2d.glb"]) {
      const response = await get(path, { "accept-encoding": "br, gzip" });
      expect(response.headers["content-encoding"], path).toBeUndefined();
      expect(response.body).toEqual(Buffer.from(AUDIO));
    }
  });

  it("sends the build's precompressed file when it is current", async () => {
    const response = await get("/_astro/site.Cx8Lp2Qd.css", { "accept-encoding": "br" });
    expect(brotliDecompressSync(response.body).toString()).toBe(`${PRECOMPRESSED}/*pre*/`);
  });

  it("answers a byte range with 206 and exactly those bytes (iOS Safari's audio and video requests)", async () => {
    const probe = await get("/media/glocke.mp3", { range: "bytes=0-1" });
    expect(probe.status).toBe(206);
    expect(probe.headers["content-range"]).toBe(`bytes 0-1/${AUDIO.byteLength}`);
    expect([...probe.body]).toEqual([...AUDIO.subarray(0, 2)]);
    const middle = await get("/media/glocke.mp3", { range: "bytes=1000-1999" });
    expect(middle.headers["content-length"]).toBe("1000");
    expect(middle.body).toEqual(Buffer.from(AUDIO.subarray(1000, 2000)));
    const tail = await get("/media/glocke.mp3", { range: "bytes=-100" });
    expect(tail.body).toEqual(Buffer.from(AUDIO.subarray(AUDIO.byteLength - 100)));
    const full = await get("/media/glocke.mp3");
    expect(full.status).toBe(200);
    expect(full.headers["accept-ranges"]).toBe("bytes");
  });

  it("answers an unsatisfiable range with 416 and the file's size", async () => {
    const response = await get("/media/glocke.mp3", { range: `bytes=${AUDIO.byteLength}-` });
    expect(response.status).toBe(416);
    expect(response.headers["content-range"]).toBe(`bytes */${AUDIO.byteLength}`);
  });

  it("lets browsers keep hashed assets for a year and revalidate pages, keeping the security headers", async () => {
    const hashed = await get("/_astro/index.BkD3f9aZ.js");
    expect(hashed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get("/media/bell_web_3f2a9c1b2d.glb")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/viewer/viewer.js")).headers["cache-control"]).toBe("public, max-age=300");
    const page = await get("/", { "accept-encoding": "br" });
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["content-security-policy"]).toBeDefined();
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("answers HEAD with the compressed length and no body", async () => {
    const get_ = await get("/viewer/viewer.js", { "accept-encoding": "br" });
    const head = await get("/viewer/viewer.js", { "accept-encoding": "br" }, "HEAD");
    expect(head.body.byteLength).toBe(0);
    expect(head.headers["content-length"]).toBe(String(get_.body.byteLength));
  });
});

describe("serve-file helpers", () => {
  it("recognises hashed file names and not ordinary ones", () => {
    expect(isHashedAsset("/_astro/anything.css")).toBe(true);
    expect(isHashedAsset("/viewer/chunk.B3kx9_aZ.js")).toBe(true);
    expect(isHashedAsset("/media/bell_web_3f2a9c1b2d.glb")).toBe(true);
    expect(isHashedAsset("/viewer/viewer.js")).toBe(false);
    expect(isHashedAsset("/media/glocke-aus-bronze.mp3")).toBe(false);
    expect(isHashedAsset("/media/stadtmuseum.webp")).toBe(false);
  });

  it("reads single ranges and leaves several ranges to a full answer", () => {
    expect(parseRange("bytes=0-1", 10)).toEqual({ start: 0, end: 1 });
    expect(parseRange("bytes=5-", 10)).toEqual({ start: 5, end: 9 });
    expect(parseRange("bytes=-3", 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange("bytes=8-100", 10)).toEqual({ start: 8, end: 9 });
    expect(parseRange("bytes=10-", 10)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1, 4-5", 10)).toBeNull();
  });
});
