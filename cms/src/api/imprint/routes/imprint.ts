// Generated from content-types/src/model by `npm run generate -w content-types` — do not edit.
import { factories } from "@strapi/strapi";

export default factories.createCoreRouter("api::imprint.imprint");
