import { rm } from "node:fs/promises";
import { extname } from "node:path";
import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";
import { mediaFieldOf, uploadLimitsByExtension } from "../env/upload-rules";
import { STAFF_IMPORT_ROUTE } from "../staff-import/route";
import { checkUploadContent } from "../uploads/sniff-upload";
import type { ModelField } from "../validation/content-model";

interface UploadedFile {
  originalFilename?: string | null;
  filepath: string;
  size: number;
  mimetype?: string | null;
  /** Set while receiving when the first bytes already showed the content is wrong (src/uploads/sniffing-stream.ts). */
  refusedContent?: string;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The file's problem with the media rules, or undefined when it may be stored. */
async function problemOf(file: UploadedFile, limits: Map<string, number>, accepted: string) {
  const name = file.originalFilename ?? "file";
  const extension = extname(name).toLowerCase();
  const limit = limits.get(extension);
  if (limit === undefined)
    return `"${name}": ${extension || "files without extension"} cannot be uploaded; accepted are ${accepted}.`;
  if (file.size > limit)
    return `"${name}" is ${megabytes(file.size)}; ${extension} files may be at most ${megabytes(limit)}.`;
  if (file.refusedContent) return file.refusedContent;
  const content = await checkUploadContent(file.filepath, name, extension);
  if (!content.ok) return content.problem;
  // Stored and served with the type read from the bytes, not the one the browser declared.
  file.mimetype = content.mime;
  return undefined;
}

interface LinkedField {
  name: string;
  rule: ModelField | undefined;
}

/** The field an upload asks to be linked to (`ref`, `refId`, `field` in the form), if any. */
function linkedField(ctx: Context): LinkedField | undefined {
  const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
  const { ref, field } = body;
  if (typeof ref !== "string" || typeof field !== "string" || !ref || !field) return undefined;
  return { name: field, rule: mediaFieldOf(ref, field) };
}

/** A file linked to a field on upload must suit that field, as when an entry links it. */
function fieldProblemOf(file: UploadedFile, target: LinkedField | undefined): string | undefined {
  if (!target) return undefined;
  const name = file.originalFilename ?? "file";
  const extension = extname(name).toLowerCase();
  const { rule } = target;
  if (!rule)
    return `"${name}" cannot be linked to "${target.name}": that is not a media field of the content model.`;
  if (rule.extensions && !rule.extensions.includes(extension))
    return `"${name}" is a ${extension || "file without extension"}; this field accepts ${rule.extensions.join(", ")}.`;
  if (rule.maxBytes && file.size > rule.maxBytes)
    return `"${name}" is ${megabytes(file.size)}; this field accepts at most ${megabytes(rule.maxBytes)}.`;
  return undefined;
}

/**
 * Global middleware `global::upload-rules`: every uploaded file, on any route (admin `/upload`,
 * `/upload/files`, replacing a file, content API `/api/upload`), must be a file type some field of
 * the content model needs, up to the largest size a field allows for it, and its bytes must be
 * that type (src/uploads/sniff-upload.ts). A refused upload gets a 400 naming the file, what its
 * content is and what is accepted; its temporary files are removed and nothing is stored.
 * Uploading from URLs is refused: the server would fetch from a third party. The one exception is
 * the spreadsheet import's route, which checks its own files and keeps none.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => {
  const limits = uploadLimitsByExtension();
  const accepted = [...limits.keys()].sort().join(", ");
  return async (ctx: Context, next: Next) => {
    if (ctx.method === "POST" && ctx.path === "/upload/actions/upload-from-urls") {
      throw new errors.ValidationError(
        "urls: uploading from a web address is turned off; download the file and upload it, so its content can be checked.",
      );
    }
    // The spreadsheet import reads the file and never stores it; it sniffs its own types
    // (src/staff-import/), which no field of the content model accepts.
    if (ctx.method === "POST" && ctx.path === STAFF_IMPORT_ROUTE) return next();
    const fileMap = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
    const files = Object.values(fileMap ?? {}).flat();
    if (files.length > 0) {
      const problems: string[] = [];
      const target = linkedField(ctx);
      for (const file of files) {
        const problem = (await problemOf(file, limits, accepted)) ?? fieldProblemOf(file, target);
        if (problem) problems.push(problem);
      }
      if (problems.length > 0) {
        // strapi::body removes temporary files only when the request succeeds.
        await Promise.all(files.map((file) => rm(file.filepath, { force: true })));
        const path = target?.name ?? "files";
        throw new errors.ValidationError(`${path}: ${problems.join(" ")}`, {
          errors: problems.map((message) => ({ path: [path], message, name: "ValidationError" })),
        });
      }
    }
    await next();
  };
};
