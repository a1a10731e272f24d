import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runInThisContext } from "node:vm";
import { gzipSync } from "node:zlib";
import type { RgbaImage } from "./colour-difference.ts";

/** The part of basis_universal's transcoder API (Embind) used here; three's KTX2Loader uses the same. */
interface Ktx2File {
  isValid(): boolean;
  getWidth(): number;
  getHeight(): number;
  startTranscoding(): boolean;
  getImageTranscodedSizeInBytes(level: number, layer: number, face: number, format: number): number;
  transcodeImage(
    destination: Uint8Array,
    level: number,
    layer: number,
    face: number,
    format: number,
    getAlphaForOpaqueFormats: number,
    channel0: number,
    channel1: number,
  ): number;
  close(): void;
  delete(): void;
}

interface TranscoderModule {
  initializeBasis(): void;
  KTX2File: new (bytes: Uint8Array) => Ktx2File;
}

/** The first 12 bytes of every KTX2 file: «KTX 20», then line ends. */
const KTX2_IDENTIFIER = [0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb, 0x0d, 0x0a, 0x1a, 0x0a];

/** basis_universal's `transcoder_texture_format::cTFRGBA32`: plain 8-bit RGBA. */
const RGBA32 = 13;

let transcoder: Promise<TranscoderModule> | null = null;

/** The transcoder's two files, as three ships them and the viewer self-hosts them. */
async function transcoderFiles(): Promise<{ file: string; source: string; wasm: Buffer }> {
  const file = fileURLToPath(import.meta.resolve("three/examples/jsm/libs/basis/basis_transcoder.js"));
  const [source, wasm] = await Promise.all([
    readFile(file, "utf8"),
    readFile(file.replace(/\.js$/, ".wasm")),
  ]);
  return { file, source, wasm };
}

/**
 * The Basis transcoder that ships with three, the same files the viewer self-hosts in its
 * `decoders/` folder: what is measured here is what a visitor's browser decodes. It is a classic
 * Emscripten script (no ES module), so it runs in this context with the `require` it expects.
 */
function loadTranscoder(): Promise<TranscoderModule> {
  transcoder ??= (async () => {
    const { file, source, wasm } = await transcoderFiles();
    const factory = runInThisContext(
      `(function (require, __filename, __dirname) {\n${source}\nreturn BASIS;\n})`,
      { filename: file },
    ) as (
      require: NodeJS.Require,
      filename: string,
      dirname: string,
    ) => (module: object) => Promise<TranscoderModule>;
    const BASIS = factory(createRequire(file), file, dirname(file));
    const module = await BASIS({ wasmBinary: wasm });
    module.initializeBasis();
    return module;
  })();
  return transcoder;
}

/**
 * Decodes a Basis Universal KTX2 texture (ETC1S or UASTC) back to RGBA pixels in Node, so its
 * quality can be measured against the original like any WebP. Returns the largest mip level.
 *
 * ```ts
 * const { rgba, width, height } = await decodeKtx2(ktx2Bytes);
 * ```
 */
export async function decodeKtx2(bytes: Uint8Array): Promise<RgbaImage> {
  // The transcoder's own isValid() accepts any bytes; the 12-byte identifier is what KTX2 promises.
  if (!KTX2_IDENTIFIER.every((byte, i) => bytes[i] === byte)) {
    throw new Error("not a valid Basis Universal KTX2 file (it does not start with the KTX2 identifier)");
  }
  const { KTX2File } = await loadTranscoder();
  const file = new KTX2File(bytes);
  try {
    if (!file.isValid()) throw new Error("not a valid Basis Universal KTX2 file");
    if (!file.startTranscoding()) throw new Error("the Basis transcoder could not start on this KTX2 file");
    const rgba = new Uint8Array(file.getImageTranscodedSizeInBytes(0, 0, 0, RGBA32));
    if (!file.transcodeImage(rgba, 0, 0, 0, RGBA32, 0, -1, -1)) {
      throw new Error("the Basis transcoder failed on the first mip level");
    }
    return { rgba, width: file.getWidth(), height: file.getHeight() };
  } finally {
    file.close();
    file.delete();
  }
}

let transferBytes: Promise<number> | null = null;

/**
 * What a visitor downloads once to show any KTX2 texture: the transcoder's script and WASM,
 * gzip-compressed as the site server sends them (about 260 KB).
 */
export function transcoderTransferBytes(): Promise<number> {
  transferBytes ??= transcoderFiles().then(
    ({ source, wasm }) => gzipSync(source).byteLength + gzipSync(wasm).byteLength,
  );
  return transferBytes;
}
