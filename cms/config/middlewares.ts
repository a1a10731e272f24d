import { uploadSizeLimit } from "../src/config/upload-rules";

export default [
  "strapi::logger",
  "strapi::errors",
  "strapi::security",
  "strapi::cors",
  "strapi::poweredBy",
  "strapi::query",
  // Uploads up to the largest media field limit (3D scans); each field checks its own limit.
  { name: "strapi::body", config: { formidable: { maxFileSize: uploadSizeLimit() } } },
  "strapi::session",
  "strapi::favicon",
  "strapi::public",
  // After strapi::query so it sees the parsed query; see src/middlewares/published-only.ts.
  "global::published-only",
  // After strapi::body, which parses the uploaded files; see src/middlewares/upload-rules.ts.
  "global::upload-rules",
];
