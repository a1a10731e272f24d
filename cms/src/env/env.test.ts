import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

const SECRETS = {
  APP_KEYS: "a,b",
  ADMIN_JWT_SECRET: "x",
  API_TOKEN_SALT: "x",
  TRANSFER_TOKEN_SALT: "x",
  ENCRYPTION_KEY: "x",
  JWT_SECRET: "x",
};

describe("CMS environment", () => {
  it("uses SQLite in cms/.tmp/data.db and the demo admin by default", () => {
    const env = readEnv({ ...SECRETS });
    expect(env.database).toEqual({
      client: "sqlite",
      filename: expect.stringMatching(/cms[/\\]\.tmp[/\\]data\.db$/),
    });
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
