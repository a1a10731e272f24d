import { extname } from "node:path";
import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";
import { uploadLimitsByExtension } from "../config/upload-rules";

interface UploadedFile {
  originalFilename?: string | null;
  size: number;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * Global middleware `global::upload-rules`: the media library (admin `/upload`, content API
 * `/api/upload`) accepts only file types some field of the content model needs, each up to the
 * largest size a field allows for it. A refused upload gets a 400 naming the file, its type or
 * size and what is accepted. Strapi's content sniffing (upload security) runs afterwards.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limits = uploadLimitsByExtension();
  const accepted = [...limits.keys()].sort().join(", ");
  const uploadPaths = new Set(["/upload", `${strapi.config.get("api.rest.prefix", "/api")}/upload`]);
  return async (ctx: Context, next: Next) => {
    if (ctx.method === "POST" && uploadPaths.has(ctx.path)) {
      const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files ?? {};
      const problems: string[] = [];
      for (const file of Object.values(files).flat()) {
        const name = file.originalFilename ?? "file";
        const extension = extname(name).toLowerCase();
        const limit = limits.get(extension);
        if (limit === undefined) {
          problems.push(
            `"${name}": ${extension || "files without extension"} cannot be uploaded; accepted are ${accepted}.`,
          );
        } else if (file.size > limit) {
          problems.push(
            `"${name}" is ${megabytes(file.size)}; ${extension} files may be at most ${megabytes(limit)}.`,
          );
        }
      }
      if (problems.length > 0) {
        throw new errors.ValidationError(`files: ${problems.join(" ")}`, {
          errors: problems.map((message) => ({ path: ["files"], message, name: "ValidationError" })),
        });
      }
    }
    await next();
  };
};
