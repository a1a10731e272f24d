/**
 * The lock screen and headset controls (Media Session API): title, stop number and tour, the stop's
 * image, play/pause, previous/next stop and seeking. Browsers without the API are left alone.
 */
import type { AudioGuideStrings } from "../../lib/audio-guide/audio-guide-strings.ts";

export interface SessionStop {
  title: string;
  number: number;
  count: number;
  tourTitle: string;
  artwork?: { src: string; sizes: string } | undefined;
}

export interface SessionActions {
  play(): void;
  pause(): void;
  seekTo(seconds: number): void;
  seekBy(seconds: number): void;
  previous?: (() => void) | undefined;
  next?: (() => void) | undefined;
}

export function updateMediaSession(stop: SessionStop, actions: SessionActions, s: AudioGuideStrings): void {
  if (!("mediaSession" in navigator) || typeof MediaMetadata === "undefined") return;
  const session = navigator.mediaSession;
  session.metadata = new MediaMetadata({
    title: stop.title,
    artist: s.stopLabel(stop.number, stop.count, stop.tourTitle),
    album: stop.tourTitle,
    artwork: stop.artwork
      ? [{ src: new URL(stop.artwork.src, location.href).href, sizes: stop.artwork.sizes, type: "image/png" }]
      : [],
  });
  const handlers: [MediaSessionAction, MediaSessionActionHandler | null][] = [
    ["play", () => actions.play()],
    ["pause", () => actions.pause()],
    ["seekbackward", (details) => actions.seekBy(-(details.seekOffset ?? 10))],
    ["seekforward", (details) => actions.seekBy(details.seekOffset ?? 10)],
    ["seekto", (details) => details.seekTime !== undefined && actions.seekTo(details.seekTime)],
    ["previoustrack", actions.previous ? () => actions.previous?.() : null],
    ["nexttrack", actions.next ? () => actions.next?.() : null],
  ];
  for (const [action, handler] of handlers) {
    try {
      session.setActionHandler(action, handler);
    } catch {
      // An action this browser does not know.
    }
  }
}

export function updatePlaybackState(audio: HTMLAudioElement): void {
  if (!("mediaSession" in navigator)) return;
  navigator.mediaSession.playbackState = audio.paused ? "paused" : "playing";
  if (Number.isFinite(audio.duration) && audio.duration > 0 && navigator.mediaSession.setPositionState) {
    navigator.mediaSession.setPositionState({
      duration: audio.duration,
      position: Math.min(audio.currentTime, audio.duration),
      playbackRate: audio.playbackRate,
    });
  }
}
