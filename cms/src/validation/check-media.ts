import { existsSync } from "node:fs";
import { join, normalize } from "node:path";
import type { Core } from "@strapi/strapi";
import { type ContentCheck, checkUploadContent } from "../uploads/sniff-upload";
import { type ModelField, modelComponentOf } from "./content-model";
import type { FieldProblem } from "./field-error";

interface MediaUse {
  path: string[];
  field: ModelField;
  id: number;
}

/** Media ids as the document service accepts them: 12, "12", { id: 12 }, or lists of those. */
function mediaIds(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(mediaIds);
  if (typeof value === "number") return [value];
  if (typeof value === "string" && /^\d+$/.test(value)) return [Number(value)];
  if (typeof value === "object" && "id" in value) return mediaIds((value as { id: unknown }).id);
  return [];
}

function collect(
  fields: Record<string, ModelField>,
  data: Record<string, unknown>,
  path: string[],
  out: MediaUse[],
): void {
  for (const [name, field] of Object.entries(fields)) {
    const value = data[name];
    if (value === undefined || value === null) continue;
    if (field.kind === "media" && (field.extensions || field.maxBytes)) {
      for (const id of mediaIds(value)) out.push({ path: [...path, name], field, id });
    } else if (field.kind === "component" && field.component) {
      const component = modelComponentOf(field.component);
      if (!component) continue;
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === "object") {
          collect(
            component.fields,
            item as Record<string, unknown>,
            field.repeatable ? [...path, name, String(index)] : [...path, name],
            out,
          );
        }
      });
    }
  }
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

interface StoredFile {
  id: number;
  name: string;
  ext: string | null;
  size: number;
  url: string;
  provider: string;
}

/**
 * The stored file's bytes checked again, for files of the local provider that are on this disk:
 * uploads are checked when they arrive (src/middlewares/upload-rules.ts), but files stored before
 * that check, or put into the media library by other means, are checked when a field links them.
 */
async function checkStoredBytes(strapi: Core.Strapi, file: StoredFile, ext: string): Promise<ContentCheck> {
  const uploads = join(strapi.dirs.static.public, "uploads");
  const path = normalize(join(strapi.dirs.static.public, decodeURIComponent(file.url)));
  if (file.provider !== "local" || !file.url.startsWith("/uploads/") || !path.startsWith(uploads))
    return { ok: true, mime: "" };
  if (!existsSync(path)) return { ok: true, mime: "" };
  try {
    return await checkUploadContent(path, file.name, ext);
  } catch (error) {
    // An unreadable file is a storage problem, not the editor's: say so in the log, do not block the save.
    strapi.log.warn(`check-media: could not read ${path}: ${(error as Error).message}`);
    return { ok: true, mime: "" };
  }
}

/**
 * Each media field accepts only the file types it needs, up to its size limit (from the content
 * model): a 3D scan takes .glb/.gltf up to 500 MB, an image .jpg/.png/.webp/.avif up to 20 MB.
 */
export async function checkMedia(
  strapi: Core.Strapi,
  fields: Record<string, ModelField>,
  data: Record<string, unknown>,
): Promise<FieldProblem[]> {
  const uses: MediaUse[] = [];
  collect(fields, data, [], uses);
  if (uses.length === 0) return [];
  const files = await strapi.db.query("plugin::upload.file").findMany({
    where: { id: { $in: [...new Set(uses.map((use) => use.id))] } },
    select: ["id", "name", "ext", "size", "url", "provider"],
  });
  const byId = new Map(files.map((file: { id: number }) => [file.id, file as StoredFile]));
  const contentChecks = new Map<number, Promise<ContentCheck>>();
  const problems: FieldProblem[] = [];
  for (const use of uses) {
    const file = byId.get(use.id);
    if (!file) {
      problems.push({
        path: use.path,
        message: `File ${use.id} does not exist in the media library; upload it first.`,
      });
      continue;
    }
    const ext = (file.ext ?? "").toLowerCase();
    const allowed = use.field.extensions;
    if (allowed && !allowed.includes(ext)) {
      problems.push({
        path: use.path,
        message: `"${file.name}" is a ${ext || "file without extension"}; this field accepts ${allowed.join(", ")}.`,
      });
    } else if (allowed) {
      if (!contentChecks.has(file.id)) contentChecks.set(file.id, checkStoredBytes(strapi, file, ext));
      const content = await (contentChecks.get(file.id) as Promise<ContentCheck>);
      if (!content.ok) problems.push({ path: use.path, message: content.problem });
    }
    // Strapi stores sizes in kilobytes (1000 bytes).
    const bytes = Math.round(file.size * 1000);
    if (use.field.maxBytes && bytes > use.field.maxBytes) {
      problems.push({
        path: use.path,
        message: `"${file.name}" is ${megabytes(bytes)}; this field accepts at most ${megabytes(use.field.maxBytes)}.`,
      });
    }
  }
  return problems;
}
