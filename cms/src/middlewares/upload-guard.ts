import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";
import { requestIdentity } from "../access-check/request-identity";
import { uploadBodyLimit } from "../env/upload-rules";

/** Room for the multipart framing and the form fields around the file bytes. */
const MULTIPART_OVERHEAD = 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Global middleware `global::upload-guard`, before `strapi::body`: a multipart body is read (and
 * its files written to disk) only for a request that may upload, and only up to the configured
 * limit. Without it the body parser stored anonymous uploads of up to 500 MB before the route said
 * 403. Answers before reading the body:
 * - 401 without a valid admin session or API token, 403 for a read-only token (and closes the
 *   connection, so the sender stops);
 * - 413 when Content-Length says the body is over UPLOAD_LIMIT_MB.
 * A chunked body without Content-Length is cut off by the body parser at the same limit (413,
 * with the same message).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limit = uploadBodyLimit();
  return async (ctx: Context, next: Next) => {
    if (!ctx.is("multipart")) return next();
    const identity = await requestIdentity(strapi, ctx.get("authorization"));
    if (!identity || (identity.kind === "api-token" && identity.type === "read-only")) {
      // Closing the connection stops the sender; nobody of ours is waiting for this answer.
      ctx.set("Connection", "close");
      if (!identity) throw new errors.UnauthorizedError("Uploads need a signed-in editor or an API token.");
      throw new errors.ForbiddenError("A read-only API token cannot upload files.");
    }
    // For staff the connection stays open: Node discards the rest of the body (nothing is
    // stored) and the admin shows this message instead of a network error.
    const length = Number(ctx.get("content-length") || 0);
    if (length > limit + MULTIPART_OVERHEAD) {
      throw new errors.PayloadTooLargeError(
        `The upload is ${megabytes(length)}; uploads may be at most ${megabytes(limit)} (UPLOAD_LIMIT_MB).`,
      );
    }
    await next();
    // strapi::body stopped a chunked body at the limit and answered with a bare "FileTooBig".
    const error = (ctx.body as { error?: { message?: string } } | undefined)?.error;
    if (ctx.status === 413 && error?.message === "FileTooBig") {
      error.message = `The upload is over ${megabytes(limit)}; uploads may be at most ${megabytes(limit)} (UPLOAD_LIMIT_MB).`;
    }
  };
};
