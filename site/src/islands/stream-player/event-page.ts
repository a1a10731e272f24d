/**
 * The event page in the browser: recomputes the event's state from the clock (so a static page
 * switches from "upcoming" to "live" to "ended" without a rebuild), runs the countdown, mounts the
 * players and turns the chapter list into seek buttons. Markup: `components/events/EventStatePanels.astro`.
 */
import {
  countdownParts,
  type EventTiming,
  eventState,
  nextStateChange,
} from "../../lib/events/event-state.ts";
import { mountStreamPlayer, type StreamPlayer } from "./stream-player.ts";

const MAX_TIMEOUT = 2 ** 31 - 1;

function formatCountdown(ms: number, lang: string): string {
  const { days, hours, minutes, seconds } = countdownParts(ms);
  const unit = (value: number, name: string) =>
    new Intl.NumberFormat(lang, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  const parts: string[] = [];
  if (days > 0) parts.push(unit(days, "day"));
  if (days > 0 || hours > 0) parts.push(unit(hours, "hour"));
  parts.push(unit(minutes, "minute"));
  if (days === 0 && hours === 0) parts.push(unit(seconds, "second"));
  return parts.join(", ");
}

export function mountEventPage(root: HTMLElement): void {
  const timing = JSON.parse(root.dataset.event ?? "{}") as EventTiming;
  const lang = document.documentElement.lang || "de";
  const panels = Array.from(root.querySelectorAll<HTMLElement>("[data-state-panel]"));
  const countdowns = Array.from(root.querySelectorAll<HTMLElement>("[data-countdown]"));
  const players = new Map<HTMLElement, StreamPlayer>();
  let countdownTimer: ReturnType<typeof setInterval> | undefined;
  let stateTimer: ReturnType<typeof setTimeout> | undefined;

  function playerIn(panel: HTMLElement): StreamPlayer | undefined {
    const element = panel.querySelector<HTMLElement>("[data-stream-player]");
    if (!element) return undefined;
    let player = players.get(element);
    if (!player) {
      player = mountStreamPlayer(element);
      players.set(element, player);
    }
    return player;
  }

  function render() {
    const now = Date.now();
    const state = eventState(timing, now);
    root.dataset.state = state.kind;
    for (const badge of root.querySelectorAll<HTMLElement>("[data-badge]")) {
      badge.hidden = badge.dataset.badge !== state.kind;
    }
    for (const panel of panels) {
      const kinds = (panel.dataset.statePanel ?? "").split(/\s+/);
      let visible = kinds.includes(state.kind);
      // Do not pull a running stream away from a viewer when the scheduled end passes.
      const element = panel.querySelector<HTMLElement>("[data-stream-player]");
      const active = element ? players.get(element) : undefined;
      if (!visible && active && !active.video.paused && !active.video.ended) visible = true;
      panel.hidden = !visible;
      if (visible) playerIn(panel);
    }
    clearInterval(countdownTimer);
    if (state.kind === "upcoming") {
      const start = Date.parse(timing.start);
      const tick = () => {
        const text = formatCountdown(start - Date.now(), lang);
        for (const countdown of countdowns) countdown.textContent = text;
      };
      tick();
      countdownTimer = setInterval(tick, 1000);
    }
    clearTimeout(stateTimer);
    const next = nextStateChange(timing, now);
    if (next !== undefined) stateTimer = setTimeout(render, Math.min(MAX_TIMEOUT, next - now + 50));
  }

  // Chapters are links to `#t=<seconds>` (readable without JS); with JS they seek the player.
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-seek]");
    if (!link) return;
    const panel =
      link.closest<HTMLElement>("[data-state-panel]") ??
      panels.find((candidate) => !candidate.hidden && candidate.querySelector("[data-stream-player]"));
    const player = panel ? playerIn(panel) : undefined;
    if (!player) return;
    event.preventDefault();
    void player.seek(Number(link.dataset.seek));
    player.video.focus({ preventScroll: true });
    player.root.scrollIntoView({ block: "nearest" });
  });

  // Mark the chapter that is playing, for sighted and screen-reader users alike.
  for (const panel of panels) {
    const links = Array.from(panel.querySelectorAll<HTMLAnchorElement>("a[data-seek]"));
    const video = panel.querySelector("video");
    if (!video || links.length === 0) continue;
    video.addEventListener("timeupdate", () => {
      let current: HTMLAnchorElement | undefined;
      for (const link of links) if (Number(link.dataset.seek) <= video.currentTime + 0.25) current = link;
      for (const link of links) {
        if (link === current) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      }
    });
  }

  // A deep link like `…/#t=754` starts the recording there.
  const deepLink = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
  render();
  if (deepLink) {
    const visible = panels.find((panel) => !panel.hidden && panel.querySelector("[data-stream-player]"));
    const player = visible ? playerIn(visible) : undefined;
    if (player) void player.seek(Number(deepLink[1]));
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") render();
  });
}

/** Mounts every event page block and every stand-alone player on the page. */
export function mountAll(): void {
  for (const element of document.querySelectorAll<HTMLElement>("[data-event-page]")) mountEventPage(element);
  for (const element of document.querySelectorAll<HTMLElement>("[data-stream-player]")) {
    if (!element.closest("[data-event-page]") && element.dataset.ready !== "true") mountStreamPlayer(element);
  }
}
