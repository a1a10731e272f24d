import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { guardHandler, parseRequestPath, refusePath } from "../host/publish/request-path.ts";
import { serveFile } from "../host/publish/serve-file.ts";

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeStaticOptions {
  /** Called before a file is served; return true when the hook has answered the request itself. */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Serve `404.html` (like static hosts do) for unknown paths. Default true. */
  notFoundPage?: boolean;
  /** Static hosts answer redirects from a `_redirects` style map; tests may pass one. */
  redirects?: Record<string, { to: string; status: number }>;
}

/**
 * Serves a folder like a plain static host, with the same file handling as the demo's site server
 * (index.html for folders, 404.html for misses), on a free port of 127.0.0.1.
 */
export async function serveStatic(root: string, options: ServeStaticOptions = {}): Promise<StaticServer> {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // Like the site server: a malformed path is a 400 before any hook sees it.
    const parsed = parseRequestPath(req.url);
    if (!parsed.ok) {
      refusePath(res, parsed);
      return;
    }
    if (options.intercept?.(req, res)) return;
    const { path } = parsed;
    const redirect = options.redirects?.[path];
    if (redirect) {
      res.writeHead(redirect.status, { location: redirect.to });
      res.end();
      return;
    }
    serveFile(root, req, res, { notFoundPage: options.notFoundPage !== false });
  };
  const server = createServer(guardHandler("static test server", handle));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
