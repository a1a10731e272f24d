import type { Core } from "@strapi/strapi";
import { bootstrapAccess } from "./bootstrap/access";
import { bootstrapAdminLayout } from "./bootstrap/admin-layout";
import { bootstrapLocales } from "./bootstrap/locales";
import { registerBuildHook } from "./build-hook/register-build-hook";
import { registerPublishedOnlyDocuments } from "./draft-guard/published-only-documents";
import { registerLive } from "./live/register-live";
import { registerMapPicker } from "./map-picker/register-map-picker";
import { bootstrapOaiPmh, registerOaiPmh } from "./oai-pmh/register-oai-pmh";
import { registerPanoramaChecks } from "./panorama/register-panorama-checks";
import { registerPreview } from "./preview/register-preview";
import { registerScanProcessing } from "./scan-processing";
import { registerSearchIndexer } from "./search/register-search-indexer";
import { registerSlugs } from "./slugs/register-slugs";
import { registerStaffHome } from "./staff-home/register-staff-home";
import { registerStaffImport } from "./staff-import/register-staff-import";
import { registerStreamChecks } from "./stream-checks";
import { registerValidation } from "./validation/register-validation";

type Phase = (context: { strapi: Core.Strapi }) => void | Promise<void>;

/**
 * The CMS features, in order. Each feature is one named module with a register and/or bootstrap
 * step; add a feature by importing it and adding one line here.
 */
const features: { name: string; register?: Phase; bootstrap?: Phase }[] = [
  { name: "published-only", register: registerPublishedOnlyDocuments },
  { name: "validation", register: registerValidation },
  { name: "locales", bootstrap: bootstrapLocales },
  { name: "access", bootstrap: bootstrapAccess },
  { name: "admin-layout", bootstrap: bootstrapAdminLayout },
  { name: "build-hook", register: ({ strapi }) => registerBuildHook(strapi) },
  { name: "preview", bootstrap: ({ strapi }) => registerPreview(strapi) },
  { name: "search", register: ({ strapi }) => void registerSearchIndexer(strapi) },
  { name: "scan-processing", register: ({ strapi }) => registerScanProcessing(strapi) },
  { name: "stream-checks", register: ({ strapi }) => registerStreamChecks(strapi) },
  { name: "oai-pmh", register: registerOaiPmh, bootstrap: bootstrapOaiPmh },
  { name: "slugs", register: registerSlugs },
  { name: "panorama-hotspots", register: registerPanoramaChecks },
  { name: "live", register: ({ strapi }) => registerLive(strapi) },
  { name: "staff-home", register: ({ strapi }) => registerStaffHome(strapi) },
  { name: "map-picker", register: ({ strapi }) => registerMapPicker(strapi) },
  { name: "staff-import", register: ({ strapi }) => registerStaffImport(strapi) },
];

export default {
  async register(context: { strapi: Core.Strapi }) {
    for (const feature of features) await feature.register?.(context);
  },
  async bootstrap(context: { strapi: Core.Strapi }) {
    for (const feature of features) await feature.bootstrap?.(context);
  },
};
