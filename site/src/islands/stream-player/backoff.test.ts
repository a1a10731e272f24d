import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.ts";

describe("backoffDelay", () => {
  const exact = { baseMs: 1000, maxMs: 30_000, jitter: 0 };

  it("doubles the delay with every attempt up to the maximum", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((attempt) => backoffDelay(attempt, exact))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("spreads the delay by the jitter fraction and never exceeds the maximum", () => {
    const options = { baseMs: 1000, maxMs: 30_000, jitter: 0.2 };
    expect(backoffDelay(2, { ...options, random: () => 0 })).toBe(3200);
    expect(backoffDelay(2, { ...options, random: () => 1 })).toBe(4800);
    expect(backoffDelay(10, { ...options, random: () => 1 })).toBe(30_000);
  });
});
