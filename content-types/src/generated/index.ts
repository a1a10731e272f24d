// Generated from content-types/src/model by `npm run generate -w content-types` — do not edit.
export * from "./zod.ts";
