import { resolve } from "node:path";

/** The cms/ folder of the checkout (this file lives in scripts/src/shared/cms/). */
export const cmsDir = resolve(import.meta.dirname, "..", "..", "..", "..", "cms");
