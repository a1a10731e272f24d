/**
 * `npm run seed`: boots the CMS in this process on its configured database (cms/.env; SQLite by
 * default), seeds the demo content and stops. Run it while the CMS server is not running.
 */
import { bootCms } from "../cms/boot-cms.ts";
import { seedDemoContent } from "./seed-demo-content.ts";

const started = Date.now();
console.log("seed: starting the CMS in this process …");
// The demo scans bring their own posters: the CMS need not start a browser to render them.
const cms = await bootCms({ logLevel: "warn", env: { SCAN_POSTER: process.env.SCAN_POSTER ?? "false" } });
let failed = false;
try {
  const report = await seedDemoContent(cms.strapi, { log: (line) => console.log(line) });
  console.log(
    `seed: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ` +
      `${report.published} published, ${report.uploaded} files uploaded (${(report.durationMs / 1000).toFixed(1)} s; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s with start-up)`,
  );
} catch (error) {
  failed = true;
  console.error((error as Error).message);
  if (/SQLITE_BUSY|database is locked/i.test(String(error))) {
    console.error("The database is in use: stop the running CMS (npm start) and run the seed again.");
  }
} finally {
  await cms.stop();
}
process.exit(failed ? 1 : 0);
