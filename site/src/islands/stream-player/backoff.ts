/**
 * Delay before the next reconnect attempt: doubling from `baseMs` up to `maxMs`, with jitter so
 * that many viewers of one live stream do not all hit the server in the same second after an outage.
 */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** Fraction of the delay that is randomised (0 = none). */
  jitter: number;
  random?: () => number;
}

export const BACKOFF_DEFAULTS: BackoffOptions = { baseMs: 1000, maxMs: 30_000, jitter: 0.2 };

/** Delay in milliseconds before attempt number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, options: BackoffOptions = BACKOFF_DEFAULTS): number {
  const plain = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt));
  const random = options.random ?? Math.random;
  const spread = plain * options.jitter;
  return Math.round(Math.min(options.maxMs, plain - spread + 2 * spread * random()));
}
