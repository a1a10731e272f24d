import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The decoder files the viewer loads only for files that need them, taken from the installed
 * `three` package so they always match its loaders. The site copies them to `/decoders/` and
 * passes `decoderPath: "/decoders/"`; nothing is ever fetched from a CDN.
 * meshopt needs no file here: its decoder is a small JS module the bundler splits off on its own.
 */
export interface DecoderFile {
  /** Path inside the `three` package. */
  source: string;
  /** File name in the target folder (the names DRACOLoader and KTX2Loader request). */
  name: string;
  purpose: "draco" | "basis";
}

export const DECODER_FILES: readonly DecoderFile[] = [
  // The glTF-only Draco build: smaller than the general one and all a glTF file can use.
  {
    source: "examples/jsm/libs/draco/gltf/draco_wasm_wrapper.js",
    name: "draco_wasm_wrapper.js",
    purpose: "draco",
  },
  { source: "examples/jsm/libs/draco/gltf/draco_decoder.wasm", name: "draco_decoder.wasm", purpose: "draco" },
  // Pure-JS fallback for browsers without WebAssembly.
  { source: "examples/jsm/libs/draco/gltf/draco_decoder.js", name: "draco_decoder.js", purpose: "draco" },
  { source: "examples/jsm/libs/basis/basis_transcoder.js", name: "basis_transcoder.js", purpose: "basis" },
  {
    source: "examples/jsm/libs/basis/basis_transcoder.wasm",
    name: "basis_transcoder.wasm",
    purpose: "basis",
  },
];

/** Folder of the installed `three` package. */
export function threePackageDir(): string {
  // three's "exports" hide package.json, so walk up from its main file to the package folder.
  let dir = dirname(createRequire(import.meta.url).resolve("three"));
  while (!existsSync(join(dir, "examples", "jsm", "libs"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("copyDecoders: cannot find the installed three package (npm install?)");
    dir = parent;
  }
  return dir;
}

/**
 * Copies the decoder files into `targetDir` (created when missing) and returns the written paths.
 *
 * @example
 *   await copyDecoders(join(distDir, "decoders")); // then decoderPath: "/decoders/"
 */
export async function copyDecoders(targetDir: string): Promise<string[]> {
  const three = threePackageDir();
  await mkdir(targetDir, { recursive: true });
  const written: string[] = [];
  for (const file of DECODER_FILES) {
    const target = join(targetDir, file.name);
    await copyFile(join(three, file.source), target);
    written.push(target);
  }
  return written;
}
