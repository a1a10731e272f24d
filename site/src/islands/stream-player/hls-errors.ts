/**
 * What an hls.js error means for the visitor: a broadcast that has not begun, a connection to
 * retry, a media error hls.js can recover from, or a stream that is gone. Decided here, applied by
 * the hls.js session.
 */
import type Hls from "hls.js/light";
import type { ErrorData } from "hls.js/light";
import type { PlayerStatus } from "./status-line.ts";

export type HlsErrorAction =
  /** hls.js retries on its own. */
  | { kind: "wait" }
  /** Show a status only (hls.js keeps trying; the seconds are a rough promise). */
  | { kind: "announce"; status: "not-started" | "reconnecting" }
  | { kind: "recover-media" }
  | { kind: "unavailable" }
  /** Fatal network error: try again with backoff. */
  | { kind: "retry"; status: "not-started" | "reconnecting" };

export function hlsErrorAction(
  data: ErrorData,
  HlsClass: typeof Hls,
  state: { live: boolean; levelLoaded: boolean; status: PlayerStatus },
): HlsErrorAction {
  const { ErrorTypes, ErrorDetails } = HlsClass;
  const httpStatus = data.response?.code;
  // A playlist that is missing (or empty) before anything played: the broadcast has not begun.
  const notPublished =
    !state.levelLoaded &&
    (((data.details === ErrorDetails.MANIFEST_LOAD_ERROR || data.details === ErrorDetails.LEVEL_LOAD_ERROR) &&
      (httpStatus === 404 || httpStatus === 410)) ||
      data.details === ErrorDetails.LEVEL_EMPTY_ERROR);
  if (!data.fatal) {
    if (notPublished && state.live) return { kind: "announce", status: "not-started" };
    // hls.js retries on its own; say so, so a stalled picture is explained.
    if (data.type === ErrorTypes.NETWORK_ERROR && state.status !== "not-started") {
      return { kind: "announce", status: "reconnecting" };
    }
    return { kind: "wait" };
  }
  if (data.type === ErrorTypes.MEDIA_ERROR) return { kind: "recover-media" };
  if (data.type !== ErrorTypes.NETWORK_ERROR) return { kind: "unavailable" };
  if (notPublished) return state.live ? { kind: "retry", status: "not-started" } : { kind: "unavailable" };
  return { kind: "retry", status: "reconnecting" };
}
