// Boots the real CMS in-process for integration tests: compiled once (cached by source hash),
// a throwaway database, a free port, throwaway secrets. The boot itself lives in
// scripts/src/shared/cms/ so the seed and the demo launcher use the same code.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ensureAdminPanel } from "../../scripts/src/dev/cms-admin-panel.ts";
import {
  type BootedCms,
  bootCms,
  type CmsDatabase,
  type Strapi,
} from "../../scripts/src/shared/cms/boot-cms.ts";
import { compileCms, pruneOldBuilds } from "../../scripts/src/shared/cms/compile-cms.ts";
import { cmsDir } from "../../scripts/src/shared/cms/paths.ts";

export type { CmsDatabase, Strapi };

export interface StartStrapiOptions {
  /** Default: a SQLite file in a fresh temporary folder (a copy of a bootstrapped template). */
  database?: CmsDatabase;
  /** A SQLite file to use (kept after stop()); created from the template when missing. */
  databaseFile?: string;
  /** Seed the demo content (scripts/src/demo/seed) after the boot. */
  seed?: boolean;
  /** Start the HTTP server on 127.0.0.1 and a free port; default true. */
  listen?: boolean;
  /** Extra environment for the instance (e.g. SITE_BUILD_TOKEN). */
  env?: Record<string, string>;
  /** Serve the admin panel at /admin (built once per CMS source state: minutes, 2 GB). */
  serveAdminPanel?: boolean;
}

export type ApiTokenType = "read-only" | "full-access";
export type AdminRole = "super-admin" | "editor";

export interface TestStrapi {
  strapi: Strapi;
  /** Base URL, e.g. http://127.0.0.1:40123 (empty string when not listening). */
  url: string;
  /** Temporary folder of this instance (database file, uploads); removed by stop(). */
  tempDir: string;
  /** The super admin created at bootstrap. */
  admin: { email: string; password: string };
  /** Unauthenticated request, as a visitor or the open internet would make it. */
  publicFetch(path: string, init?: RequestInit): Promise<Response>;
  /** Access key of a content API token of that type (created once per instance). */
  apiToken(type: ApiTokenType): Promise<string>;
  /** Request with `Authorization: Bearer <API token>` (read-only by default). */
  tokenFetch(path: string, init?: RequestInit & { token?: ApiTokenType }): Promise<Response>;
  /** Admin panel JWT of the super admin or of an editor ("Redakteur") user (created once). */
  adminToken(role?: AdminRole): Promise<string>;
  /** Request to the admin API (/admin/…, /content-manager/…) as that admin role. */
  adminFetch(path: string, init?: RequestInit & { role?: AdminRole }): Promise<Response>;
  stop(): Promise<void>;
}

/** Same as EDITOR_ROLE_CODE in cms/src/bootstrap/editor-role.ts (CMS code is compiled separately). */
export const EDITOR_ROLE_CODE = "showroom-editor";
const ADMIN = { email: "admin@test.local", password: "Test-Admin-2025" };
const EDITOR = {
  email: "editor@test.local",
  password: "Test-Editor-2025",
  firstname: "Erika",
  lastname: "Muster",
};

/**
 * Fixed throwaway secrets for test instances: the same in the template database and in each copy,
 * so tokens stored in the template stay readable.
 */
const TEST_SECRETS: Record<string, string> = {
  APP_KEYS: "dGVzdC1rZXktMQ==,dGVzdC1rZXktMg==",
  ADMIN_JWT_SECRET: "test-admin-jwt-secret",
  API_TOKEN_SALT: "test-api-token-salt",
  TRANSFER_TOKEN_SALT: "test-transfer-token-salt",
  ENCRYPTION_KEY: "test-encryption-key-0123456789abcdef",
  JWT_SECRET: "test-jwt-secret",
};

/**
 * A bootstrapped SQLite database (tables, locales, roles, admin) per CMS build, copied for each
 * test instance: creating the schema is most of a fresh boot; a copy boots in about 2 s.
 * Built once into cms/.tmp/test-db-template/ and renamed into place, so parallel workers are safe.
 */
async function sqliteTemplate(env: Record<string, string>): Promise<string> {
  const { distDir } = await compileCms();
  const dir = join(cmsDir, ".tmp", "test-db-template");
  const template = join(dir, `${basename(distDir)}.db`);
  if (existsSync(template)) return template;
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(dir, "partial-"));
  try {
    const booted = await bootCms({
      database: { client: "sqlite", filename: join(work, "data.db") },
      publicDir: join(work, "public"),
      isolated: true,
      env: { ...env, SITE_BUILD_TOKEN_FILE: "" },
    });
    await booted.stop();
    if (!existsSync(template)) renameSync(join(work, "data.db"), template);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  pruneOldBuilds(dir, template);
  return template;
}

function withHeader(init: RequestInit | undefined, name: string, value: string): RequestInit {
  const headers = new Headers(init?.headers);
  headers.set(name, value);
  if (init?.body && typeof init.body === "string" && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  return { ...init, headers };
}

/**
 * Boots the CMS for a test file. Call in `beforeAll` (first boot compiles: allow ~30 s) and
 * `stop()` in `afterAll`.
 *
 * @example
 *   let cms: TestStrapi;
 *   beforeAll(async () => { cms = await startStrapi(); });
 *   afterAll(() => cms.stop());
 *   it("hides drafts", async () => { expect((await cms.publicFetch("/api/places?status=draft")).status).toBe(200); });
 */
export async function startStrapi(options: StartStrapiOptions = {}): Promise<TestStrapi> {
  const tempDir = mkdtempSync(join(tmpdir(), "showroom-cms-"));
  const env = { ...TEST_SECRETS, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password };
  let booted: BootedCms;
  try {
    let database = options.database;
    if (!database) {
      database = { client: "sqlite", filename: options.databaseFile ?? join(tempDir, "data.db") };
      if (!existsSync(database.filename)) copyFileSync(await sqliteTemplate(env), database.filename);
    }
    if (options.serveAdminPanel) await ensureAdminPanel();
    booted = await bootCms({
      database,
      publicDir: join(tempDir, "public"),
      serveAdminPanel: options.serveAdminPanel ?? false,
      listen: options.listen ?? true,
      isolated: true,
      env: { ...env, SITE_BUILD_TOKEN_FILE: join(tempDir, "site-build-token"), ...options.env },
    });
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }
  const { strapi } = booted;
  const url = booted.url ?? "";
  if (options.seed) {
    try {
      const { seedDemoContent } = await import("../../scripts/src/demo/seed/seed-demo-content.ts");
      await seedDemoContent(strapi);
    } catch (error) {
      await booted.stop();
      rmSync(tempDir, { recursive: true, force: true });
      throw error;
    }
  }
  const tokens = new Map<ApiTokenType, Promise<string>>();
  const adminTokens = new Map<AdminRole, Promise<string>>();

  const requireUrl = (path: string) => {
    if (!url)
      throw new Error("startStrapi({ listen: false }) has no HTTP server: use strapi.documents(…) instead");
    return `${url}${path}`;
  };

  async function createApiToken(type: ApiTokenType): Promise<string> {
    const created = await strapi.service("admin::api-token").create({
      name: `test-${type}`,
      description: `Created by tests/support/strapi.ts`,
      type,
      lifespan: null,
    });
    return created.accessKey as string;
  }

  async function login(email: string, password: string): Promise<string> {
    const response = await fetch(requireUrl("/admin/login"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { data?: { token?: string }; error?: { message: string } };
    if (!response.ok || !body.data?.token)
      throw new Error(`Admin login as ${email} failed: ${response.status} ${body.error?.message}`);
    return body.data.token;
  }

  async function createAdminToken(role: AdminRole): Promise<string> {
    if (role === "super-admin") return login(ADMIN.email, ADMIN.password);
    const editorRole = await strapi.db.query("admin::role").findOne({ where: { code: EDITOR_ROLE_CODE } });
    if (!editorRole) throw new Error(`The editor role ${EDITOR_ROLE_CODE} was not created at bootstrap`);
    const existing = await strapi.db.query("admin::user").findOne({ where: { email: EDITOR.email } });
    if (!existing) {
      await strapi.service("admin::user").create({
        ...EDITOR,
        isActive: true,
        registrationToken: null,
        roles: [editorRole.id],
      });
    }
    return login(EDITOR.email, EDITOR.password);
  }

  const apiToken = (type: ApiTokenType) => {
    if (!tokens.has(type)) tokens.set(type, createApiToken(type));
    return tokens.get(type) as Promise<string>;
  };
  const adminToken = (role: AdminRole = "super-admin") => {
    if (!adminTokens.has(role)) adminTokens.set(role, createAdminToken(role));
    return adminTokens.get(role) as Promise<string>;
  };

  return {
    strapi,
    url,
    tempDir,
    admin: { ...ADMIN },
    publicFetch: (path, init) => fetch(requireUrl(path), init),
    apiToken,
    async tokenFetch(path, init) {
      const token = await apiToken(init?.token ?? "read-only");
      return fetch(requireUrl(path), withHeader(init, "authorization", `Bearer ${token}`));
    },
    adminToken,
    async adminFetch(path, init) {
      const token = await adminToken(init?.role ?? "super-admin");
      return fetch(requireUrl(path), withHeader(init, "authorization", `Bearer ${token}`));
    },
    async stop() {
      try {
        await booted.stop();
      } finally {
        rmSync(tempDir, { recursive: true, force: true });
      }
    },
  };
}
