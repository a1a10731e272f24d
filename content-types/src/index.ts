export * from "./define.ts";
export * from "./fields.ts";
export * from "./generated/index.ts";
export * from "./licences.ts";
export * from "./model/index.ts";
export * from "./populate.ts";
export * from "./snapshot.ts";
export * from "./validate.ts";
export { type Media, mediaSchema, type Relation, relation as relationSchema } from "./zod-helpers.ts";
