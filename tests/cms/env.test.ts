import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileCms } from "../../scripts/src/cms/compile-cms.ts";

type ReadEnv = (source: Record<string, string | undefined>) => {
  port: number;
  database: {
    client: string;
    filename?: string;
    host?: string;
    port?: number;
    database?: string;
    ssl?: boolean;
  };
  adminEmail: string;
};

const SECRETS = {
  APP_KEYS: "a,b",
  ADMIN_JWT_SECRET: "x",
  API_TOKEN_SALT: "x",
  TRANSFER_TOKEN_SALT: "x",
  ENCRYPTION_KEY: "x",
  JWT_SECRET: "x",
};

describe("CMS environment (cms/src/env/env.ts)", () => {
  let readEnv: ReadEnv;
  beforeAll(async () => {
    // The CMS code is CommonJS for Strapi: test the compiled module Strapi itself loads.
    const { distDir } = await compileCms();
    readEnv = createRequire(import.meta.url)(join(distDir, "src", "env", "env.js")).readEnv;
  });

  it("uses SQLite in cms/.tmp/data.db and the demo admin by default", () => {
    const env = readEnv({ ...SECRETS });
    expect(env.database.client).toBe("sqlite");
    expect(env.database.filename).toMatch(/cms[/\\]\.tmp[/\\]data\.db$/);
    expect(env.port).toBe(1337);
    expect(env.adminEmail).toBe("admin@showroom.local");
  });

  it("names the first missing secret in production", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(/APP_KEYS is not set/);
  });

  it("requires the admin login in production instead of the demo one", () => {
    expect(() => readEnv({ NODE_ENV: "production", ...SECRETS })).toThrow(/ADMIN_EMAIL is not set/);
  });

  it.each([
    [{ PORT: "eighty" }, /PORT must be a whole number/],
    [{ DATABASE_CLIENT: "mysql" }, /DATABASE_CLIENT must be "sqlite" or "postgres", got "mysql"/],
    [{ DATABASE_CLIENT: "postgres", DATABASE_SSL: "maybe" }, /DATABASE_SSL must be true or false/],
    [{ ADMIN_PASSWORD: "short" }, /ADMIN_PASSWORD must have at least 8 characters/],
  ])("rejects %o naming the variable", (vars, message) => {
    expect(() => readEnv({ ...SECRETS, ...vars })).toThrow(message);
  });

  it("reads the PostgreSQL connection from its parts", () => {
    const env = readEnv({
      ...SECRETS,
      DATABASE_CLIENT: "postgres",
      DATABASE_HOST: "db.internal",
      DATABASE_PORT: "6543",
      DATABASE_NAME: "showroom",
      DATABASE_SSL: "true",
    });
    expect(env.database).toMatchObject({
      client: "postgres",
      host: "db.internal",
      port: 6543,
      database: "showroom",
      ssl: true,
    });
  });

  it("takes a PostgreSQL DATABASE_URL as the whole connection", () => {
    const env = readEnv({
      ...SECRETS,
      DATABASE_CLIENT: "postgres",
      DATABASE_URL: "postgres://u:p@db:5432/cms",
    });
    expect(env.database).toMatchObject({
      client: "postgres",
      connectionString: "postgres://u:p@db:5432/cms",
    });
  });
});
