/**
 * `npm start` runs the idempotent demo seed every time (a few seconds; SEED=false skips it), so a
 * first start that was interrupted mid-seed is completed by the next one instead of serving half a
 * demo. Runs before the CMS server starts, in this process, so only one process writes the (SQLite)
 * database at a time. Booting also creates cms/.env's demo secrets on a fresh checkout.
 */
import { bootCms } from "../../shared/cms/boot-cms.ts";
import { ensureSystemTools } from "../../shared/system-tools/system-tools.ts";
import { seedDemoContent } from "../seed/seed-demo-content.ts";
import { seedSummary } from "../seed/seed-summary.ts";

export async function seedOnStart(options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  const { log } = options;
  if (!options.seed) {
    log("cms: SEED=false: the demo content is neither created nor checked");
    return;
  }
  // The demo scans bring their own posters: the CMS need not start a browser to render them.
  const cms = await bootCms({ logLevel: "warn", env: { SCAN_POSTER: process.env.SCAN_POSTER ?? "false" } });
  try {
    log("cms: seeding the demo content (creates what is missing, completes what an interrupted run left) …");
    // eSpeak NG speaks the demo audio guides: installed when this process may, else the seed says how.
    ensureSystemTools(["espeak"], { log: (line) => log(`cms: ${line}`) });
    const report = await seedDemoContent(cms.strapi, {
      log: (line) => log(line.replace(/^seed: /, "cms: ")),
    });
    log(
      `cms: ${seedSummary(report).replace(/^seed: /, "demo content: ")} (${(report.durationMs / 1000).toFixed(1)} s)`,
    );
  } finally {
    await cms.stop();
  }
}
