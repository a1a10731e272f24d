// Upload limits derived from the content model: the media library accepts only file types some
// field needs, up to the largest field limit. Each field then checks its own types and size
// (src/validation/check-media.ts) when a file is linked.
import { contentModel, type ModelField, modelComponentOf, modelTypeOf } from "../validation/content-model";
import { env } from "./env";

/**
 * MIME types per extension, including the names browsers and content sniffing report for the
 * same files (m4a is audio/mp4 or audio/x-m4a, opus is audio/ogg or audio/opus).
 */
const MIME_TYPES: Record<string, string[]> = {
  ".jpg": ["image/jpeg"],
  ".jpeg": ["image/jpeg"],
  ".png": ["image/png"],
  ".webp": ["image/webp"],
  ".avif": ["image/avif"],
  ".glb": ["model/gltf-binary"],
  ".gltf": ["model/gltf+json"],
  ".usdz": ["model/vnd.usdz+zip"],
  ".mp3": ["audio/mpeg"],
  ".m4a": ["audio/mp4", "audio/x-m4a"],
  ".ogg": ["audio/ogg"],
  ".opus": ["audio/ogg", "audio/opus"],
  ".mp4": ["video/mp4"],
  ".webm": ["video/webm"],
  ".vtt": ["text/vtt"],
};

function mediaFields(): ModelField[] {
  const all = [...contentModel.contentTypes, ...contentModel.components].flatMap((model) =>
    Object.values(model.fields),
  );
  return all.filter((field) => field.kind === "media");
}

/** Every MIME type some media field needs; an extension without a known type is a model error. */
export function allowedUploadTypes(): string[] {
  const types = new Set<string>();
  for (const field of mediaFields()) {
    for (const extension of field.extensions ?? []) {
      const mimes = MIME_TYPES[extension];
      if (!mimes)
        throw new Error(
          `cms/src/env/upload-rules.ts: no MIME type known for "${extension}" used in the content model; add it to MIME_TYPES.`,
        );
      for (const mime of mimes) types.add(mime);
    }
  }
  return [...types].sort();
}

/** The largest per-field limit in bytes: nothing bigger can be used anywhere. */
export function uploadSizeLimit(): number {
  return Math.max(...mediaFields().map((field) => field.maxBytes ?? 0));
}

/**
 * The largest request body an upload may have (UPLOAD_LIMIT_MB, default the largest field limit):
 * bigger bodies get a 413 before they are read.
 */
export function uploadBodyLimit(): number {
  return env().uploadLimitBytes ?? uploadSizeLimit();
}

/** The MIME types a file with this extension may have; empty for an extension no field takes. */
export function mimeTypesOf(extension: string): string[] {
  return MIME_TYPES[extension.toLowerCase()] ?? [];
}

/**
 * Per file type, the largest size any field accepts for it: images 20 MB, audio 50 MB, 3D models
 * and videos 500 MB (from the content model), so an oversized upload is refused before it is stored.
 */
export function uploadLimitsByExtension(): Map<string, number> {
  const limits = new Map<string, number>();
  for (const field of mediaFields()) {
    for (const extension of field.extensions ?? []) {
      limits.set(extension, Math.max(limits.get(extension) ?? 0, field.maxBytes ?? 0));
    }
  }
  return limits;
}

/**
 * The media field an upload names with `ref` (a content type or component uid) and `field`, which
 * Strapi's upload links directly, past the document service and its field checks; undefined when
 * they name no media field of the content model.
 */
export function mediaFieldOf(ref: string, field: string): ModelField | undefined {
  const fields = (modelTypeOf(ref) ?? modelComponentOf(ref))?.fields;
  const found = fields && Object.hasOwn(fields, field) ? fields[field] : undefined;
  return found?.kind === "media" ? found : undefined;
}
