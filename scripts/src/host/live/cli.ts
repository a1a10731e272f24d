/**
 * The live ingest on a server: `node scripts/src/host/live/cli.ts` (see README.md here).
 *
 *   LIVE_INGEST_SECRET  shared with the CMS (required)
 *   CMS_URL             the CMS, e.g. http://127.0.0.1:1337 (required)
 *   LIVE_DIR            folder for streams and recordings (default ./live)
 *   LIVE_RTMP_PORT      RTMP port (default 1935)
 *   LIVE_HTTP_PORT      port serving /media/live/ and the caption endpoint /_live/captions (default 8935)
 *   LIVE_HOST           interface for both (default 0.0.0.0)
 */
import { createServer } from "node:http";
import { resolve } from "node:path";
import { LIVE_URL_PREFIX } from "./demo-ingest.ts";
import { startLiveIngest } from "./live-ingest.ts";

function required(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) {
    console.error(`live ingest: set ${name} (see scripts/src/host/live/README.md).`);
    process.exit(2);
  }
  return value;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`live ingest: ${name} must be a port number from 1 to 65535, got "${raw}".`);
    process.exit(2);
  }
  return value;
}

const host = process.env.LIVE_HOST?.trim() || "0.0.0.0";
const ingest = await startLiveIngest({
  liveDir: resolve(process.env.LIVE_DIR?.trim() || "live"),
  urlPrefix: LIVE_URL_PREFIX,
  port: port("LIVE_RTMP_PORT", 1935),
  host,
  cms: { url: required("CMS_URL").replace(/\/+$/, ""), secret: required("LIVE_INGEST_SECRET") },
});
const http = createServer((req, res) => {
  if (!ingest.serve(req, res)) res.writeHead(404).end();
});
http.listen(port("LIVE_HTTP_PORT", 8935), host);
console.log(
  `live ingest: RTMP ${ingest.ingestUrl}, HTTP port ${port("LIVE_HTTP_PORT", 8935)}. Ctrl-C stops.`,
);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    http.close();
    void ingest.close().then(() => process.exit(0));
  });
