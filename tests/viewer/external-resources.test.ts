/**
 * No request to a third party from the viewer: a glTF whose buffers or images name a URL on another
 * origin is refused with a clear message before anything is fetched from there, while a model
 * whose files sit next to it (or inside it as data: URIs) still renders. The "other servers" are
 * real: HTTP servers on another loopback address and on another port, recording every request.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../scripts/src/dev/browser.ts";
import { type StaticServer, serveStatic } from "../../scripts/src/dev/static-server.ts";
import { buildHarness, type Harness } from "./harness.ts";
import { mountAndSettle, openMountPage } from "./page.ts";

interface RecordingServer {
  origin: string;
  host: string;
  requests: string[];
  close(): Promise<void>;
}

/** A server that answers anything (a PNG, CORS open) and records what it was asked for. */
async function recordingServer(address: string, png: Buffer): Promise<RecordingServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png", "access-control-allow-origin": "*" });
    res.end(png);
  });
  await new Promise<void>((done) => server.listen(0, address, done));
  const host = `${address}:${(server.address() as AddressInfo).port}`;
  return {
    origin: `http://${host}`,
    host,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A textured square: positions, texture coordinates and indices in one buffer. */
function quadBuffer(): Buffer {
  const positions = new Float32Array([-0.5, -0.5, 0, 0.5, -0.5, 0, 0.5, 0.5, 0, -0.5, 0.5, 0]);
  const uvs = new Float32Array([0, 1, 1, 1, 1, 0, 0, 0]);
  const indices = new Uint16Array([0, 1, 2, 0, 2, 3]);
  return Buffer.concat([Buffer.from(positions.buffer), Buffer.from(uvs.buffer), Buffer.from(indices.buffer)]);
}

interface QuadOptions {
  bufferUri: string;
  imageUri: string;
  /** Reference the image through KHR_texture_basisu (a KTX2 texture) instead of a plain source. */
  ktx2?: boolean;
}

function quadGltf({ bufferUri, imageUri, ktx2 = false }: QuadOptions): string {
  const bytes = quadBuffer().length;
  const texture = ktx2 ? { extensions: { KHR_texture_basisu: { source: 0 } } } : { source: 0 };
  return JSON.stringify({
    asset: { version: "2.0", generator: "showroom external-resources test" },
    ...(ktx2 ? { extensionsUsed: ["KHR_texture_basisu"], extensionsRequired: ["KHR_texture_basisu"] } : {}),
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0, TEXCOORD_0: 1 }, indices: 2, material: 0 }] }],
    materials: [{ pbrMetallicRoughness: { baseColorTexture: { index: 0 } } }],
    textures: [texture],
    images: [{ uri: imageUri, ...(ktx2 ? { mimeType: "image/ktx2" } : {}) }],
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: 4,
        type: "VEC3",
        min: [-0.5, -0.5, 0],
        max: [0.5, 0.5, 0],
      },
      { bufferView: 1, componentType: 5126, count: 4, type: "VEC2" },
      { bufferView: 2, componentType: 5123, count: 6, type: "SCALAR" },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: 48 },
      { buffer: 0, byteOffset: 48, byteLength: 32 },
      { buffer: 0, byteOffset: 80, byteLength: 12 },
    ],
    buffers: [{ uri: bufferUri, byteLength: bytes }],
  });
}

let harness: Harness;
let site: StaticServer;
let browser: Browser;
/** Another host: a second loopback address. */
let otherHost: RecordingServer;
/** The same address as the site on another port: also another origin. */
let otherPort: RecordingServer;
let png: Buffer;
/** Files the site serves below /external/, written by the tests. */
const files = new Map<string, { type: string; body: Buffer | string }>();

beforeAll(async () => {
  png = await sharp({ create: { width: 4, height: 4, channels: 4, background: "#b8873f" } })
    .png()
    .toBuffer();
  harness = await buildHarness();
  site = await serveStatic(harness.dir, {
    intercept: (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const file = files.get(path);
      if (!file) return false;
      res.writeHead(200, { "content-type": file.type });
      res.end(file.body);
      return true;
    },
  });
  otherHost = await recordingServer("127.0.0.2", png);
  otherPort = await recordingServer("127.0.0.1", png);
  files.set("/external/quad.bin", { type: "application/octet-stream", body: quadBuffer() });
  files.set("/external/quad.png", { type: "image/png", body: png });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await otherHost?.close();
  await otherPort?.close();
});

/** Writes a model below /external/ and mounts it; returns the state and the message shown. */
async function mountModel(name: string, gltf: string, locale: "de" | "en" = "de") {
  files.set(`/external/${name}`, { type: "model/gltf+json", body: gltf });
  const { page, context, foreignRequests } = await openMountPage(browser, site.url);
  try {
    const state = await mountAndSettle(page, {
      model: `/external/${name}`,
      alt: "Testquadrat",
      locale,
      decoderPath: "/decoders/",
      autoRotate: false,
    });
    const { alert, code } = await page.evaluate(() => {
      const panel = document.querySelector("[data-scan-viewer-error]");
      return { alert: panel?.textContent ?? "", code: panel?.getAttribute("data-scan-viewer-error") };
    });
    return { state, alert, code, foreignRequests: [...foreignRequests] };
  } finally {
    await context.close();
  }
}

describe("a glTF that names files on another server", () => {
  const cases: Array<[string, () => QuadOptions, () => RecordingServer]> = [
    [
      "an image on another host",
      () => ({ bufferUri: "quad.bin", imageUri: `${otherHost.origin}/x.png` }),
      () => otherHost,
    ],
    [
      "a buffer on another host",
      () => ({ bufferUri: `${otherHost.origin}/x.bin`, imageUri: "quad.png" }),
      () => otherHost,
    ],
    [
      "an image on another port of the same address",
      () => ({ bufferUri: "quad.bin", imageUri: `${otherPort.origin}/x.png` }),
      () => otherPort,
    ],
    [
      "a protocol-relative image URL",
      () => ({ bufferUri: "quad.bin", imageUri: `//${otherHost.host}/x.png` }),
      () => otherHost,
    ],
    [
      "an image URL with an upper-case scheme",
      () => ({ bufferUri: "quad.bin", imageUri: `HTTP://${otherHost.host}/x.png` }),
      () => otherHost,
    ],
    [
      "a KTX2 texture on another host",
      () => ({ bufferUri: "quad.bin", imageUri: `${otherHost.origin}/x.ktx2`, ktx2: true }),
      () => otherHost,
    ],
  ];

  it.each(cases)(
    "is refused with a clear message when it has %s, and nothing is requested there",
    async (name, options, server) => {
      const recorder = server();
      recorder.requests.length = 0;
      const result = await mountModel(`${name.replaceAll(" ", "-")}.gltf`, quadGltf(options()));
      expect(result.state).toBe("error");
      expect(result.code).toBe("foreign");
      expect(result.alert).toContain(
        `Dieses Modell verweist auf Dateien eines fremden Servers (${recorder.host}); es wird aus Datenschutzgründen nicht geladen.`,
      );
      expect(result.foreignRequests).toEqual([]);
      expect(recorder.requests).toEqual([]);
    },
  );

  it("explains the refusal in English on English pages", async () => {
    otherHost.requests.length = 0;
    const result = await mountModel(
      "foreign-en.gltf",
      quadGltf({ bufferUri: `${otherHost.origin}/a.bin`, imageUri: `${otherHost.origin}/b.png` }),
      "en",
    );
    expect(result.state).toBe("error");
    expect(result.alert).toContain(
      `This model refers to files on another server (${otherHost.host}); it is not loaded, to protect your privacy.`,
    );
    expect(otherHost.requests).toEqual([]);
  });
});

describe("a glTF whose files are its own", () => {
  it("renders when its buffer and image sit next to it on the same server", async () => {
    const result = await mountModel("quad.gltf", quadGltf({ bufferUri: "quad.bin", imageUri: "quad.png" }));
    expect(result.state, result.alert).toBe("ready");
    expect(result.foreignRequests).toEqual([]);
  });

  it("renders when its buffer and image are data: URIs inside the file", async () => {
    const result = await mountModel(
      "quad-embedded.gltf",
      quadGltf({
        bufferUri: `data:application/octet-stream;base64,${quadBuffer().toString("base64")}`,
        imageUri: `data:image/png;base64,${png.toString("base64")}`,
      }),
    );
    expect(result.state, result.alert).toBe("ready");
    expect(result.foreignRequests).toEqual([]);
  });
});
