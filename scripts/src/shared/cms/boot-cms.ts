import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
// Type-only: erased at run time; Strapi itself is loaded from cms/node_modules below.
import type { Core } from "../../../../cms/node_modules/@strapi/strapi/dist/index.d.ts";
import { type CompiledCms, compileCms } from "./compile-cms.ts";
import { cmsDir } from "./paths.ts";

export type Strapi = Core.Strapi;

export type CmsDatabase =
  | { client: "sqlite"; filename: string }
  | {
      client: "postgres";
      host: string;
      port: number;
      database: string;
      user: string;
      password?: string;
      ssl?: boolean;
      schema?: string;
    };

export interface BootCmsOptions {
  /** Database to use; default: whatever cms/.env and the environment configure. */
  database?: CmsDatabase;
  /** Folder for uploads (uploads/ inside it); default cms/public. */
  publicDir?: string;
  /** Start the HTTP server; `true` listens on 127.0.0.1 on a free port. */
  listen?: boolean | { host?: string; port?: number };
  /** Extra environment for this instance (ADMIN_EMAIL, SITE_BUILD_TOKEN, …); restored by stop(). */
  env?: Record<string, string>;
  /**
   * Ignore cms/.env and give this instance throwaway secrets (for tests: nothing of the developer's
   * setup leaks in, nothing is written to cms/.env).
   */
  isolated?: boolean;
  /** Strapi log level; default "warn" when isolated, else Strapi's. */
  logLevel?: "error" | "warn" | "info" | "http" | "debug";
  /** Serve the built admin panel (needs `npm run build` in cms/); default false. */
  serveAdminPanel?: boolean;
}

export interface BootedCms {
  strapi: Strapi;
  /** Base URL when listening (e.g. http://127.0.0.1:40123), else undefined. */
  url: string | undefined;
  build: CompiledCms;
  /** Shuts Strapi down, closes the database and restores the environment. */
  stop(): Promise<void>;
}

const SECRETS = ["ADMIN_JWT_SECRET", "API_TOKEN_SALT", "TRANSFER_TOKEN_SALT", "ENCRYPTION_KEY", "JWT_SECRET"];

function databaseEnv(database: CmsDatabase): Record<string, string> {
  if (database.client === "sqlite")
    return { DATABASE_CLIENT: "sqlite", DATABASE_FILENAME: database.filename };
  return {
    DATABASE_CLIENT: "postgres",
    DATABASE_URL: "",
    DATABASE_HOST: database.host,
    DATABASE_PORT: String(database.port),
    DATABASE_NAME: database.database,
    DATABASE_USERNAME: database.user,
    DATABASE_PASSWORD: database.password ?? "",
    DATABASE_SSL: String(database.ssl ?? false),
    DATABASE_SCHEMA: database.schema ?? "public",
  };
}

/** Sets variables and returns a function that puts the previous values back. */
function applyEnv(vars: Record<string, string>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(vars)) {
    previous.set(name, process.env[name]);
    process.env[name] = value;
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}

/**
 * Compiles (cached) and boots the CMS in this process: register, bootstrap (locales, roles,
 * tokens, admin layout, validation) and optionally the HTTP server. One instance per process or
 * worker thread at a time (Strapi keeps itself in `global.strapi`).
 *
 * @example
 *   const cms = await bootCms({ database: { client: "sqlite", filename: "/tmp/x.db" }, listen: true, isolated: true });
 *   await fetch(`${cms.url}/api/places`);
 *   await cms.stop();
 */
export async function bootCms(options: BootCmsOptions = {}): Promise<BootedCms> {
  const build = await compileCms();
  const vars: Record<string, string> = {
    STRAPI_TELEMETRY_DISABLED: "true",
    ...(options.database ? databaseEnv(options.database) : {}),
    ...(options.publicDir ? { CMS_PUBLIC_DIR: options.publicDir } : {}),
  };
  if (options.isolated) {
    // Strapi loads ENV_PATH (default: ./.env of the working directory) with dotenv; point it nowhere.
    vars.ENV_PATH = join(cmsDir, ".tmp", "no-such.env");
    vars.SHOWROOM_CMS_IGNORE_DOTENV = "1";
    vars.APP_KEYS = Array.from({ length: 2 }, () => randomBytes(16).toString("base64")).join(",");
    for (const name of SECRETS) vars[name] = randomBytes(24).toString("base64");
  }
  const logLevel = options.logLevel ?? (options.isolated ? "warn" : undefined);
  if (logLevel) vars.STRAPI_LOG_LEVEL = logLevel;
  const listen = options.listen === true ? {} : options.listen || undefined;
  if (listen) {
    vars.HOST = listen.host ?? "127.0.0.1";
    vars.PORT = String(listen.port ?? 0);
  }
  Object.assign(vars, options.env);
  // The local upload provider refuses to start without its folder.
  if (options.publicDir) mkdirSync(join(options.publicDir, "uploads"), { recursive: true });
  const restoreEnv = applyEnv(vars);

  // Strapi's destroy() calls process.removeAllListeners(); keep the host's (e.g. the test runner's).
  const listeners = process.eventNames().map((event) => [event, process.listeners(event as "exit")] as const);
  const restoreListeners = () => {
    for (const [event, fns] of listeners) {
      const current = process.listeners(event as "exit");
      for (const fn of fns) if (!current.includes(fn)) process.on(event as "exit", fn);
    }
  };

  const requireFromCms = createRequire(join(cmsDir, "package.json"));
  const { createStrapi } = requireFromCms("@strapi/strapi") as { createStrapi: (options: object) => Strapi };
  let strapi: Strapi | undefined;
  try {
    strapi = createStrapi({
      appDir: build.appDir,
      distDir: build.distDir,
      autoReload: false,
      serveAdminPanel: options.serveAdminPanel ?? false,
    });
    await strapi.load();
    let url: string | undefined;
    if (listen) {
      const server = strapi.server;
      await new Promise<void>((resolve, reject) => {
        server.httpServer.once("error", reject);
        server.listen(Number(vars.PORT), vars.HOST, () => resolve());
      });
      const address = server.httpServer.address() as AddressInfo;
      url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
    }
    const booted = strapi;
    return {
      strapi: booted,
      url,
      build,
      async stop() {
        try {
          await booted.destroy();
        } finally {
          restoreListeners();
          restoreEnv();
        }
      },
    };
  } catch (error) {
    await strapi?.destroy().catch(() => undefined);
    restoreListeners();
    restoreEnv();
    throw error;
  }
}
