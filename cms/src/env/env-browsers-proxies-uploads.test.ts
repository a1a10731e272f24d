import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

// The CORS, proxy and upload-limit settings of the CMS environment (cms/src/env/env.ts).
const SECRETS = {
  APP_KEYS: "a,b",
  ADMIN_JWT_SECRET: "x",
  API_TOKEN_SALT: "x",
  TRANSFER_TOKEN_SALT: "x",
  ENCRYPTION_KEY: "x",
  JWT_SECRET: "x",
};
const PRODUCTION = { ...SECRETS, NODE_ENV: "production", ADMIN_EMAIL: "a@b.c", ADMIN_PASSWORD: "Aa345678" };

describe("CMS environment for browsers, proxies and uploads", () => {
  it("defaults PUBLIC_SITE_URL to the site's own default outside production, not in production", () => {
    expect(readEnv({ ...SECRETS }).publicSiteUrl).toBe("http://localhost:4321");
    expect(readEnv({ ...PRODUCTION }).publicSiteUrl).toBe("");
  });

  it("keeps the site's path for links and takes its origin for CORS", () => {
    const env = readEnv({ ...SECRETS, PUBLIC_SITE_URL: "https://museum.example/showroom/" });
    expect(env.publicSiteUrl).toBe("https://museum.example/showroom");
    expect(env.publicSiteOrigin).toBe("https://museum.example");
  });

  it("reads CORS_ORIGINS as a comma-separated list of origins", () => {
    const env = readEnv({ ...SECRETS, CORS_ORIGINS: " https://a.example , https://b.example:8443/path ," });
    expect(env.corsOrigins).toEqual(["https://a.example", "https://b.example:8443"]);
  });

  it.each([
    ["CORS_ORIGINS", "*", /CORS_ORIGINS must be an http\(s\) address/],
    ["CORS_ORIGINS", "ftp://files.example", /CORS_ORIGINS must start with http:\/\/ or https:\/\//],
    ["PUBLIC_SITE_URL", "showroom.example", /PUBLIC_SITE_URL must be an http\(s\) address/],
    ["PROXY", "maybe", /PROXY must be true or false/],
    ["PROXY_HOPS", "0", /PROXY_HOPS must be a whole number from 1 to 10/],
    ["UPLOAD_LIMIT_MB", "lots", /UPLOAD_LIMIT_MB must be a whole number/],
  ])("refuses %s=%s and names the variable", (name, value, message) => {
    expect(() => readEnv({ ...SECRETS, [name]: value })).toThrow(message);
  });

  it("trusts no proxy unless PROXY=true, then the last PROXY_HOPS addresses", () => {
    expect(readEnv({ ...SECRETS }).proxy).toEqual({ trusted: false, hops: 1 });
    expect(readEnv({ ...SECRETS, PROXY: "true", PROXY_HOPS: "2" }).proxy).toEqual({ trusted: true, hops: 2 });
  });

  it("reads UPLOAD_LIMIT_MB in megabytes, unset meaning the largest field limit", () => {
    expect(readEnv({ ...SECRETS }).uploadLimitBytes).toBeUndefined();
    expect(readEnv({ ...SECRETS, UPLOAD_LIMIT_MB: "120" }).uploadLimitBytes).toBe(120 * 1024 * 1024);
  });
});
