import type { Core } from "@strapi/strapi";
import { bootstrapAccess } from "./bootstrap/access";
import { bootstrapAdminLayout } from "./bootstrap/admin-layout";
import { bootstrapLocales } from "./bootstrap/locales";
import { registerValidation } from "./validation/register-validation";

type Phase = (context: { strapi: Core.Strapi }) => void | Promise<void>;

/**
 * The CMS features, in order. Each feature is one named module with a register and/or bootstrap
 * step; add a feature by importing it and adding one line here.
 */
const features: { name: string; register?: Phase; bootstrap?: Phase }[] = [
  { name: "validation", register: registerValidation },
  { name: "locales", bootstrap: bootstrapLocales },
  { name: "access", bootstrap: bootstrapAccess },
  { name: "admin-layout", bootstrap: bootstrapAdminLayout },
];

export default {
  async register(context: { strapi: Core.Strapi }) {
    for (const feature of features) await feature.register?.(context);
  },
  async bootstrap(context: { strapi: Core.Strapi }) {
    for (const feature of features) await feature.bootstrap?.(context);
  },
};
