/**
 * Configuration of `npm start`, read once from the environment with demo defaults. The CMS reads its
 * own settings (database, secrets, admin account) from cms/.env and the environment itself.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";

export const repoRoot = resolve(import.meta.dirname, "..", "..", "..", "..");
export const cmsRoot = resolve(repoRoot, "cms");

/** The CMS's demo account (same values as cms/src/env/env.ts, which runs as CMS code). */
export const DEMO_ADMIN_EMAIL = "admin@showroom.local";
export const DEMO_ADMIN_PASSWORD = "Showroom-Demo-2025";

export interface StartConfig {
  /** Port of the CMS (PORT, default 1337). */
  cmsPort: number;
  /** Port of the public site (SITE_PORT, default 4321). */
  sitePort: number;
  /** Interface both listen on (HOST, default 127.0.0.1: the demo is for this machine). */
  host: string;
  adminEmail: string;
  adminPassword: string;
  /** Run the demo seed at start (default; SEED=false skips it). */
  seed: boolean;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`Environment variable ${name} must be a port number from 1 to 65535, got "${raw}".`);
  }
  return value;
}

/** cms/.env as the CMS sees it (real environment variables win). */
function cmsDotEnv(): Record<string, string | undefined> {
  const file = resolve(cmsRoot, ".env");
  return existsSync(file) ? parseEnv(readFileSync(file, "utf8")) : {};
}

export function readStartConfig(): StartConfig {
  const dotenv = cmsDotEnv();
  const pick = (name: string) => process.env[name]?.trim() || dotenv[name]?.trim() || undefined;
  const cmsPort = port("PORT", 1337);
  const sitePort = port("SITE_PORT", 4321);
  if (cmsPort === sitePort)
    throw new Error(`PORT and SITE_PORT are both ${cmsPort}: give the site another port.`);
  return {
    cmsPort,
    sitePort,
    host: process.env.HOST?.trim() || "127.0.0.1",
    adminEmail: pick("ADMIN_EMAIL") ?? DEMO_ADMIN_EMAIL,
    adminPassword: pick("ADMIN_PASSWORD") ?? DEMO_ADMIN_PASSWORD,
    seed: !["0", "false", "no", "off"].includes(process.env.SEED?.trim().toLowerCase() ?? ""),
  };
}
