/** Playing the stream with hls.js: one instance at a time, its events, and its errors applied. */
import type Hls from "hls.js/light";
import { hlsErrorAction } from "./hls-errors.ts";
import type { PlayerMessages } from "./messages.ts";
import { fillQualities } from "./quality.ts";
import type { Retry } from "./retry.ts";
import type { StatusLine } from "./status-line.ts";

export interface HlsSession {
  readonly instance: Hls | undefined;
  /** Starts over with a new hls.js instance (after the stream was missing or the connection broke). */
  restart(): void;
  destroy(): void;
}

export function startHlsSession(
  HlsClass: typeof Hls,
  context: {
    src: string;
    live: boolean;
    video: HTMLVideoElement;
    qualitySelect: HTMLSelectElement | null;
    status: StatusLine;
    retry: Retry;
    messages: PlayerMessages;
  },
): HlsSession {
  const { src, live, video, status, retry, messages } = context;
  let hls: Hls | undefined;
  let manifestLoaded = false;
  let levelLoaded = false;
  let destroyed = false;

  function create() {
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
      fillQualities(context.qualitySelect, data.levels, messages);
    });
    instance.on(HlsClass.Events.LEVEL_LOADED, (_event, data) => {
      if (data.details.fragments.length > 0) levelLoaded = true;
    });
    instance.on(HlsClass.Events.FRAG_BUFFERED, () => {
      if (status.current === "reconnecting" || status.current === "not-started") {
        retry.reset();
        status.set(video.paused ? "loading" : "playing", video.paused ? messages.loading : "");
      }
    });
    instance.on(HlsClass.Events.ERROR, (_event, data) => {
      const action = hlsErrorAction(data, HlsClass, { live, levelLoaded, status: status.current });
      switch (action.kind) {
        case "wait":
          return;
        case "announce":
          status.set(
            action.status,
            (action.status === "not-started" ? messages.notStarted : messages.reconnecting).replace(
              "{seconds}",
              action.status === "not-started" ? "2" : "1",
            ),
          );
          return;
        case "recover-media":
          hls?.recoverMediaError();
          return;
        case "unavailable":
          status.set("unavailable", messages.unavailable);
          return;
        case "retry":
          retry.schedule(action.status, () => {
            if (action.status === "not-started" || !manifestLoaded) restart();
            else hls?.startLoad(live ? -1 : video.currentTime);
          });
      }
    });
    instance.attachMedia(video);
    instance.loadSource(new URL(src, document.baseURI).href);
  }

  function restart() {
    if (destroyed) return;
    create();
    video.play().catch(() => {});
  }

  create();
  return {
    get instance() {
      return hls;
    },
    restart,
    destroy() {
      destroyed = true;
      hls?.destroy();
    },
  };
}
