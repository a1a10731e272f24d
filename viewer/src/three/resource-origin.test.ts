import { LoadingManager } from "three";
import { describe, expect, it } from "vitest";
import { foreignResourceUrls, hostsOf, refuseForeignUrls } from "./resource-origin.ts";

const page = "https://showroom.example/objekte/kelch/";
const model = "https://showroom.example/media/kelch.gltf";

const gltfWith = (bufferUri: string | undefined, imageUri: string | undefined) => ({
  buffers: [bufferUri === undefined ? { byteLength: 4 } : { uri: bufferUri, byteLength: 4 }],
  images: imageUri === undefined ? [] : [{ uri: imageUri }],
});

describe("foreignResourceUrls", () => {
  it.each([
    ["a file next to the model", "kelch.bin", []],
    ["a file in a sub-folder", "textures/a.png", []],
    ["a site-absolute path", "/media/a.png", []],
    ["a data: URI", "data:application/octet-stream;base64,AAAA", []],
    ["a blob: URI", "blob:https://showroom.example/1", []],
    ["an absolute URL on the model's origin", "https://showroom.example/media/a.png", []],
    ["another host", "https://evil.example/a.png", ["https://evil.example/a.png"]],
    ["another port", "https://showroom.example:8443/a.png", ["https://showroom.example:8443/a.png"]],
    ["another scheme", "http://showroom.example/a.png", ["http://showroom.example/a.png"]],
    ["a protocol-relative URL", "//evil.example/a.png", ["https://evil.example/a.png"]],
    ["an upper-case scheme", "HTTPS://evil.example/a.png", ["https://evil.example/a.png"]],
  ])("finds %s foreign or not", (_name, uri, expected) => {
    expect(foreignResourceUrls(gltfWith(uri, undefined), model, page)).toEqual(expected);
    expect(foreignResourceUrls(gltfWith(undefined, uri), model, page)).toEqual(expected);
  });

  it("resolves a relative model URL against the page", () => {
    const json = gltfWith("https://evil.example/a.bin", "a.png");
    expect(foreignResourceUrls(json, "/media/kelch.gltf", page)).toEqual(["https://evil.example/a.bin"]);
  });

  it("takes the model's origin as the reference, not the page's", () => {
    const onMediaHost = "https://media.example/files/kelch.gltf";
    expect(foreignResourceUrls(gltfWith("kelch.bin", "a.png"), onMediaHost, page)).toEqual([]);
    expect(
      foreignResourceUrls(gltfWith("https://showroom.example/a.bin", undefined), onMediaHost, page),
    ).toEqual(["https://showroom.example/a.bin"]);
  });

  it("names each server once, with its port", () => {
    expect(
      hostsOf(["http://127.0.0.2:9000/a.png", "http://127.0.0.2:9000/b.bin", "https://x.example/c"]),
    ).toEqual(["127.0.0.2:9000", "x.example"]);
  });
});

describe("refuseForeignUrls", () => {
  const manager = new LoadingManager();
  refuseForeignUrls(manager, ["https://showroom.example"], page, (url) => new Error(`refused ${url}`));

  it("lets the loader fetch from the allowed origins and data:/blob: URLs", () => {
    for (const url of [
      "/media/a.bin",
      "https://showroom.example/decoders/x.wasm",
      "data:,x",
      "blob:https://showroom.example/1",
    ]) {
      expect(manager.resolveURL(url)).toBe(url);
    }
  });

  it("throws instead of fetching from any other origin", () => {
    expect(() => manager.resolveURL("https://evil.example/a.png")).toThrow(
      "refused https://evil.example/a.png",
    );
    expect(() => manager.resolveURL("//evil.example/a.png")).toThrow("refused https://evil.example/a.png");
  });
});
