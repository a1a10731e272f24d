/**
 * The stream player island: a `<video>` with native controls, driven by hls.js (light build) where
 * Media Source Extensions exist and by the browser's own HLS elsewhere, with quality and caption
 * selectors, a visible status line and reconnects with backoff. Mounted on `[data-stream-player]` elements rendered by
 * `components/events/StreamPlayer.astro`; hls.js is only downloaded when the visitor presses play.
 *
 * Captions are sidecar WebVTT files as `<track>` elements: the light build of hls.js has no
 * subtitle support, and it needs none, because the browser renders `<track>` captions itself.
 */
import type Hls from "hls.js/light";
import type { ErrorData, Level } from "hls.js/light";
import { BACKOFF_DEFAULTS, backoffDelay } from "./backoff.ts";
import type { PlayerMessages } from "./messages.ts";

export type PlayerStatus =
  | "idle"
  | "loading"
  | "playing"
  | "not-started"
  | "reconnecting"
  | "ended"
  | "unavailable"
  | "unsupported";

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

const HLS_TYPE = "application/vnd.apple.mpegurl";

function requireChild<T extends Element>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`stream player: markup lacks ${selector} (see StreamPlayer.astro)`);
  return element;
}

function levelLabel(level: Level): string {
  return level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kbit/s`;
}

/**
 * hls.js needs Media Source Extensions. Where they exist, hls.js is preferred even if the browser
 * also plays HLS itself (Safari on macOS, recent Chromium): only then can visitors choose the
 * quality and see the same reconnect behaviour everywhere. Native HLS covers the rest (iPhones
 * without MSE), and costs no JavaScript download.
 */
function canUseMediaSource(): boolean {
  const scope = globalThis as unknown as {
    MediaSource?: typeof MediaSource;
    ManagedMediaSource?: typeof MediaSource;
  };
  const source = scope.ManagedMediaSource ?? scope.MediaSource;
  return Boolean(source?.isTypeSupported?.('video/mp4; codecs="avc1.42E01E,mp4a.40.2"'));
}

/** Mounts the player on one `[data-stream-player]` element. */
export function mountStreamPlayer(root: HTMLElement): StreamPlayer {
  const src = root.dataset.src;
  if (!src) throw new Error("stream player: data-src is missing");
  const live = root.dataset.live === "true";
  const messages = JSON.parse(root.dataset.messages ?? "{}") as PlayerMessages;
  const video = requireChild<HTMLVideoElement>(root, "video");
  const statusLine = requireChild<HTMLElement>(root, "[data-status]");
  const playButton = requireChild<HTMLButtonElement>(root, "[data-play]");
  const retryButton = requireChild<HTMLButtonElement>(root, "[data-retry]");
  const qualitySelect = root.querySelector<HTMLSelectElement>("[data-quality]");
  const captionsSelect = root.querySelector<HTMLSelectElement>("[data-captions]");

  let status: PlayerStatus = "idle";
  let hls: Hls | undefined;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let starting: Promise<void> | undefined;
  let manifestLoaded = false;
  let levelLoaded = false;
  let destroyed = false;

  function setStatus(next: PlayerStatus, text = "") {
    status = next;
    root.dataset.status = next;
    statusLine.textContent = text;
    retryButton.hidden = !(next === "unavailable" || next === "reconnecting" || next === "not-started");
  }

  function scheduleRetry(kind: "not-started" | "reconnecting", retry: () => void) {
    clearTimeout(retryTimer);
    // A stream that has not started yet is polled calmly; a broken connection is retried quickly first.
    const delay = backoffDelay(kind === "not-started" ? attempt + 2 : attempt, BACKOFF_DEFAULTS);
    attempt += 1;
    const seconds = Math.max(1, Math.round(delay / 1000));
    const text = kind === "not-started" ? messages.notStarted : messages.reconnecting;
    setStatus(kind, text.replace("{seconds}", String(seconds)));
    retryTimer = setTimeout(retry, delay);
  }

  function playbackConfirmed() {
    attempt = 0;
    if (status !== "playing" && !video.paused) setStatus("playing");
  }

  // --- captions: one selector over the <track> elements; "off" hides every track ---------------
  function showCaptions(language: string) {
    for (const track of Array.from(video.textTracks)) {
      if (track.kind !== "captions" && track.kind !== "subtitles") continue;
      track.mode = track.language === language ? "showing" : "disabled";
    }
  }
  captionsSelect?.addEventListener("change", () => showCaptions(captionsSelect.value));
  // Native controls can switch tracks too; keep the selector truthful.
  video.textTracks.addEventListener("change", () => {
    if (!captionsSelect) return;
    const showing = Array.from(video.textTracks).find((track) => track.mode === "showing");
    captionsSelect.value = showing?.language ?? "";
  });

  // --- quality ----------------------------------------------------------------------------------
  function fillQualities(levels: Level[]) {
    if (!qualitySelect) return;
    qualitySelect.replaceChildren(new Option(messages.qualityAuto, "-1"));
    levels
      .map((level, index) => ({ level, index }))
      .sort((a, b) => (b.level.height || b.level.bitrate) - (a.level.height || a.level.bitrate))
      .forEach(({ level, index }) => {
        qualitySelect.append(new Option(levelLabel(level), String(index)));
      });
    qualitySelect.value = "-1";
    const wrapper = qualitySelect.closest<HTMLElement>("[data-quality-field]");
    if (wrapper) wrapper.hidden = levels.length < 2;
  }
  qualitySelect?.addEventListener("change", () => {
    // currentLevel switches at once (it drops the buffered other quality), which is what a person
    // choosing a quality expects; -1 returns to automatic selection.
    if (hls) hls.currentLevel = Number(qualitySelect.value);
  });

  // --- video element events shared by both paths -------------------------------------------------
  // "playing" and "timeupdate" also fire when play() merely starts waiting for data; only a clock
  // that actually moves proves that the picture runs.
  let lastTime = -1;
  video.addEventListener("timeupdate", () => {
    const moved = lastTime >= 0 && video.currentTime !== lastTime;
    lastTime = video.currentTime;
    if (moved && !video.paused && !video.seeking) playbackConfirmed();
  });
  video.addEventListener("seeking", () => {
    lastTime = -1;
  });
  video.addEventListener("waiting", () => {
    if (status === "playing") setStatus("loading", messages.loading);
  });
  video.addEventListener("ended", () =>
    setStatus("ended", live ? messages.liveEnded : messages.recordingEnded),
  );

  // --- hls.js path -------------------------------------------------------------------------------
  function onHlsError(data: ErrorData, HlsClass: typeof Hls) {
    const { ErrorTypes, ErrorDetails } = HlsClass;
    const httpStatus = data.response?.code;
    // A playlist that is missing (or empty) before anything played: the broadcast has not begun.
    const notPublished =
      !levelLoaded &&
      (((data.details === ErrorDetails.MANIFEST_LOAD_ERROR ||
        data.details === ErrorDetails.LEVEL_LOAD_ERROR) &&
        (httpStatus === 404 || httpStatus === 410)) ||
        data.details === ErrorDetails.LEVEL_EMPTY_ERROR);
    if (!data.fatal) {
      if (notPublished && live) {
        setStatus("not-started", messages.notStarted.replace("{seconds}", "2"));
        return;
      }
      // hls.js retries on its own; say so, so a stalled picture is explained.
      if (data.type === ErrorTypes.NETWORK_ERROR && status !== "not-started") {
        setStatus("reconnecting", messages.reconnecting.replace("{seconds}", "1"));
      }
      return;
    }
    if (data.type === ErrorTypes.MEDIA_ERROR) {
      hls?.recoverMediaError();
      return;
    }
    if (data.type !== ErrorTypes.NETWORK_ERROR) {
      setStatus("unavailable", messages.unavailable);
      return;
    }
    if (notPublished && live) {
      scheduleRetry("not-started", () => reload());
      return;
    }
    if (notPublished) {
      setStatus("unavailable", messages.unavailable);
      return;
    }
    scheduleRetry("reconnecting", () => {
      if (!manifestLoaded) reload();
      else hls?.startLoad(live ? -1 : video.currentTime);
    });
  }

  let HlsClassRef: typeof Hls | undefined;

  function createHls(HlsClass: typeof Hls) {
    hls?.destroy();
    manifestLoaded = false;
    levelLoaded = false;
    const instance = new HlsClass({
      // Keep the buffer modest: rural mobile connections, and quality changes take effect sooner.
      maxBufferLength: 20,
      backBufferLength: 30,
      liveSyncDurationCount: 3,
    });
    hls = instance;
    instance.on(HlsClass.Events.MANIFEST_PARSED, (_event, data) => {
      manifestLoaded = true;
      fillQualities(data.levels);
    });
    instance.on(HlsClass.Events.LEVEL_LOADED, (_event, data) => {
      if (data.details.fragments.length > 0) levelLoaded = true;
    });
    instance.on(HlsClass.Events.FRAG_BUFFERED, () => {
      if (status === "reconnecting" || status === "not-started") {
        attempt = 0;
        setStatus(video.paused ? "loading" : "playing", video.paused ? messages.loading : "");
      }
    });
    instance.on(HlsClass.Events.ERROR, (_event, data) => onHlsError(data, HlsClass));
    instance.attachMedia(video);
    instance.loadSource(new URL(src as string, document.baseURI).href);
  }

  function reload() {
    if (destroyed) return;
    if (HlsClassRef) {
      createHls(HlsClassRef);
      video.play().catch(() => {});
    } else {
      video.src = src as string;
      video.load();
      video.play().catch(() => {});
    }
  }

  // --- native HLS path (Safari, iOS) ------------------------------------------------------------
  function startNative() {
    video.addEventListener("error", () => {
      if (destroyed) return;
      scheduleRetry(live && video.readyState === 0 ? "not-started" : "reconnecting", () => reload());
    });
    if (qualitySelect) {
      const wrapper = qualitySelect.closest<HTMLElement>("[data-quality-field]");
      if (wrapper) wrapper.hidden = true; // the browser chooses the quality itself
    }
    video.src = src as string;
  }

  async function load() {
    setStatus("loading", messages.loading);
    playButton.hidden = true;
    video.controls = true;
    if (!canUseMediaSource() && video.canPlayType(HLS_TYPE) !== "") {
      startNative();
    } else {
      const { default: HlsClass } = await import("hls.js/light");
      if (!HlsClass.isSupported()) {
        setStatus("unsupported", messages.unsupported);
        return;
      }
      HlsClassRef = HlsClass;
      createHls(HlsClass);
    }
  }

  async function start() {
    starting ??= load();
    await starting;
    if (status === "unsupported") return;
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
  // A pointer over the button or keyboard focus on it announces the click: fetch hls.js already,
  // which saves a round trip on slow connections without costing visitors who never come close.
  const warmUp = () => {
    if (canUseMediaSource()) void import("hls.js/light").catch(() => {});
  };
  playButton.addEventListener("pointerenter", warmUp, { once: true });
  playButton.addEventListener("focus", warmUp, { once: true });
  retryButton.addEventListener("click", () => {
    clearTimeout(retryTimer);
    attempt = 0;
    if (!starting) void start();
    else reload();
  });
  setStatus("idle");
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
      return status;
    },
    destroy() {
      destroyed = true;
      clearTimeout(retryTimer);
      hls?.destroy();
    },
  };
}
