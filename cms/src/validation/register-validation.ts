import type { Core } from "@strapi/strapi";

export function registerValidation(_: { strapi: Core.Strapi }): void {}
