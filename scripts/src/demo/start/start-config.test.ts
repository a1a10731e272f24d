import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cmsRoot, DEMO_ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, readStartConfig } from "./start-config.ts";

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["PORT", "SITE_PORT", "HOST", "SEED", "ADMIN_EMAIL"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe("readStartConfig", () => {
  it("uses the documented ports unless PORT and SITE_PORT say otherwise", () => {
    delete process.env.PORT;
    delete process.env.SITE_PORT;
    expect(readStartConfig()).toMatchObject({ cmsPort: 1337, sitePort: 4321, seed: true });
    process.env.PORT = "8080";
    process.env.SITE_PORT = "8081";
    expect(readStartConfig()).toMatchObject({ cmsPort: 8080, sitePort: 8081 });
  });

  it("names the variable when a port is not a port", () => {
    process.env.SITE_PORT = "web";
    expect(() => readStartConfig()).toThrow(/SITE_PORT must be a port number.*"web"/);
  });

  it("refuses the same port for the CMS and the site", () => {
    process.env.PORT = "5000";
    process.env.SITE_PORT = "5000";
    expect(() => readStartConfig()).toThrow(/PORT and SITE_PORT are both 5000/);
  });

  it("takes the admin e-mail from ADMIN_EMAIL, with the demo account as fallback", () => {
    process.env.ADMIN_EMAIL = "museum@example.org";
    expect(readStartConfig().adminEmail).toBe("museum@example.org");
    process.env.ADMIN_EMAIL = "";
    expect(readStartConfig().adminEmail).toMatch(/@/);
  });

  it("prints the same demo account the CMS creates", () => {
    const cmsEnv = readFileSync(join(cmsRoot, "src", "env", "env.ts"), "utf8");
    expect(cmsEnv).toContain(`DEMO_ADMIN_EMAIL = "${DEMO_ADMIN_EMAIL}"`);
    expect(cmsEnv).toContain(`DEMO_ADMIN_PASSWORD = "${DEMO_ADMIN_PASSWORD}"`);
  });

  it("skips the seed when SEED=false", () => {
    process.env.SEED = "false";
    expect(readStartConfig().seed).toBe(false);
  });
});
