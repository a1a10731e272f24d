import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { serveFile } from "../../scripts/src/host/publish/serve-file.ts";
import { securityHeaders } from "../../site/src/lib/security/headers.ts";

/**
 * Sets the site's security headers (CSP and the rest) on an answer, as the site server does. As
 * serveStatic's `intercept` it lets the static server answer the request itself.
 */
export function withSecurityHeaders(req: IncomingMessage, res: ServerResponse): false {
  const path = new URL(req.url ?? "/", "http://site").pathname;
  for (const [name, value] of Object.entries(securityHeaders(path))) res.setHeader(name, value);
  return false;
}

export interface SiteServer {
  /** http://127.0.0.1:<port>: the same after a restart, so a saved site's origin still matches. */
  readonly origin: string;
  /** Closes the server and its connections: the site is gone, as for a visitor without signal. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

/**
 * A built site with its security headers, which a test can stop and start again on the same port
 * (offline tests). `answer` may answer a path itself (for example a file as a new build would
 * have it) and returns whether it did.
 */
export async function startSiteServer(
  dist: string,
  answer: (path: string, res: ServerResponse) => boolean = () => false,
): Promise<SiteServer> {
  let server: Server | undefined;
  let port = 0;
  const site: SiteServer = {
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    async start() {
      const started = createServer((req, res) => {
        withSecurityHeaders(req, res);
        if (!answer(new URL(req.url ?? "/", "http://site").pathname, res)) serveFile(dist, req, res);
      });
      await new Promise<void>((done) => started.listen(port, "127.0.0.1", done));
      port = (started.address() as AddressInfo).port;
      server = started;
    },
    async stop() {
      const running = server;
      server = undefined;
      if (!running?.listening) return;
      running.closeAllConnections();
      await new Promise<void>((done) => running.close(() => done()));
    },
  };
  await site.start();
  return site;
}
