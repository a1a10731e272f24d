/**
 * The stream player island: a `<video>` with native controls, driven by hls.js (light build) where
 * Media Source Extensions exist and by the browser's own HLS elsewhere, with quality and caption
 * selectors, a visible status line and reconnects with backoff. Mounted on `[data-stream-player]`
 * elements rendered by `components/events/StreamPlayer.astro`; hls.js is only downloaded when the
 * visitor presses play. Each feature is its own module; this one wires them to the markup.
 */
import { wireCaptions } from "./captions.ts";
import { type HlsSession, startHlsSession } from "./hls-session.ts";
import { wireLiveBadge } from "./live-badge.ts";
import { loadHls, playsHlsNatively, warmUpOnApproach } from "./media-support.ts";
import type { PlayerMessages } from "./messages.ts";
import { wirePlaybackEvents } from "./playback-events.ts";
import { hideQualities, wireQuality } from "./quality.ts";
import { createRetry } from "./retry.ts";
import { createStatusLine, type PlayerStatus } from "./status-line.ts";
import { wireStreamCaptions } from "./stream-captions.ts";

export type { PlayerStatus } from "./status-line.ts";

export interface StreamPlayer {
  root: HTMLElement;
  video: HTMLVideoElement;
  /** Loads the stream (once) and starts playback. */
  start(): Promise<void>;
  /** Jumps to `seconds` (starting playback when needed). */
  seek(seconds: number): Promise<void>;
  readonly status: PlayerStatus;
  destroy(): void;
}

function requireChild<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`stream player: markup lacks ${selector} (see StreamPlayer.astro)`);
  return element;
}

/** Mounts the player on one `[data-stream-player]` element. */
export function mountStreamPlayer(root: HTMLElement): StreamPlayer {
  const src = root.dataset.src;
  if (!src) throw new Error("stream player: data-src is missing");
  const live = root.dataset.live === "true";
  const messages = JSON.parse(root.dataset.messages ?? "{}") as PlayerMessages;
  const video = requireChild<HTMLVideoElement>(root, "video");
  const playButton = requireChild<HTMLButtonElement>(root, "[data-play]");
  const retryButton = requireChild<HTMLButtonElement>(root, "[data-retry]");
  const qualitySelect = root.querySelector<HTMLSelectElement>("[data-quality]");
  const status = createStatusLine(root, requireChild<HTMLElement>(root, "[data-status]"), retryButton);
  const retry = createRetry(status, messages);

  let session: HlsSession | undefined;
  let starting: Promise<void> | undefined;
  let destroyed = false;
  let stopStreamCaptions: (() => void) | undefined;

  wireCaptions(video, root.querySelector<HTMLSelectElement>("[data-captions]"));
  const badge = root.querySelector<HTMLElement>("[data-live-badge]");
  if (live && badge) wireLiveBadge(badge, video, src, root.dataset.liveStatus);
  wireQuality(qualitySelect, () => session?.instance);
  wirePlaybackEvents(video, status, messages, {
    live,
    onPlaybackConfirmed: () => {
      retry.reset();
      if (status.current !== "playing" && !video.paused) status.set("playing");
    },
  });

  /** Starts the stream over after a failure, on whichever path is playing it. */
  function reload() {
    if (destroyed) return;
    if (session) {
      session.restart();
      return;
    }
    video.src = src as string;
    video.load();
    video.play().catch(() => {});
  }

  // Native HLS (Safari, iOS): the browser chooses the quality and reports errors on the element.
  function startNative() {
    video.addEventListener("error", () => {
      if (destroyed) return;
      retry.schedule(live && video.readyState === 0 ? "not-started" : "reconnecting", () => reload());
    });
    hideQualities(qualitySelect);
    video.src = src as string;
  }

  async function load() {
    status.set("loading", messages.loading);
    playButton.hidden = true;
    video.controls = true;
    if (playsHlsNatively(video)) {
      startNative();
      return;
    }
    const HlsClass = await loadHls();
    if (!HlsClass.isSupported()) {
      status.set("unsupported", messages.unsupported);
      return;
    }
    session = startHlsSession(HlsClass, {
      src: src as string,
      live,
      video,
      qualitySelect,
      status,
      retry,
      messages,
    });
    // Captions typed live (or kept with a recording) come in the stream, unless the page has files.
    if (!video.querySelector("track")) {
      const instance = () => session?.instance;
      stopStreamCaptions = wireStreamCaptions(
        video,
        new URL(src as string, document.baseURI).href,
        () => instance()?.playingDate,
      );
    }
  }

  async function start() {
    starting ??= load();
    await starting;
    if (status.current === "unsupported") return;
    try {
      await video.play();
    } catch {
      // Autoplay refusal or a load error; the status line and the retry loop deal with the latter.
    }
  }

  async function seek(seconds: number) {
    await start();
    if (video.readyState >= 1) video.currentTime = seconds;
    else video.addEventListener("loadedmetadata", () => (video.currentTime = seconds), { once: true });
  }

  playButton.addEventListener("click", () => void start());
  warmUpOnApproach(playButton);
  retryButton.addEventListener("click", () => {
    retry.cancel();
    retry.reset();
    if (!starting) void start();
    else reload();
  });
  status.set("idle");
  // The play button only works with this script, so the markup ships it hidden.
  playButton.hidden = false;
  const bar = root.querySelector<HTMLElement>("[data-player-bar]");
  if (bar) bar.hidden = false;
  root.dataset.ready = "true";

  return {
    root,
    video,
    start,
    seek,
    get status() {
      return status.current;
    },
    destroy() {
      destroyed = true;
      retry.cancel();
      stopStreamCaptions?.();
      session?.destroy();
    },
  };
}
