import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
import { ScanError } from "./scan-error.ts";

export interface ReadScanInputOptions {
  /** Largest accepted input (the model file plus its side files), bytes. */
  maxBytes: number;
}

/** Matches the upload limit of the scan's model field in the CMS. */
export const READ_SCAN_INPUT_DEFAULTS: ReadScanInputOptions = {
  maxBytes: 500 * 1024 * 1024,
};

export interface ScanInput {
  /** Absolute path of the model file. */
  file: string;
  /** File name without folder and extension, used to name the derivatives. */
  baseName: string;
  format: "glb" | "gltf";
  bytes: Uint8Array;
  /** Size of the model file alone. */
  fileBytes: number;
  /** Size of the model file plus the .bin and image files a .gltf refers to. */
  totalBytes: number;
  sha256: string;
}

const MB = 1024 * 1024;

/** Recognises what people upload by mistake, so the error can say what the file really is. */
function guessFormat(head: Uint8Array): string | undefined {
  const text = String.fromCharCode(...head.subarray(0, 64));
  if (head[0] === 0x89 && text.startsWith("PNG", 1)) return "a PNG image";
  if (head[0] === 0xff && head[1] === 0xd8) return "a JPEG image";
  if (text.startsWith("PK\x03\x04")) return "a ZIP archive (unpack it and choose the .glb or .gltf inside)";
  if (text.startsWith("%PDF")) return "a PDF document";
  if (text.startsWith("Kaydara FBX")) return "an FBX model (export it as glTF binary .glb first)";
  if (text.startsWith("ply")) return "a PLY point cloud or mesh (convert it to .glb first)";
  if (text.startsWith("solid") || /\.stl$/i.test(text)) return "an STL mesh (convert it to .glb first)";
  if (/^(#|v |o |mtllib)/m.test(text)) return "possibly an OBJ model (convert it to .glb first)";
  if (text.startsWith("#usda") || text.startsWith("PXR-USDC")) return "a USD file (convert it to .glb first)";
  return undefined;
}

function sideFileUris(json: unknown): string[] {
  const doc = json as { buffers?: Array<{ uri?: string }>; images?: Array<{ uri?: string }> };
  return [...(doc.buffers ?? []), ...(doc.images ?? [])]
    .map((entry) => entry.uri)
    .filter((uri): uri is string => typeof uri === "string" && !uri.startsWith("data:"));
}

/**
 * Reads a model file for scan preparation and refuses what cannot be a glTF before any heavy work:
 * missing files, files over the size limit, and files of other formats (with a guess of what they
 * are). The file is only read, never changed.
 *
 * ```ts
 * const input = await readScanInput("bell.glb", { maxBytes: 100 * 1024 * 1024 });
 * ```
 */
export async function readScanInput(
  file: string,
  overrides: Partial<ReadScanInputOptions> = {},
): Promise<ScanInput> {
  const options = { ...READ_SCAN_INPUT_DEFAULTS, ...overrides };
  const path = resolve(file);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ScanError("NOT_FOUND", `${file}: no such file. Check the path and try again.`);
  }
  if (info.size > options.maxBytes) {
    throw new ScanError(
      "TOO_LARGE",
      `${file} is ${(info.size / MB).toFixed(1)} MB, more than the limit of ${(options.maxBytes / MB).toFixed(0)} MB. ` +
        "Reduce the scan (decimate it or shrink its textures) in your 3D software, or raise the limit with --max-input-mb.",
    );
  }
  const bytes = new Uint8Array(await readFile(path));
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  let format: "glb" | "gltf";
  let totalBytes = bytes.byteLength;
  if (magic === "glTF") {
    format = "glb";
  } else {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      json = undefined;
    }
    if (!json || typeof json !== "object" || !("asset" in json)) {
      const guess = guessFormat(bytes);
      throw new ScanError(
        "NOT_GLTF",
        `${file} is not a glTF model${guess ? `: it looks like ${guess}` : ""}. ` +
          "Upload a glTF binary (.glb) or a .gltf file with its .bin and texture files.",
      );
    }
    format = "gltf";
    for (const uri of sideFileUris(json)) {
      const side = await stat(resolve(dirname(path), decodeURIComponent(uri))).catch(() => undefined);
      totalBytes += side?.size ?? 0;
    }
    if (totalBytes > options.maxBytes) {
      throw new ScanError(
        "TOO_LARGE",
        `${file} with its side files is ${(totalBytes / MB).toFixed(1)} MB, more than the limit of ${(options.maxBytes / MB).toFixed(0)} MB.`,
      );
    }
  }
  return {
    file: path,
    baseName: basename(path, extname(path)),
    format,
    bytes,
    fileBytes: bytes.byteLength,
    totalBytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
