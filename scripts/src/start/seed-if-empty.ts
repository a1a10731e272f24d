/**
 * Seeds the demo content when the CMS database holds no content yet. Runs before the CMS server
 * starts, in this process, so only one process writes the (SQLite) database at a time. Booting also
 * creates cms/.env's demo secrets on a fresh checkout.
 */
import { ALL_CONTENT_TYPES } from "@showroom/content-types";
import { bootCms } from "../cms/boot-cms.ts";
import { seedDemoContent } from "../seed/seed-demo-content.ts";

export async function seedIfEmpty(options: { seed: boolean; log: (line: string) => void }): Promise<void> {
  const { log } = options;
  // The demo scans bring their own posters: the CMS need not start a browser to render them.
  const cms = await bootCms({ logLevel: "warn", env: { SCAN_POSTER: process.env.SCAN_POSTER ?? "false" } });
  try {
    let entries = 0;
    for (const type of ALL_CONTENT_TYPES) {
      entries += await cms.strapi.db.query(`api::${type.name}.${type.name}` as never).count();
    }
    if (entries > 0) {
      log(
        `cms: the database holds content (${entries} rows): not seeding (run \`npm run seed\` to add the demo)`,
      );
      return;
    }
    if (!options.seed) {
      log("cms: the database is empty; SEED=false, so no demo content");
      return;
    }
    log("cms: the database is empty: seeding the demo content …");
    const report = await seedDemoContent(cms.strapi);
    log(
      `cms: demo content seeded: ${report.created} entries, ${report.uploaded} files (${(report.durationMs / 1000).toFixed(1)} s)`,
    );
  } finally {
    await cms.stop();
  }
}
