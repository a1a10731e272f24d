import { mkdirSync } from "node:fs";
import { corsConfig } from "../src/env/cors";
import { env } from "../src/env/env";
import { uploadBodyLimit } from "../src/env/upload-rules";
import { sniffingWriteStream } from "../src/uploads/sniffing-stream";

export default () => {
  const { uploadTempDir } = env();
  mkdirSync(uploadTempDir, { recursive: true });
  return [
    "strapi::logger",
    "strapi::errors",
    "strapi::security",
    // Only configured origins; credentials only for the admin's own (src/env/cors.ts).
    { name: "strapi::cors", config: corsConfig() },
    // Foreign pages cannot use the admin's refresh cookie; see src/middlewares/admin-origin.ts.
    "global::admin-origin",
    // Before strapi::body: anonymous and oversized uploads are refused unread (src/middlewares/upload-guard.ts).
    "global::upload-guard",
    "strapi::poweredBy",
    "strapi::query",
    // Uploads up to UPLOAD_LIMIT_MB (default the largest media field limit); each field checks its own.
    {
      name: "strapi::body",
      config: {
        formidable: {
          maxFileSize: uploadBodyLimit(),
          uploadDir: uploadTempDir,
          // Looks at the first bytes before writing a file to disk (src/uploads/sniffing-stream.ts).
          fileWriteStreamHandler: sniffingWriteStream,
        },
      },
    },
    // After strapi::body (it reads the e-mail): failed admin logins are limited (src/middlewares/login-limit.ts).
    "global::login-limit",
    "strapi::session",
    "strapi::favicon",
    "strapi::public",
    // After strapi::query so it sees the parsed query; see src/middlewares/published-only.ts.
    "global::published-only",
    // After strapi::body, which parses the uploaded files; see src/middlewares/upload-rules.ts.
    "global::upload-rules",
  ];
};
