import type { Core } from "@strapi/strapi";

export async function bootstrapAdminLayout(_: { strapi: Core.Strapi }): Promise<void> {}
