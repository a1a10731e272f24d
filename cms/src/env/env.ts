// The one place the CMS reads its environment. Every config/*.ts file and the bootstrap read
// from here, so a missing or malformed variable fails once, early, with its name in the message.
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { DEFAULT_PAGE_SIZE, defaultRepositoryId, isRepositoryId } from "../oai-pmh/oai-config";

export type DatabaseEnv =
  | { client: "sqlite"; filename: string }
  | {
      client: "postgres";
      connectionString?: string;
      host: string;
      port: number;
      database: string;
      user: string;
      password: string;
      ssl: boolean;
      schema: string;
    };

export interface CmsEnv {
  production: boolean;
  /** The cms/ folder (the folder of cms/package.json), also when running from a compiled copy. */
  appRoot: string;
  host: string;
  port: number;
  /** Public URL of the CMS, used for absolute media URLs and admin links; empty = relative. */
  publicUrl: string;
  /** Folder served at / with the uploads in uploads/ (absolute). */
  publicDir: string;
  appKeys: string[];
  adminJwtSecret: string;
  apiTokenSalt: string;
  transferTokenSalt: string;
  encryptionKey: string;
  jwtSecret: string;
  database: DatabaseEnv;
  /** First super admin, created on the first start when no admin exists. */
  adminEmail: string;
  adminPassword: string;
  /** Access key of the read-only "site-build" API token; generated at bootstrap when empty. */
  siteBuildToken: string;
  /**
   * Origin of the public site (PUBLIC_SITE_URL): printed on QR signs, allowed by CORS without
   * credentials. Outside production it defaults to the site's own default, http://localhost:4321;
   * empty in production when unset.
   */
  publicSiteOrigin: string;
  /** The address as configured (path kept), for links printed on signs; empty when unset in production. */
  publicSiteUrl: string;
  /** Further origins allowed by CORS, without credentials (CORS_ORIGINS, comma-separated). */
  corsOrigins: string[];
  /**
   * PROXY=true: the CMS runs behind a reverse proxy, so the client address is taken from
   * X-Forwarded-For (the last PROXY_HOPS entries, default 1, which the proxies themselves added).
   */
  proxy: { trusted: boolean; hops: number };
  /** Largest request body accepted for uploads (UPLOAD_LIMIT_MB); undefined = the largest field limit. */
  uploadLimitBytes: number | undefined;
  /** Where uploads are written while they are received and checked (UPLOAD_TMP_DIR; default the system temp folder). */
  uploadTempDir: string;
  /** OAI-PMH: repository identifier of `oai:<id>:<documentId>` and records per list page (src/oai-pmh/). */
  oai: { repositoryId: string; pageSize: number };
}

/** Thrown for a missing or malformed variable; the message names it and says what to do. */
export class EnvError extends Error {
  override name = "EnvError";
}

const SECRET_NAMES = [
  "APP_KEYS",
  "ADMIN_JWT_SECRET",
  "API_TOKEN_SALT",
  "TRANSFER_TOKEN_SALT",
  "ENCRYPTION_KEY",
  "JWT_SECRET",
] as const;

/** Demo credentials of the first super admin; printed at start, change them for real use. */
export const DEMO_ADMIN_EMAIL = "admin@showroom.local";
export const DEMO_ADMIN_PASSWORD = "Showroom-Demo-2025";

function findAppRoot(): string {
  // Walk up from this file: it runs from cms/src/env (ts), cms/dist/src/env or a test build cache.
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "@showroom/cms") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new EnvError(`cms/package.json not found above ${__dirname}`);
    dir = parent;
  }
}

function text(source: NodeJS.ProcessEnv, name: string, fallback?: string): string {
  const value = source[name]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new EnvError(
    `Environment variable ${name} is not set. Set it in cms/.env or the environment (see cms/.env.example).`,
  );
}

function integer(
  source: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = source[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new EnvError(
      `Environment variable ${name} must be a whole number from ${min} to ${max}, got "${raw}".`,
    );
  }
  return value;
}

function bool(source: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = source[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new EnvError(`Environment variable ${name} must be true or false, got "${source[name]}".`);
}

/**
 * Outside production a fresh checkout must start without setup: missing secrets are generated once
 * and appended to cms/.env (gitignored), so sessions and tokens survive restarts. Production
 * refuses to start instead, naming the variable.
 */
function ensureDemoSecrets(source: NodeJS.ProcessEnv, appRoot: string, production: boolean): void {
  const missing = SECRET_NAMES.filter((name) => !source[name]?.trim());
  if (missing.length === 0) return;
  if (production) {
    throw new EnvError(
      `Environment variable ${missing[0]} is not set (missing: ${missing.join(", ")}). In production every secret must be set; generate one with \`openssl rand -base64 32\`.`,
    );
  }
  const lines = missing.map((name) => {
    const value =
      name === "APP_KEYS"
        ? Array.from({ length: 4 }, () => randomBytes(16).toString("base64")).join(",")
        : randomBytes(24).toString("base64");
    source[name] = value;
    return `${name}=${value}`;
  });
  const envFile = join(appRoot, ".env");
  appendFileSync(
    envFile,
    `\n# Demo secrets generated on first start (${new Date().toISOString()})\n${lines.join("\n")}\n`,
  );
  console.info(`[cms] generated demo secrets ${missing.join(", ")} into ${envFile}`);
}

function readDatabase(source: NodeJS.ProcessEnv, appRoot: string): DatabaseEnv {
  const client = text(source, "DATABASE_CLIENT", "sqlite").toLowerCase();
  if (client === "sqlite" || client === "better-sqlite3") {
    const filename = text(source, "DATABASE_FILENAME", ".tmp/data.db");
    return { client: "sqlite", filename: resolve(appRoot, filename) };
  }
  if (client === "postgres" || client === "postgresql" || client === "pg") {
    // With DATABASE_URL the parts are optional overrides; without it they have local defaults.
    const connectionString = source.DATABASE_URL?.trim() || undefined;
    const part = (name: string, fallback: string) => text(source, name, connectionString ? "" : fallback);
    return {
      client: "postgres",
      connectionString,
      host: part("DATABASE_HOST", "127.0.0.1"),
      port: integer(source, "DATABASE_PORT", 5432, 1, 65535),
      database: part("DATABASE_NAME", "showroom"),
      user: part("DATABASE_USERNAME", "showroom"),
      password: text(source, "DATABASE_PASSWORD", ""),
      ssl: bool(source, "DATABASE_SSL", false),
      schema: text(source, "DATABASE_SCHEMA", "public"),
    };
  }
  throw new EnvError(
    `Environment variable DATABASE_CLIENT must be "sqlite" or "postgres", got "${source.DATABASE_CLIENT}".`,
  );
}

/** The origin (scheme, host, port) of an http(s) URL variable, or an EnvError naming it. */
function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EnvError(
      `Environment variable ${name} must be an http(s) address like https://showroom.example, got "${raw}".`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new EnvError(`Environment variable ${name} must start with http:// or https://, got "${raw}".`);
  return url.origin;
}

/** The site's own default address (site/astro.config.mjs), used outside production. */
export const DEMO_SITE_URL = "http://localhost:4321";

function publicSite(
  source: NodeJS.ProcessEnv,
  production: boolean,
): { publicSiteUrl: string; publicSiteOrigin: string } {
  const raw = text(source, "PUBLIC_SITE_URL", production ? "" : DEMO_SITE_URL).replace(/\/+$/, "");
  return { publicSiteUrl: raw, publicSiteOrigin: raw ? origin("PUBLIC_SITE_URL", raw) : "" };
}

function readOai(source: NodeJS.ProcessEnv, publicSiteUrl: string): CmsEnv["oai"] {
  const repositoryId = text(source, "OAI_REPOSITORY_ID", "") || defaultRepositoryId(publicSiteUrl);
  if (!isRepositoryId(repositoryId))
    throw new EnvError(
      `Environment variable OAI_REPOSITORY_ID must be a domain name like kultur.example.org (letters, digits, hyphens, at least one dot), got "${repositoryId}".`,
    );
  return { repositoryId, pageSize: integer(source, "OAI_PAGE_SIZE", DEFAULT_PAGE_SIZE, 1, 1000) };
}

/** Reads and validates the environment (cms/.env is loaded first; real variables win). */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CmsEnv {
  const appRoot = findAppRoot();
  const envFile = join(appRoot, ".env");
  if (source === process.env && existsSync(envFile) && !process.env.SHOWROOM_CMS_IGNORE_DOTENV) {
    process.loadEnvFile(envFile);
  }
  const production = source.NODE_ENV === "production";
  ensureDemoSecrets(source, appRoot, production);
  const appKeys = text(source, "APP_KEYS")
    .split(",")
    .map((key) => key.trim())
    .filter(Boolean);
  if (appKeys.length === 0)
    throw new EnvError("Environment variable APP_KEYS must list at least one key, comma-separated.");
  const adminEmail = text(source, "ADMIN_EMAIL", production ? undefined : DEMO_ADMIN_EMAIL);
  if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail))
    throw new EnvError(`Environment variable ADMIN_EMAIL is not an e-mail address: "${adminEmail}".`);
  const adminPassword = text(source, "ADMIN_PASSWORD", production ? undefined : DEMO_ADMIN_PASSWORD);
  // Strapi's own rule for admin passwords; checking here names the variable instead of failing later.
  if (
    adminPassword.length < 8 ||
    !/[a-z]/.test(adminPassword) ||
    !/[A-Z]/.test(adminPassword) ||
    !/\d/.test(adminPassword)
  ) {
    throw new EnvError(
      "Environment variable ADMIN_PASSWORD must have at least 8 characters with a lower-case letter, an upper-case letter and a digit.",
    );
  }
  return {
    production,
    appRoot,
    host: text(source, "HOST", "0.0.0.0"),
    port: integer(source, "PORT", 1337, 0, 65535),
    publicUrl: text(source, "PUBLIC_URL", ""),
    publicDir: resolve(appRoot, text(source, "CMS_PUBLIC_DIR", "public")),
    appKeys,
    adminJwtSecret: text(source, "ADMIN_JWT_SECRET"),
    apiTokenSalt: text(source, "API_TOKEN_SALT"),
    transferTokenSalt: text(source, "TRANSFER_TOKEN_SALT"),
    encryptionKey: text(source, "ENCRYPTION_KEY"),
    jwtSecret: text(source, "JWT_SECRET"),
    database: readDatabase(source, appRoot),
    adminEmail,
    adminPassword,
    siteBuildToken: text(source, "SITE_BUILD_TOKEN", ""),
    ...publicSite(source, production),
    corsOrigins: (source.CORS_ORIGINS ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => origin("CORS_ORIGINS", entry)),
    proxy: { trusted: bool(source, "PROXY", false), hops: integer(source, "PROXY_HOPS", 1, 1, 10) },
    uploadLimitBytes: source.UPLOAD_LIMIT_MB?.trim()
      ? integer(source, "UPLOAD_LIMIT_MB", 0, 1, 100_000) * 1024 * 1024
      : undefined,
    uploadTempDir: resolve(appRoot, text(source, "UPLOAD_TMP_DIR", tmpdir())),
    oai: readOai(source, publicSite(source, production).publicSiteUrl),
  };
}

/**
 * The validated environment. Read on every call on purpose: tests boot several Strapi instances
 * in one process with different databases, and reading a few variables is cheap.
 */
export function env(): CmsEnv {
  return readEnv();
}
