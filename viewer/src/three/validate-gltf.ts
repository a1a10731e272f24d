/**
 * A small structural check of glTF 2.0 JSON, run before three.js parses it. three.js accepts many
 * broken files silently (and then draws nothing); this names what is wrong instead. It checks the
 * JSON types the glTF 2.0 schema prescribes for the properties the viewer relies on, and that
 * references point at existing entries. It is not a full validator (use gltf-validator in the
 * scan pipeline for that); it is small enough to ship to browsers.
 */

type Kind = "id" | "ids" | "uint" | "number" | "numbers" | "string" | "bool" | "object" | "objects" | "array";

/** Property kinds per glTF object type; `name`, `extensions` and `extras` are checked everywhere. */
const schema: Record<string, Record<string, Kind>> = {
  root: {
    asset: "object",
    scene: "id",
    scenes: "objects",
    nodes: "objects",
    meshes: "objects",
    accessors: "objects",
    bufferViews: "objects",
    buffers: "objects",
    materials: "objects",
    textures: "objects",
    images: "objects",
    samplers: "objects",
    animations: "objects",
    skins: "objects",
    cameras: "objects",
    extensionsUsed: "array",
    extensionsRequired: "array",
  },
  asset: { version: "string", generator: "string", copyright: "string", minVersion: "string" },
  scene: { nodes: "ids" },
  node: {
    children: "ids",
    mesh: "id",
    camera: "id",
    skin: "id",
    matrix: "numbers",
    translation: "numbers",
    rotation: "numbers",
    scale: "numbers",
    weights: "numbers",
  },
  mesh: { primitives: "objects", weights: "numbers" },
  primitive: { attributes: "object", indices: "id", material: "id", mode: "uint", targets: "objects" },
  accessor: {
    bufferView: "id",
    byteOffset: "uint",
    componentType: "uint",
    normalized: "bool",
    count: "uint",
    type: "string",
    max: "numbers",
    min: "numbers",
    sparse: "object",
  },
  bufferView: { buffer: "id", byteOffset: "uint", byteLength: "uint", byteStride: "uint", target: "uint" },
  buffer: { uri: "string", byteLength: "uint" },
  material: {
    pbrMetallicRoughness: "object",
    normalTexture: "object",
    occlusionTexture: "object",
    emissiveTexture: "object",
    emissiveFactor: "numbers",
    alphaMode: "string",
    alphaCutoff: "number",
    doubleSided: "bool",
  },
  pbrMetallicRoughness: {
    baseColorFactor: "numbers",
    baseColorTexture: "object",
    metallicFactor: "number",
    roughnessFactor: "number",
    metallicRoughnessTexture: "object",
  },
  textureInfo: { index: "id", texCoord: "uint", scale: "number", strength: "number" },
  texture: { sampler: "id", source: "id" },
  image: { uri: "string", mimeType: "string", bufferView: "id" },
  sampler: { magFilter: "uint", minFilter: "uint", wrapS: "uint", wrapT: "uint" },
};

/** Which collection an id property points into, so dangling references are found. */
const references: Record<string, Record<string, string>> = {
  root: { scene: "scenes" },
  scene: { nodes: "nodes" },
  node: { children: "nodes", mesh: "meshes", camera: "cameras", skin: "skins" },
  primitive: { indices: "accessors", material: "materials" },
  accessor: { bufferView: "bufferViews" },
  bufferView: { buffer: "buffers" },
  textureInfo: { index: "textures" },
  texture: { sampler: "samplers", source: "images" },
  image: { bufferView: "bufferViews" },
};

const itemType: Record<string, string> = {
  scenes: "scene",
  nodes: "node",
  meshes: "mesh",
  primitives: "primitive",
  accessors: "accessor",
  bufferViews: "bufferView",
  buffers: "buffer",
  materials: "material",
  textures: "texture",
  images: "image",
  samplers: "sampler",
};

const nestedType: Record<string, string> = {
  asset: "asset",
  pbrMetallicRoughness: "pbrMetallicRoughness",
  baseColorTexture: "textureInfo",
  metallicRoughnessTexture: "textureInfo",
  normalTexture: "textureInfo",
  occlusionTexture: "textureInfo",
  emissiveTexture: "textureInfo",
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "string") return `the text "${value.slice(0, 40)}"`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

const expected: Record<Kind, string> = {
  id: "an index (integer ≥ 0)",
  ids: "an array of indices",
  uint: "an integer ≥ 0",
  number: "a number",
  numbers: "an array of numbers",
  string: "a text",
  bool: "true or false",
  object: "an object",
  objects: "an array of objects",
  array: "an array",
};

function matches(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case "id":
    case "uint":
      return isId(value);
    case "ids":
      return Array.isArray(value) && value.every(isId);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "numbers":
      return Array.isArray(value) && value.every((item) => typeof item === "number");
    case "string":
      return typeof value === "string";
    case "bool":
      return typeof value === "boolean";
    case "object":
      return isObject(value);
    case "objects":
      return Array.isArray(value) && value.every(isObject);
    case "array":
      return Array.isArray(value);
  }
}

/**
 * Returns the problems found, each as "path: expected …, found …" (empty when none).
 * `maxIssues` keeps a thoroughly broken file from producing a wall of text.
 */
export function validateGltfJson(json: unknown, maxIssues = 10): string[] {
  const issues: string[] = [];
  const report = (issue: string) => {
    if (issues.length < maxIssues) issues.push(issue);
  };
  if (!isObject(json)) return ["the file is not a glTF JSON object"];
  const root = json;

  const checkRefs = (type: string, path: string, object: Record<string, unknown>) => {
    for (const [property, collection] of Object.entries(references[type] ?? {})) {
      const value = object[property];
      const length = Array.isArray(root[collection]) ? (root[collection] as unknown[]).length : 0;
      const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const id of ids) {
        if (isId(id) && (id as number) >= length) {
          report(`${path}.${property}: points to ${collection}[${id}], but there are only ${length}`);
        }
      }
    }
    if (type === "primitive" && isObject(object.attributes)) {
      const accessors = Array.isArray(root.accessors) ? root.accessors.length : 0;
      for (const [attribute, id] of Object.entries(object.attributes)) {
        if (!isId(id))
          report(`${path}.attributes.${attribute}: expected ${expected.id}, found ${describe(id)}`);
        else if ((id as number) >= accessors)
          report(
            `${path}.attributes.${attribute}: points to accessors[${id}], but there are only ${accessors}`,
          );
      }
    }
  };

  const visit = (type: string, path: string, object: Record<string, unknown>) => {
    if ("name" in object && typeof object.name !== "string") {
      report(`${path}.name: expected a text, found ${describe(object.name)}`);
    }
    if ("extensions" in object) {
      if (!isObject(object.extensions)) {
        report(`${path}.extensions: expected an object, found ${describe(object.extensions)}`);
      } else {
        for (const [name, value] of Object.entries(object.extensions)) {
          if (!isObject(value))
            report(`${path}.extensions.${name}: expected an object, found ${describe(value)}`);
        }
      }
    }
    const properties = schema[type] ?? {};
    for (const [property, kind] of Object.entries(properties)) {
      if (!(property in object)) continue;
      const value = object[property];
      if (!matches(kind, value)) {
        report(`${path}.${property}: expected ${expected[kind]}, found ${describe(value)}`);
        continue;
      }
      const child = itemType[property];
      if (kind === "objects" && child) {
        (value as Record<string, unknown>[]).forEach((item, index) => {
          visit(child, `${path}.${property}[${index}]`, item);
        });
      }
      const nested = nestedType[property];
      if (kind === "object" && nested) visit(nested, `${path}.${property}`, value as Record<string, unknown>);
    }
    checkRefs(type, path, object);
  };

  visit("root", "glTF", root);
  if (!isObject(root.asset)) report("glTF.asset: required, but missing");
  else if (typeof root.asset.version === "string" && !root.asset.version.startsWith("2.")) {
    report(`glTF.asset.version: expected "2.0", found "${root.asset.version}" (only glTF 2.0 is supported)`);
  }
  return issues.map((issue) => issue.replace(/^glTF\./, ""));
}

/** Reads the JSON chunk of a binary glTF (.glb); undefined when the bytes are not a GLB. */
export function readGlbJson(buffer: ArrayBuffer): string | undefined {
  if (buffer.byteLength < 20) return undefined;
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== 0x46546c67) return undefined; // "glTF"
  const chunkLength = view.getUint32(12, true);
  const chunkType = view.getUint32(16, true);
  if (chunkType !== 0x4e4f534a || 20 + chunkLength > buffer.byteLength) return undefined; // "JSON"
  return new TextDecoder().decode(new Uint8Array(buffer, 20, chunkLength));
}
