/** The player's state, as `data-status` on the root and a visible status line with a retry button. */
export type PlayerStatus =
  | "idle"
  | "loading"
  | "playing"
  | "not-started"
  | "reconnecting"
  | "ended"
  | "unavailable"
  | "unsupported";

export interface StatusLine {
  readonly current: PlayerStatus;
  set(next: PlayerStatus, text?: string): void;
}

export function createStatusLine(root: HTMLElement, line: HTMLElement, retryButton: HTMLElement): StatusLine {
  let current: PlayerStatus = "idle";
  return {
    get current() {
      return current;
    },
    set(next, text = "") {
      current = next;
      root.dataset.status = next;
      line.textContent = text;
      retryButton.hidden = !(next === "unavailable" || next === "reconnecting" || next === "not-started");
    },
  };
}
