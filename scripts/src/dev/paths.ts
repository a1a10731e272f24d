import { resolve } from "node:path";

/** The repository root (this file lives in scripts/src/dev/). */
export const repoRoot = resolve(import.meta.dirname, "..", "..", "..");
