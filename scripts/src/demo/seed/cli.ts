/**
 * `npm run seed [-- --refresh-dates]`: boots the CMS in this process on its configured database
 * (cms/.env; SQLite by default), seeds the demo content and stops. Run it while the CMS server is not
 * running. `--refresh-dates` moves the demo events relative to now, so "live now" is live again.
 */
import { bootCms } from "../../shared/cms/boot-cms.ts";
import { seedDemoContent } from "./seed-demo-content.ts";
import { seedSummary } from "./seed-summary.ts";

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== "--refresh-dates" && arg !== "--help");
if (unknown.length > 0 || args.includes("--help")) {
  console.error(
    "Usage: npm run seed [-- --refresh-dates]\n  --refresh-dates  move the demo events' dates relative to now (past, live, upcoming again)",
  );
  process.exit(unknown.length > 0 ? 1 : 0);
}
const refreshDates = args.includes("--refresh-dates");

// Two processes writing one SQLite file invite "database is locked", and a running CMS would not
// notice the new content: the seed runs while the CMS is stopped.
const port = process.env.PORT?.trim() || "1337";
const running = await fetch(`http://127.0.0.1:${port}/_health`, { signal: AbortSignal.timeout(1500) }).then(
  (response) => response.ok,
  () => false,
);
if (running) {
  console.error(
    `seed: a CMS is running on port ${port}. Stop it first (Ctrl-C in the terminal of \`npm start\`), then run \`npm run seed\` again.`,
  );
  process.exit(1);
}
const started = Date.now();
console.log("seed: starting the CMS in this process …");
// The demo scans bring their own posters: the CMS need not start a browser to render them.
const cms = await bootCms({ logLevel: "warn", env: { SCAN_POSTER: process.env.SCAN_POSTER ?? "false" } });
let failed = false;
try {
  const report = await seedDemoContent(cms.strapi, { log: (line) => console.log(line), refreshDates });
  console.log(
    `${seedSummary(report)} (${(report.durationMs / 1000).toFixed(1)} s; ` +
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
