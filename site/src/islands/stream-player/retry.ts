/** Retrying with backoff, and saying in the status line when the next try comes. */
import { BACKOFF_DEFAULTS, backoffDelay } from "./backoff.ts";
import type { PlayerMessages } from "./messages.ts";
import type { StatusLine } from "./status-line.ts";

export interface Retry {
  schedule(kind: "not-started" | "reconnecting", retry: () => void): void;
  /** Playback works again: the next failure starts from the shortest delay. */
  reset(): void;
  cancel(): void;
}

export function createRetry(status: StatusLine, messages: PlayerMessages): Retry {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(kind, retry) {
      clearTimeout(timer);
      // A stream that has not started yet is polled calmly; a broken connection is retried quickly first.
      const delay = backoffDelay(kind === "not-started" ? attempt + 2 : attempt, BACKOFF_DEFAULTS);
      attempt += 1;
      const seconds = Math.max(1, Math.round(delay / 1000));
      const text = kind === "not-started" ? messages.notStarted : messages.reconnecting;
      status.set(kind, text.replace("{seconds}", String(seconds)));
      timer = setTimeout(retry, delay);
    },
    reset() {
      attempt = 0;
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
