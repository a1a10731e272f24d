import { randomBytes, timingSafeEqual } from "node:crypto";

/** A stream key: 32 URL-safe characters (192 random bits), as OBS and phone apps accept them. */
export function newStreamKey(): string {
  return randomBytes(24).toString("base64url");
}

/** Compares secrets in constant time, so the answer time says nothing about how much matched. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
