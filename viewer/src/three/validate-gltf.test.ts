import { describe, expect, it } from "vitest";
import { readGlbJson, validateGltfJson } from "./validate-gltf.ts";

const valid = {
  asset: { version: "2.0" },
  scene: 0,
  scenes: [{ nodes: [0] }],
  nodes: [{ mesh: 0, name: "bowl" }],
  meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
  accessors: [
    { componentType: 5126, count: 3, type: "VEC3" },
    { componentType: 5123, count: 3, type: "SCALAR" },
  ],
};

describe("validateGltfJson", () => {
  it("accepts a well-formed glTF", () => {
    expect(validateGltfJson(valid)).toEqual([]);
  });

  it.each([
    [
      "a name that is a number",
      { nodes: [{ mesh: 0, name: 42 }] },
      "nodes[0].name: expected a text, found number 42",
    ],
    [
      "primitives that are not an array",
      { meshes: [{ primitives: { a: 1 } }] },
      "meshes[0].primitives: expected an array of objects",
    ],
    ["a negative index", { scene: -1 }, "scene: expected an index (integer ≥ 0), found number -1"],
    [
      "a dangling reference",
      { nodes: [{ mesh: 5 }] },
      "nodes[0].mesh: points to meshes[5], but there are only 1",
    ],
    [
      "an attribute pointing nowhere",
      { meshes: [{ primitives: [{ attributes: { POSITION: 9 } }] }] },
      "attributes.POSITION: points to accessors[9]",
    ],
    [
      "an extension that is not an object",
      { extensions: { KHR_x: "no" } },
      "extensions.KHR_x: expected an object",
    ],
    ["glTF 1.0", { asset: { version: "1.0" } }, 'asset.version: expected "2.0"'],
    [
      "a material factor that is text",
      { materials: [{ pbrMetallicRoughness: { metallicFactor: "1" } }] },
      "materials[0].pbrMetallicRoughness.metallicFactor: expected a number",
    ],
  ])("names the field of %s", (_, change, message) => {
    const issues = validateGltfJson({ ...valid, ...change });
    expect(issues.join("\n")).toContain(message);
  });

  it("stops after the given number of issues", () => {
    const nodes = Array.from({ length: 50 }, () => ({ name: 1 }));
    expect(validateGltfJson({ ...valid, nodes }, 5)).toHaveLength(5);
  });
});

describe("readGlbJson", () => {
  it("reads the JSON chunk of a GLB and refuses other bytes", () => {
    const json = new TextEncoder().encode('{"asset":{"version":"2.0"}}  ');
    const buffer = new ArrayBuffer(20 + json.byteLength);
    const view = new DataView(buffer);
    view.setUint32(0, 0x46546c67, true);
    view.setUint32(4, 2, true);
    view.setUint32(8, buffer.byteLength, true);
    view.setUint32(12, json.byteLength, true);
    view.setUint32(16, 0x4e4f534a, true);
    new Uint8Array(buffer, 20).set(json);
    expect(JSON.parse(readGlbJson(buffer) ?? "")).toEqual({ asset: { version: "2.0" } });
    expect(readGlbJson(new TextEncoder().encode("not a glb at all, just text").buffer)).toBeUndefined();
  });
});
