/** Which way the player plays HLS here, and loading hls.js only when it is needed. */
import type Hls from "hls.js/light";

export const HLS_TYPE = "application/vnd.apple.mpegurl";

/**
 * hls.js needs Media Source Extensions. Where they exist, hls.js is preferred even if the browser
 * also plays HLS itself (Safari on macOS, recent Chromium): only then can visitors choose the
 * quality and see the same reconnect behaviour everywhere. Native HLS covers the rest (iPhones
 * without MSE), and costs no JavaScript download.
 */
export function canUseMediaSource(): boolean {
  const scope = globalThis as unknown as {
    MediaSource?: typeof MediaSource;
    ManagedMediaSource?: typeof MediaSource;
  };
  const source = scope.ManagedMediaSource ?? scope.MediaSource;
  return Boolean(source?.isTypeSupported?.('video/mp4; codecs="avc1.42E01E,mp4a.40.2"'));
}

/** True when this browser should play the stream itself (no hls.js download). */
export function playsHlsNatively(video: HTMLVideoElement): boolean {
  return !canUseMediaSource() && video.canPlayType(HLS_TYPE) !== "";
}

/** The light build of hls.js (a separate chunk, downloaded on first use). */
export async function loadHls(): Promise<typeof Hls> {
  return (await import("hls.js/light")).default;
}

/**
 * A pointer over the play button or keyboard focus on it announces the click: fetch hls.js
 * already, which saves a round trip on slow connections without costing visitors who never come close.
 */
export function warmUpOnApproach(button: HTMLElement): void {
  const warmUp = () => {
    if (canUseMediaSource()) void loadHls().catch(() => {});
  };
  button.addEventListener("pointerenter", warmUp, { once: true });
  button.addEventListener("focus", warmUp, { once: true });
}
