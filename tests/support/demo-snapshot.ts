// A real snapshot of the demo content (Strapi booted on a throwaway database, seeded, exported through
// REST), cached per source state so several test files share one. See scripts/src/staff/snapshot/demo-snapshot.ts.
import { ensureDemoSnapshot as ensure } from "../../scripts/src/staff/snapshot/demo-snapshot.ts";

/**
 * The folder of the demo content snapshot (manifest.json, content/, media/). First call in a run
 * may take ~30 s: call it in `beforeAll`.
 *
 * @example
 *   let snapshot: string;
 *   beforeAll(async () => { snapshot = await ensureDemoSnapshot(); });
 */
export function ensureDemoSnapshot(): Promise<string> {
  return ensure();
}
