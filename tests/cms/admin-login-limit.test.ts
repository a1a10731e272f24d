import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStrapi, type TestStrapi } from "../support/strapi.ts";

// Finding 9: the admin login limiter counted successful logins (an editor signing in a few times
// was locked out) and, behind a reverse proxy, keyed on the proxy's address (one attacker locked
// out everybody). Only failures count now, keyed on the client address, which is taken from
// X-Forwarded-For only when PROXY=true says a proxy in front sets it.
// Two instances, one after the other (Strapi is a process-wide singleton).
let direct: TestStrapi;
let proxied: TestStrapi;

async function login(cms: TestStrapi, password: string, forwardedFor?: string, email = cms.admin.email) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  const response = await cms.publicFetch("/admin/login", {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password }),
  });
  await response.body?.cancel();
  return response.status;
}

const times = async (count: number, attempt: () => Promise<number>) => {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push(await attempt());
  return statuses;
};

describe("admin login limiter without a proxy", () => {
  beforeAll(async () => {
    direct = await startStrapi();
  }, 600_000);
  afterAll(() => direct?.stop());

  it("lets an editor sign in again and again: successful logins do not count", async () => {
    const statuses = await times(8, () => login(direct, direct.admin.password));
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it("refuses further attempts for an e-mail after five failures, also with the right password", async () => {
    const failures = await times(5, () => login(direct, "Wrong-Password-1"));
    expect(failures.every((status) => status === 400 || status === 401)).toBe(true);
    expect(await login(direct, "Wrong-Password-1")).toBe(429);
    expect(await login(direct, direct.admin.password)).toBe(429);
  });

  it("ignores X-Forwarded-For when no trusted proxy is configured", async () => {
    const email = "nobody-direct@test.local";
    await times(5, () => login(direct, "Wrong-Password-1", "203.0.113.1", email));
    // Another claimed address does not get around the limit: the real peer is the same.
    expect(await login(direct, "Wrong-Password-1", "203.0.113.2", email)).toBe(429);
  });
});

describe("admin login limiter behind a trusted reverse proxy", () => {
  beforeAll(async () => {
    proxied = await startStrapi({ env: { PROXY: "true" } });
  }, 600_000);
  afterAll(() => proxied?.stop());

  it("keys on the client address from X-Forwarded-For behind a trusted proxy (PROXY=true)", async () => {
    const email = proxied.admin.email;
    const failures = await times(5, () => login(proxied, "Wrong-Password-1", "203.0.113.1", email));
    expect(failures).not.toContain(429);
    expect(await login(proxied, "Wrong-Password-1", "203.0.113.1", email)).toBe(429);
    // Another client behind the same proxy is not locked out by the first one.
    expect(await login(proxied, proxied.admin.password, "203.0.113.2", email)).toBe(200);
  });

  it("uses the address the proxy added, not one the client put in front of it", async () => {
    const email = proxied.admin.email;
    // The client claims 198.51.100.7; the proxy appends the real address 203.0.113.1 (locked above).
    expect(await login(proxied, proxied.admin.password, "198.51.100.7, 203.0.113.1", email)).toBe(429);
  });
});
