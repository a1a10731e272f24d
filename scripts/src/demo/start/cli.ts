/**
 * `npm start`: the whole demo on one machine, from a fresh clone after `npm install`.
 *
 *   1. build the CMS admin panel (once; reused while the CMS sources are unchanged)
 *   2. seed the demo content (idempotent and resumable; SEED=false skips; creates cms/.env's secrets)
 *   3. generate the demo HLS streams into site/public/media/streams (once)
 *   4. start the site server with the publish-to-live loop (port SITE_PORT, default 4321)
 *   5. start the CMS (port PORT, default 1337) with the build hook pointing at the site server
 *   6. export a snapshot and build the site; every publish in the CMS rebuilds it
 *
 * Ctrl-C stops everything.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { startDemoIngest } from "../../host/live/demo-ingest.ts";
import { type PublishLoop, startPublishLoop } from "../../host/publish/publish-loop.ts";
import { demoLiveHook, ensureDemoStreams } from "../hls/demo-streams.ts";
import { buildCmsIfNeeded } from "./build-admin.ts";
import { posterBrowserEnv } from "./poster-browser.ts";
import { seedOnStart } from "./seed-on-start.ts";
import { type RunningCms, startCms } from "./start-cms.ts";
import { DEMO_ADMIN_PASSWORD, readStartConfig, repoRoot } from "./start-config.ts";

const log = (line: string) => console.log(line);
const started = Date.now();
let cms: RunningCms | undefined;
let loop: PublishLoop | undefined;
let liveIngest: { close(): Promise<void> } | undefined;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("\nstopping …");
    await liveIngest?.close().catch(() => undefined);
    await loop?.close().catch((error: unknown) => console.error(`site server: ${(error as Error).message}`));
    await cms?.stop().catch((error: unknown) => console.error(`cms: ${(error as Error).message}`));
  }
  process.exit(code);
}
process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

try {
  const config = readStartConfig();
  await buildCmsIfNeeded(log);
  await seedOnStart({ seed: config.seed, log });

  log("streams: making sure the demo HLS streams exist …");
  const streamsDir = join(repoRoot, "site", "public", "media", "streams");
  await ensureDemoStreams(streamsDir, { log });

  const hookSecret = randomBytes(24).toString("hex");
  // Vorschau: the admin signs preview links with this secret; the token lets the site server read drafts.
  const preview = { secret: randomBytes(24).toString("hex"), token: randomBytes(32).toString("hex") };
  const cmsUrl = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${config.cmsPort}`;
  // Live streams: OBS or a phone app sends RTMP here with an event's stream key (see host/live/).
  const live = await startDemoIngest({
    repoRoot,
    host: config.host,
    cmsUrl,
    siteUrl: cmsUrl.replace(/:\d+$/, `:${config.sitePort}`),
    log,
  });
  liveIngest = live.ingest;
  const demoLive = demoLiveHook(streamsDir);
  loop = await startPublishLoop({
    releasesDir: join(repoRoot, "site", "releases"),
    cmsUrl,
    token: () => cms?.siteBuildToken(),
    hookSecret,
    preview,
    // The "live now" demo event needs a playlist that grows like a real live stream.
    intercept: (req, res) => (live.ingest?.serve(req, res) ?? false) || demoLive(req, res),
    host: config.host,
    port: config.sitePort,
    log,
  });

  // Chromium is needed only for posters of newly uploaded scans: installed when possible, else off.
  const posterEnv = posterBrowserEnv({ log });
  log(`cms: starting on ${cmsUrl} …`);
  cms = await startCms({
    host: config.host,
    port: config.cmsPort,
    env: {
      SITE_BUILD_HOOK: loop.hookUrl,
      SITE_BUILD_HOOK_SECRET: hookSecret,
      PREVIEW_URL: loop.previewUrl,
      PREVIEW_SECRET: preview.secret,
      PREVIEW_CMS_TOKEN: preview.token,
      ...live.cmsEnv,
      ...posterEnv,
    },
  });
  loop.worker.trigger("start");

  const demo =
    config.adminPassword === DEMO_ADMIN_PASSWORD ? "  (demo password: change it for real use)" : "";
  log(
    [
      "",
      `Digital showroom is running (${((Date.now() - started) / 1000).toFixed(0)} s):`,
      `  CMS admin    ${cms.url}/admin`,
      `  e-mail       ${config.adminEmail}   (ADMIN_EMAIL)`,
      `  password     ${config.adminPassword}   (ADMIN_PASSWORD)${demo}`,
      `  public site  ${loop.url}   (first build running; progress at ${loop.statusUrl})`,
      `  build errors ${loop.staffStatusUrl}   (staff only: the link holds the build-hook secret)`,
      `  CMS log      ${cms.logFile}`,
      `  live ingest  ${live.ingest?.ingestUrl ?? "off"}   (OBS: this server + the event's stream key)`,
      "Publishing in the CMS rebuilds the site. Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
} catch (error) {
  console.error(`\nnpm start failed: ${(error as Error).message}`);
  await stopAll(1);
}
