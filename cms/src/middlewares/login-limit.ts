import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import type { Context, Next } from "koa";

/** Failed attempts allowed per e-mail and client address, and per client address, in a window. */
const WINDOW_MS = 5 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;
const LIMITED_PATHS = new Set(["/admin/login", "/admin/register-admin"]);

interface Failures {
  count: number;
  until: number;
}

/**
 * Global middleware `global::login-limit`, replacing Strapi's admin limiter (turned off in
 * config/admin.ts), which counted every attempt: an editor who logged in five times in five
 * minutes (tabs, devices, a colleague at the same desk) was locked out, while its key was only
 * as good as the client address. Here only failed attempts count, per e-mail and client address
 * (5 in 5 minutes) and per client address (30), and a successful login clears its e-mail's count.
 * The client address is `ctx.request.ip`: behind a reverse proxy it is the proxy's unless
 * PROXY=true (config/server.ts), which takes it from X-Forwarded-For. In memory per process, like
 * Strapi's own limiter.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => {
  const failures = new Map<string, Failures>();
  const active = (key: string, now: number) => {
    const entry = failures.get(key);
    if (entry && entry.until <= now) failures.delete(key);
    return entry && entry.until > now ? entry : undefined;
  };
  const fail = (key: string, now: number) => {
    const entry = active(key, now) ?? { count: 0, until: now + WINDOW_MS };
    entry.count += 1;
    failures.set(key, entry);
  };
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== "POST" || !LIMITED_PATHS.has(ctx.path.replace(/\/+$/, ""))) return next();
    const now = Date.now();
    if (failures.size > 10_000) for (const key of failures.keys()) active(key, now);
    const email = (ctx.request as { body?: { email?: unknown } }).body?.email;
    const address = `address|${ctx.request.ip}`;
    const account = `account|${typeof email === "string" ? email.trim().toLowerCase() : ""}|${ctx.request.ip}`;
    const blocked = [
      [account, MAX_FAILURES_PER_ACCOUNT],
      [address, MAX_FAILURES_PER_ADDRESS],
    ].map(([key, max]) => ({ entry: active(key as string, now), max: max as number }));
    const over = blocked.find(({ entry, max }) => entry && entry.count >= max);
    if (over?.entry) {
      ctx.set("Retry-After", String(Math.ceil((over.entry.until - now) / 1000)));
      throw new errors.RateLimitError("Too many failed sign-in attempts; try again in a few minutes.");
    }
    let succeeded = false;
    try {
      await next();
      succeeded = ctx.status < 400;
    } finally {
      if (succeeded) failures.delete(account);
      else {
        fail(account, now);
        fail(address, now);
      }
    }
  };
};
