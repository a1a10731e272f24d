import type { Core } from "@strapi/strapi";

export async function bootstrapAccess(_: { strapi: Core.Strapi }): Promise<void> {}
