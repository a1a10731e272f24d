/** What the `<video>` element itself tells the status line, on both the hls.js and the native path. */
import type { PlayerMessages } from "./messages.ts";
import type { StatusLine } from "./status-line.ts";

export function wirePlaybackEvents(
  video: HTMLVideoElement,
  status: StatusLine,
  messages: PlayerMessages,
  options: { live: boolean; onPlaybackConfirmed: () => void },
): void {
  // "playing" and "timeupdate" also fire when play() merely starts waiting for data; only a clock
  // that actually moves proves that the picture runs.
  let lastTime = -1;
  video.addEventListener("timeupdate", () => {
    const moved = lastTime >= 0 && video.currentTime !== lastTime;
    lastTime = video.currentTime;
    if (moved && !video.paused && !video.seeking) options.onPlaybackConfirmed();
  });
  video.addEventListener("seeking", () => {
    lastTime = -1;
  });
  video.addEventListener("waiting", () => {
    if (status.current === "playing") status.set("loading", messages.loading);
  });
  video.addEventListener("ended", () =>
    status.set("ended", options.live ? messages.liveEnded : messages.recordingEnded),
  );
}
