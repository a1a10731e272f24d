/** Texts the player shows; the page renders them into `data-messages` in its language. */
export interface PlayerMessages {
  play: string;
  loading: string;
  /** Live stream not yet published (playlist missing). */
  notStarted: string;
  /** `{seconds}` is replaced with the delay. */
  reconnecting: string;
  liveEnded: string;
  recordingEnded: string;
  unavailable: string;
  unsupported: string;
  retry: string;
  quality: string;
  qualityAuto: string;
  captions: string;
  captionsOff: string;
}
