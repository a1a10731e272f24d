import { open } from "node:fs/promises";
import { mimeTypesOf } from "../env/upload-rules";
import { foreignUris, readGlbJson, readGltfJson } from "./gltf-resources";

/** The result of looking at an uploaded file's bytes. */
export type ContentCheck = { ok: true; mime: string } | { ok: false; problem: string };

const HEAD_BYTES = 4096;

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await file.read(head, 0, HEAD_BYTES, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * A name for content that file-type does not recognise, so the refusal says what the file really
 * is: markup (HTML, SVG) is what a disguised upload usually carries.
 */
function describeUnknown(head: Buffer): string {
  if (head.length === 0) return "empty";
  if (head.every((byte) => byte === 0)) return "only zero bytes";
  const text = head.toString("utf8").replace(/^\uFEFF/, "");
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (
    start.startsWith("<svg") ||
    (start.startsWith("<?xml") && start.includes("<svg")) ||
    /<svg[\s>]/.test(start)
  )
    return "an SVG image (image/svg+xml), which can carry scripts";
  if (/^<(!doctype html|html|head|body|script|iframe|div|a |p>)/.test(start) || start.includes("<script"))
    return "HTML (text/html)";
  if (start.startsWith("<")) return "XML or HTML markup";
  if (start.startsWith("{") || start.startsWith("[")) return "JSON text (application/json)";
  // Valid UTF-8 without control characters other than whitespace reads as text.
  const hasControlBytes = head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20));
  if (!text.includes("\uFFFD") && !hasControlBytes) return "plain text (text/plain)";
  return "data of an unknown format";
}

/** The MIME type file-type reads from the bytes, without parameters ("audio/ogg; codecs=opus"). */
async function sniff(path: string): Promise<string | undefined> {
  const { fileTypeFromFile } = await import("file-type");
  return (await fileTypeFromFile(path))?.mime.split(";")[0]?.trim();
}

const mismatchProblem = (name: string, extension: string, detected: string) =>
  `"${name}" is ${detected}, not ${mimeTypesOf(extension).join(" or ")} as its name ${extension} says; upload a real ${extension} file.`;

/** What file-type cannot tell from a file's first bytes but a glance can: no format ever starts like this. */
const CLEARLY_NOT_MEDIA = /^(empty|only zero bytes|an SVG image|HTML|XML or HTML markup|plain text)/;

/**
 * A first look at the start of an upload while it is still arriving (src/uploads/sniffing-stream.ts):
 * a problem when the first bytes already show the file is not what its name says, undefined when
 * it may be (the whole file is checked once it is stored, by checkUploadContent). Only clear cases
 * are refused here: a recognised other format, zeros, text or markup.
 */
export async function checkUploadHead(
  head: Buffer,
  name: string,
  extension: string,
): Promise<string | undefined> {
  const expected = mimeTypesOf(extension);
  if (expected.length === 0) return undefined; // unknown extensions are refused with the accepted list later
  const text = head
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (extension === ".gltf") {
    return text.startsWith("{")
      ? undefined
      : `"${name}" is not glTF JSON (its content is ${describeUnknown(head)}); upload a real .gltf or .glb file.`;
  }
  if (extension === ".vtt" && /^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return undefined;
  const { fileTypeFromBuffer } = await import("file-type");
  const detected = (await fileTypeFromBuffer(head))?.mime.split(";")[0]?.trim();
  if (detected) {
    if (expected.includes(detected) || (extension === ".usdz" && detected === "application/zip"))
      return undefined;
    return mismatchProblem(name, extension, detected);
  }
  const described = describeUnknown(head);
  return CLEARLY_NOT_MEDIA.test(described) ? mismatchProblem(name, extension, described) : undefined;
}

function refuseForeign(name: string, json: unknown): ContentCheck | undefined {
  const foreign = foreignUris(json);
  if (foreign.length === 0) return undefined;
  const list = foreign.map(({ where, uri }) => `${where} "${uri}"`).join(", ");
  return {
    ok: false,
    problem: `"${name}" loads files from other hosts (${list}); a model may use only data: URIs or files next to it. Embed the images and buffers (e.g. save as .glb) and upload again.`,
  };
}

/**
 * Checks that an uploaded file's bytes are what its extension says and what a media field takes:
 * the type is read from the content (file-type; glTF JSON by parsing it), never from the name or
 * the browser's declared type. A glTF or GLB must not load images or buffers from another host.
 */
export async function checkUploadContent(
  path: string,
  name: string,
  extension: string,
): Promise<ContentCheck> {
  const expected = mimeTypesOf(extension);
  const mismatch = (detected: string): ContentCheck => ({
    ok: false,
    problem: mismatchProblem(name, extension, detected),
  });

  if (extension === ".gltf") {
    let json: unknown;
    try {
      json = await readGltfJson(path);
    } catch (error) {
      const detected = (await sniff(path)) ?? describeUnknown(await readHead(path));
      return {
        ok: false,
        problem: `"${name}" is not glTF JSON (${(error as Error).message.split("\n")[0]}; its content is ${detected}); upload a real .gltf or .glb file.`,
      };
    }
    return refuseForeign(name, json) ?? { ok: true, mime: "model/gltf+json" };
  }

  const detected = await sniff(path);
  if (!detected) {
    const head = await readHead(path);
    // WebVTT with a byte order mark, which file-type does not look past.
    if (extension === ".vtt" && /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(head.toString("utf8")))
      return { ok: true, mime: "text/vtt" };
    return mismatch(describeUnknown(head));
  }
  // A USDZ is a zip archive whose first entry is the USD scene.
  if (extension === ".usdz" && detected === "application/zip") {
    const head = await readHead(path);
    const nameLength = head.readUInt16LE(26);
    const firstEntry = head.subarray(30, 30 + nameLength).toString("utf8");
    return /\.usd[ac]?$/i.test(firstEntry)
      ? { ok: true, mime: "model/vnd.usdz+zip" }
      : mismatch("a zip archive");
  }
  if (!expected.includes(detected)) return mismatch(detected);
  if (extension === ".glb") {
    try {
      const foreign = refuseForeign(name, await readGlbJson(path));
      if (foreign) return foreign;
    } catch (error) {
      return { ok: false, problem: `"${name}" is not a valid GLB file: ${(error as Error).message}.` };
    }
  }
  return { ok: true, mime: detected };
}
