import { readdirSync, statSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestStrapi } from "../support/strapi.ts";
import { contentModel, validData } from "./content-fixtures.ts";

// Finding 8 (CMS side) and 10 (CMS side): an upload is stored only when its bytes are the type its
// name says and a media field takes; a glTF/GLB may not load resources from another host; bodies
// of anonymous or oversized uploads are refused before they are read. Run on SQLite
// (upload-content.test.ts) and PostgreSQL (upload-postgres.test.ts).

/** The upload limit the suite's CMS runs with: above 100 MB (the zeros test), small enough to stream past. */
export const LIMIT_MB = 120;

/** Environment for the CMS under test: the limit, and a folder of its own for uploads being received. */
export const uploadSuiteEnv = (tempUploads: string) => ({
  UPLOAD_LIMIT_MB: String(LIMIT_MB),
  UPLOAD_TMP_DIR: tempUploads,
});

export function uploadSuite(get: () => { cms: TestStrapi; tempUploads: string } | undefined): void {
  let cms: TestStrapi;
  let tempUploads: string;
  beforeAll(() => {
    const started = get();
    if (!started) throw new Error("The CMS did not start; see the error of the first beforeAll.");
    ({ cms, tempUploads } = started);
  });

  /** A 1×1 PNG. */
  const PNG = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );

  /** A GLB with this glTF JSON and no binary chunk. */
  function glb(json: object): Buffer {
    let text = Buffer.from(JSON.stringify(json));
    text = Buffer.concat([text, Buffer.alloc((4 - (text.length % 4)) % 4, 0x20)]);
    const header = Buffer.alloc(20);
    header.writeUInt32LE(0x46546c67, 0);
    header.writeUInt32LE(2, 4);
    header.writeUInt32LE(20 + text.length, 8);
    header.writeUInt32LE(text.length, 12);
    header.writeUInt32LE(0x4e4f534a, 16);
    return Buffer.concat([header, text]);
  }

  const ASSET = { asset: { version: "2.0" } };
  const gltf = (json: object) => Buffer.from(JSON.stringify({ ...ASSET, ...json }));

  type Route = "admin /upload" | "admin /upload/files" | "content API /api/upload";

  async function upload(name: string, bytes: Uint8Array, route: Route = "admin /upload") {
    const form = new FormData();
    form.append("files", new Blob([new Uint8Array(bytes)]), name);
    if (route === "content API /api/upload")
      return cms.tokenFetch("/api/upload", { method: "POST", token: "full-access", body: form });
    const path = route === "admin /upload" ? "/upload" : "/upload/files";
    return cms.adminFetch(path, { method: "POST", role: "editor", body: form });
  }

  /** What is stored: media library rows, files in the uploads folder, files being received. */
  async function stored() {
    const uploadsDir = join(cms.tempDir, "public", "uploads");
    let files: string[] = [];
    try {
      files = readdirSync(uploadsDir);
    } catch {
      // No upload yet.
    }
    return {
      rows: await cms.strapi.db.query("plugin::upload.file").count(),
      files: files.length,
      receiving: readdirSync(tempUploads).length,
    };
  }

  async function expectRefused(
    response: Response,
    message: RegExp,
    before: Awaited<ReturnType<typeof stored>>,
  ) {
    const body = (await response.json()) as { error?: { message: string } };
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.error?.message).toMatch(message);
    expect(await stored()).toEqual({ ...before, receiving: 0 });
  }

  describe("upload content check", () => {
    it.each([
      [
        "a text file named .png",
        "notes.png",
        Buffer.from("just some notes\n"),
        /plain text \(text\/plain\), not image\/png/,
      ],
      [
        "an HTML page named .jpg",
        "page.jpg",
        Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
        /HTML \(text\/html\), not image\/jpeg/,
      ],
      [
        "an SVG with a script named .png",
        "logo.png",
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        /an SVG image \(image\/svg\+xml\), which can carry scripts, not image\/png/,
      ],
      [
        "an SVG under its own name",
        "logo.svg",
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        /"logo\.svg": \.svg cannot be uploaded/,
      ],
      [
        "a text file named .glb",
        "scan.glb",
        Buffer.from("this is no model"),
        /plain text \(text\/plain\), not model\/gltf-binary/,
      ],
      ["a PNG named .glb", "scan.glb", PNG, /"scan\.glb" is image\/png, not model\/gltf-binary/],
      ["a text file named .gltf", "scan.gltf", Buffer.from("hello"), /"scan\.gltf" is not glTF JSON/],
      [
        "JSON that is not glTF named .gltf",
        "scan.gltf",
        Buffer.from('{"a":1}'),
        /"scan\.gltf" is not glTF JSON/,
      ],
      [
        "a text file named .vtt",
        "captions.vtt",
        Buffer.from("1\n00:00:01,000 --> 00:00:02,000\nHi\n"),
        /not text\/vtt/,
      ],
    ])(
      "refuses %s with a 400 naming the field and what the content is",
      async (_what, name, bytes, message) => {
        const before = await stored();
        const response = await upload(name, bytes);
        await expectRefused(response, new RegExp(`^files: .*${message.source}`), before);
      },
    );

    it.each<Route>(["admin /upload", "admin /upload/files", "content API /api/upload"])(
      "checks the bytes on the %s route too",
      async (route) => {
        const before = await stored();
        const response = await upload("notes.png", Buffer.from("just some notes\n"), route);
        await expectRefused(response, /^files: "notes\.png" is plain text/, before);
      },
    );

    it("refuses 100 MB of zeros named .glb quickly, without writing them to disk", async () => {
      const before = await stored();
      // Watch the folder uploads are received into: the zeros must never land there.
      let largestOnDisk = 0;
      const watch = setInterval(() => {
        let bytes = 0;
        for (const name of readdirSync(tempUploads)) {
          try {
            bytes += statSync(join(tempUploads, name)).size;
          } catch {
            // Removed between listing and stat.
          }
        }
        largestOnDisk = Math.max(largestOnDisk, bytes);
      }, 5);
      const started = Date.now();
      const response = await upload("zeros.glb", new Uint8Array(100 * 1024 * 1024)).finally(() =>
        clearInterval(watch),
      );
      expect(largestOnDisk).toBeLessThan(1024 * 1024);
      await expectRefused(
        response,
        /^files: "zeros\.glb" is only zero bytes, not model\/gltf-binary/,
        before,
      );
      expect(Date.now() - started).toBeLessThan(15_000);
    }, 60_000);

    it.each([
      [
        "a GLB with an image on another host",
        "remote.glb",
        glb({ ...ASSET, images: [{ uri: "https://cdn.example/t.png" }] }),
        /images\[0\]\.uri "https:\/\/cdn\.example\/t\.png"/,
      ],
      [
        "a GLB with a scheme-relative buffer",
        "remote.glb",
        glb({ ...ASSET, buffers: [{ uri: "//cdn.example/b.bin", byteLength: 4 }] }),
        /buffers\[0\]\.uri "\/\/cdn\.example\/b\.bin"/,
      ],
      [
        "a .gltf with a file: buffer and an http image",
        "remote.gltf",
        gltf({
          buffers: [{ uri: "file:///etc/passwd", byteLength: 4 }],
          images: [{ uri: "http://cdn.example/a.jpg" }],
        }),
        /images\[0\]\.uri "http:\/\/cdn\.example\/a\.jpg", buffers\[0\]\.uri "file:\/\/\/etc\/passwd"/,
      ],
    ])("refuses %s and names the URIs", async (_what, name, bytes, uris) => {
      const before = await stored();
      const response = await upload(name, bytes);
      await expectRefused(
        response,
        new RegExp(`^files: "${name.replace(".", "\\.")}" loads files from other hosts \\(${uris.source}\\)`),
        before,
      );
    });

    it.each([
      ["a PNG", "wall.png", PNG, "image/png"],
      [
        "a GLB with only its own resources",
        "own.glb",
        glb({ ...ASSET, images: [{ bufferView: 0 }] }),
        "model/gltf-binary",
      ],
      [
        "a .gltf with a data: buffer and a relative image",
        "own.gltf",
        gltf({
          buffers: [{ uri: "data:application/octet-stream;base64,AAAAAA==", byteLength: 4 }],
          images: [{ uri: "textures/wall.png" }],
        }),
        "model/gltf+json",
      ],
      [
        "WebVTT captions",
        "captions.vtt",
        Buffer.from("WEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"),
        "text/vtt",
      ],
      [
        "WebVTT captions with a byte order mark",
        "bom.vtt",
        Buffer.from("\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHallo\n"),
        "text/vtt",
      ],
    ])("accepts %s and stores the type read from its bytes", async (_what, name, bytes, mime) => {
      const before = await stored();
      const response = await upload(name, bytes);
      const body = (await response.json()) as Array<{ mime: string; name: string }>;
      expect(response.status, JSON.stringify(body)).toBe(201);
      expect(body[0]?.mime).toBe(mime);
      expect((await stored()).rows).toBe(before.rows + 1);
    });

    it.each([
      [
        "a field that does not take its type",
        "model",
        /^model: "wall\.png" is a \.png; this field accepts \.glb, \.gltf\./,
      ],
      [
        "something that is not a media field",
        "title",
        /^title: "wall\.png" cannot be linked to "title": that is not a media field/,
      ],
    ])("refuses a file linked on upload to %s, naming the field", async (_what, field, message) => {
      const before = await stored();
      const form = new FormData();
      form.append("files", new Blob([new Uint8Array(PNG)]), "wall.png");
      form.append("ref", "api::scan.scan");
      form.append("refId", "1");
      form.append("field", field);
      const response = await cms.tokenFetch("/api/upload", {
        method: "POST",
        token: "full-access",
        body: form,
      });
      await expectRefused(response, message, before);
    });

    it("refuses to link a stored file whose bytes are not what its name says, naming the field", async () => {
      // A file stored before uploads were checked: a real PNG on upload, text on disk now.
      const response = await upload("legacy.png", PNG);
      const [file] = (await response.json()) as Array<{ id: number; url: string }>;
      expect(response.status).toBe(201);
      writeFileSync(
        join(cms.tempDir, "public", file?.url as string),
        "<html><script>alert(1)</script></html>",
      );
      const place = contentModel.contentTypes.find((type) => type.name === "place");
      if (!place) throw new Error("the content model has no place type");
      const places = cms.strapi.documents("api::place.place");
      const before = await places.count({});
      const data = {
        ...(await validData(cms.strapi, place, "legacy")),
        images: [{ file: file?.id, alt: "Wand" }],
      };
      // Test data built from the model at run time: no static type to check it against.
      await expect(places.create({ locale: "de", data: data as never })).rejects.toThrow(
        /images\.0\.file: "legacy\.png" is HTML \(text\/html\), not image\/png/,
      );
      expect(await places.count({})).toBe(before);
    });

    it("turns off uploading from web addresses, which the server would fetch unchecked", async () => {
      const response = await cms.adminFetch("/upload/actions/upload-from-urls", {
        method: "POST",
        body: JSON.stringify({ urls: ["https://cdn.example/a.png"] }),
      });
      const body = (await response.json()) as { error?: { message: string } };
      expect(response.status).toBe(400);
      expect(body.error?.message).toMatch(/^urls: uploading from a web address is turned off/);
    });
  });

  interface Streamed {
    status: number;
    body: string;
    /** Bytes of the body written before the answer came. */
    sent: number;
  }

  /**
   * Sends a multipart upload of `total` bytes in 1 MB chunks over a real connection and stops
   * sending as soon as the answer arrives, so a refusal before the body is read is visible.
   */
  function streamUpload(path: string, total: number, headers: Record<string, string>): Promise<Streamed> {
    const url = new URL(path, cms.url);
    const boundary = "----showroom-test";
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.glb"\r\nContent-Type: model/gltf-binary\r\n\r\n`,
    );
    const chunk = Buffer.alloc(1024 * 1024);
    return new Promise((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(url, {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, ...headers },
      });
      req.on("response", (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (text) => {
          body += text;
        });
        response.on("end", () => {
          // The server may keep reading (and dropping) the rest; this test has seen enough.
          req.destroy();
          resolve({ status: response.statusCode ?? 0, body, sent });
        });
      });
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      const pump = () => {
        if (answered || req.destroyed) return;
        if (sent === 0) req.write(head);
        if (sent >= total) {
          req.end(`\r\n--${boundary}--\r\n`);
          return;
        }
        sent += chunk.length;
        // After the first megabyte, give the server two seconds to answer from the headers alone;
        // a server that waits for the body gets all of it.
        const pause = sent === chunk.length ? 2000 : 1;
        if (req.write(chunk)) setTimeout(pump, pause);
        else req.once("drain", () => setTimeout(pump, pause));
      };
      pump();
    });
  }

  describe("upload body limits", () => {
    const MB = 1024 * 1024;

    it.each([
      ["without credentials", {}, 401],
      ["with a made-up bearer token", { authorization: "Bearer not-a-token" }, 401],
      [
        "with a forged admin token",
        { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJ1c2VySWQiOiIxIn0.Zm9yZ2Vk" },
        401,
      ],
    ])(
      "refuses an anonymous upload %s before reading its body",
      async (_what, headers, status) => {
        const before = await stored();
        const result = await streamUpload("/api/upload", 200 * MB, headers);
        expect(result.status, result.body).toBe(status);
        expect(result.sent).toBeLessThan(50 * MB);
        expect(await stored()).toEqual(before);
      },
      60_000,
    );

    it("refuses an upload with a read-only token before reading its body", async () => {
      const before = await stored();
      const token = await cms.apiToken("read-only");
      const result = await streamUpload("/api/upload", 200 * MB, { authorization: `Bearer ${token}` });
      expect(result.status, result.body).toBe(403);
      expect(result.sent).toBeLessThan(50 * MB);
      expect(await stored()).toEqual(before);
    }, 60_000);

    it("answers 413 from Content-Length alone when the body is over the configured limit", async () => {
      const before = await stored();
      const token = await cms.adminToken("editor");
      const size = (LIMIT_MB + 10) * MB;
      const result = await streamUpload("/upload", size, {
        authorization: `Bearer ${token}`,
        "content-length": String(size + 400),
      });
      expect(result.status, result.body).toBe(413);
      expect(result.body).toMatch(/uploads may be at most 120 MB \(UPLOAD_LIMIT_MB\)/);
      expect(result.sent).toBeLessThan(50 * MB);
      expect(await stored()).toEqual(before);
    }, 60_000);

    it("cuts off a chunked body without Content-Length once it passes the limit", async () => {
      const before = await stored();
      const token = await cms.adminToken("editor");
      const result = await streamUpload("/upload", (LIMIT_MB + 30) * MB, {
        authorization: `Bearer ${token}`,
      });
      expect(result.status, result.body).toBe(413);
      expect(result.body).toMatch(/uploads may be at most 120 MB \(UPLOAD_LIMIT_MB\)/);
      expect(result.sent).toBeLessThan((LIMIT_MB + 30) * MB);
      // Formidable removes the partial file when it stops.
      await new Promise((done) => setTimeout(done, 200));
      expect(await stored()).toEqual(before);
    }, 120_000);
  });
}
