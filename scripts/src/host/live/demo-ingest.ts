/**
 * The live ingest as `npm start` runs it: RTMP on LIVE_RTMP_PORT (default 1935) of the demo's
 * host, streams and recordings in `.tmp/live/` (served by the site server at /media/live/), a
 * fresh shared secret for the CMS. A busy port does not stop the demo: it says so and goes on
 * without live ingest.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { type LiveIngest, startLiveIngest } from "./live-ingest.ts";

export const LIVE_URL_PREFIX = "/media/live/";

export interface DemoIngest {
  ingest: LiveIngest | undefined;
  /** Environment for the CMS: where the ingest is and the secret both share. */
  cmsEnv: Record<string, string>;
}

export async function startDemoIngest(options: {
  repoRoot: string;
  host: string;
  cmsUrl: string;
  siteUrl: string;
  log: (line: string) => void;
}): Promise<DemoIngest> {
  const secret = randomBytes(24).toString("hex");
  const raw = process.env.LIVE_RTMP_PORT?.trim();
  const port = raw ? Number(raw) : 1935;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`LIVE_RTMP_PORT must be a port number from 1 to 65535, got "${raw}".`);
  try {
    const ingest = await startLiveIngest({
      liveDir: join(options.repoRoot, ".tmp", "live"),
      urlPrefix: LIVE_URL_PREFIX,
      port,
      host: options.host,
      cms: { url: options.cmsUrl, secret },
      log: options.log,
    });
    return {
      ingest,
      cmsEnv: {
        LIVE_INGEST_SECRET: secret,
        LIVE_INGEST_URL: ingest.ingestUrl,
        LIVE_INGEST_CONTROL_URL: `${options.siteUrl}/_live`,
      },
    };
  } catch (error) {
    options.log(
      `live: no live ingest (${(error as Error).message}); set LIVE_RTMP_PORT to a free port to stream.`,
    );
    return { ingest: undefined, cmsEnv: {} };
  }
}
