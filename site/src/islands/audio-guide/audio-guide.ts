/**
 * The audio guide island of stop pages. One `<audio>` element lives for the whole visit to a tour:
 * the first stop page's element is taken over, and when the visitor goes to another stop of the same
 * tour (a link, "next" on the lock screen, or the end of the guide with auto-advance on) the new
 * page is swapped in around it (soft-navigation.ts) and it plays the new stop's file. Play state,
 * the auto-advance choice and the lock screen controls survive the move.
 */
import { type AudioGuideStrings, audioGuideStrings } from "../../lib/audio-guide/audio-guide-strings.ts";
import { clockTime } from "../../lib/events/webvtt.ts";
import type { SiteLocale } from "../../lib/i18n/locales.ts";
import { type SessionStop, updateMediaSession, updatePlaybackState } from "./media-session.ts";
import { fetchPage, isStopOfTour, swapPage } from "./soft-navigation.ts";

interface Guide {
  section: HTMLElement;
  s: AudioGuideStrings;
  stop: SessionStop;
  tourHref: string;
  nextHref?: string | undefined;
  nextNumber?: number | undefined;
  previousHref?: string | undefined;
  play: HTMLButtonElement;
  seek: HTMLInputElement;
  elapsed: HTMLElement;
  length: HTMLElement;
  status: HTMLElement;
  autoAdvance?: HTMLInputElement | null;
}

/** The button's icon (paths of a 24 × 24 box): a triangle, two bars. */
const PLAY_ICON = "M7 4.5v15l13-7.5z";
const PAUSE_ICON = "M6 4h4.5v16H6zm7.5 0H18v16h-4.5z";

/** The one element that plays, for as long as this document lives. */
let audio: HTMLAudioElement | undefined;
let guide: Guide | undefined;
let advanceAutomatically = false;
/** After the first play the visitor is "in the tour": moving between stops keeps the player. */
let started = false;
let navigating = false;

function readGuide(section: HTMLElement): Guide {
  const data = section.dataset;
  const locale: SiteLocale = data.locale === "en" ? "en" : "de";
  const need = <T extends Element>(selector: string) => {
    const element = section.querySelector<T>(selector);
    if (!element) throw new Error(`audio guide: ${selector} is missing`);
    return element;
  };
  return {
    section,
    s: audioGuideStrings(locale),
    stop: {
      title: data.title ?? document.title,
      number: Number(data.stopNumber),
      count: Number(data.stopCount),
      tourTitle: data.tourTitle ?? "",
      artwork: data.artwork ? { src: data.artwork, sizes: data.artworkSizes ?? "512x512" } : undefined,
    },
    tourHref: data.tourHref ?? "",
    nextHref: data.nextHref,
    nextNumber: data.nextNumber ? Number(data.nextNumber) : undefined,
    previousHref: data.previousHref,
    play: need("[data-play]"),
    seek: need("[data-seek]"),
    elapsed: need("[data-elapsed]"),
    length: need("[data-length]"),
    status: need("[data-status]"),
    autoAdvance: section.querySelector<HTMLInputElement>("[data-auto-advance]"),
  };
}

function duration(media: HTMLAudioElement, g: Guide): number {
  return Number.isFinite(media.duration) && media.duration > 0 ? media.duration : Number(g.seek.max) || 0;
}

function render(): void {
  if (!audio || !guide) return;
  const g = guide;
  const playing = !audio.paused && !audio.ended;
  const label = g.play.querySelector("[data-play-label]");
  if (label) label.textContent = playing ? g.s.pause : g.s.play;
  g.play.querySelector("[data-icon]")?.setAttribute("d", playing ? PAUSE_ICON : PLAY_ICON);
  const total = duration(audio, g);
  if (total > 0) {
    g.seek.max = String(Math.round(total));
    g.length.textContent = clockTime(Math.round(total));
  }
  if (document.activeElement !== g.seek) g.seek.value = String(Math.floor(audio.currentTime));
  g.elapsed.textContent = clockTime(audio.currentTime);
  g.seek.setAttribute("aria-valuetext", `${clockTime(audio.currentTime)} / ${clockTime(Math.round(total))}`);
  updatePlaybackState(audio);
}

async function play(): Promise<void> {
  if (!audio || !guide) return;
  started = true;
  try {
    await audio.play();
  } catch (error) {
    // NotAllowedError: the browser wants a tap first; the button stays "Play".
    if ((error as DOMException).name !== "NotAllowedError" && (error as DOMException).name !== "AbortError")
      guide.status.textContent = guide.s.unavailable;
  }
  render();
}

/** Goes to another stop of the tour in place; falls back to loading the page. */
async function goToStop(url: string, options: { push: boolean; autoplay: boolean }): Promise<void> {
  if (!audio || navigating) return;
  navigating = true;
  try {
    const next = await fetchPage(url);
    const section = next?.querySelector<HTMLElement>("[data-audio-guide]");
    const media = section?.querySelector<HTMLAudioElement>("[data-audio-guide-media]");
    if (!next || !section || !media) {
      location.assign(url);
      return;
    }
    const kept = audio;
    swapPage(next, url, {
      push: options.push,
      keep: (main) => {
        const incoming = main.querySelector<HTMLAudioElement>("[data-audio-guide-media]");
        if (!incoming) return;
        // The surviving element takes the new page's file and caption track, then its place.
        for (const child of [...kept.children]) child.remove();
        const track = incoming.querySelector("track");
        if (track) kept.append(track);
        kept.src = incoming.getAttribute("src") ?? "";
        incoming.replaceWith(kept);
      },
    });
    const newSection = document.querySelector<HTMLElement>("[data-audio-guide]");
    if (newSection) bind(newSection);
    if (options.autoplay) await play();
  } finally {
    navigating = false;
  }
}

function bind(section: HTMLElement): void {
  const media = section.querySelector<HTMLAudioElement>("[data-audio-guide-media]");
  if (!media) return;
  const g = readGuide(section);
  guide = g;
  if (!audio) {
    audio = media;
    wireAudio(audio);
  }
  audio.removeAttribute("controls");
  // The stylesheet shows this player already where it knows `(scripting: enabled)`.
  section.classList.add("audio-guide--ready");
  if (g.autoAdvance) {
    g.autoAdvance.checked = advanceAutomatically;
    g.autoAdvance.addEventListener("change", () => {
      advanceAutomatically = Boolean(g.autoAdvance?.checked);
    });
  }
  g.play.addEventListener("click", () => {
    if (!audio) return;
    if (audio.paused || audio.ended) void play();
    else audio.pause();
  });
  section.querySelector("[data-back]")?.addEventListener("click", () => {
    if (audio) audio.currentTime = Math.max(0, audio.currentTime - 10);
  });
  g.seek.addEventListener("input", () => {
    if (audio) audio.currentTime = Number(g.seek.value);
  });
  updateMediaSession(
    g.stop,
    {
      play: () => void play(),
      pause: () => audio?.pause(),
      seekTo: (seconds) => {
        if (audio) audio.currentTime = seconds;
      },
      seekBy: (seconds) => {
        if (audio) audio.currentTime = Math.max(0, audio.currentTime + seconds);
      },
      previous: g.previousHref
        ? () => void goToStop(g.previousHref as string, { push: true, autoplay: true })
        : undefined,
      next: g.nextHref
        ? () => void goToStop(g.nextHref as string, { push: true, autoplay: true })
        : undefined,
    },
    g.s,
  );
  render();
}

function wireAudio(media: HTMLAudioElement): void {
  for (const type of ["play", "pause", "timeupdate", "loadedmetadata", "durationchange", "seeked"])
    media.addEventListener(type, render);
  media.addEventListener("error", () => {
    if (guide && media.src) guide.status.textContent = guide.s.unavailable;
  });
  media.addEventListener("ended", () => {
    render();
    const g = guide;
    if (!g) return;
    if (g.nextHref && advanceAutomatically && g.nextNumber) {
      g.status.textContent = g.s.advancing(g.nextNumber);
      void goToStop(g.nextHref, { push: true, autoplay: true });
    } else {
      g.status.textContent = g.nextHref ? g.s.ended : `${g.s.ended} ${g.s.tourEnd}`;
    }
  });
}

/** Links to other stops of the tour keep the player once it has been started. */
function onClick(event: MouseEvent): void {
  if (!started || !guide || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
  if (!link || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !isStopOfTour(url.pathname, guide.tourHref)) return;
  if (url.pathname === location.pathname) return;
  event.preventDefault();
  const wasPlaying = Boolean(audio && !audio.paused);
  void goToStop(url.href, { push: true, autoplay: wasPlaying });
}

function onPopState(event: PopStateEvent): void {
  if (!(event.state as { audioGuide?: boolean } | null)?.audioGuide) return;
  const wasPlaying = Boolean(audio && !audio.paused);
  void goToStop(location.href, { push: false, autoplay: wasPlaying });
}

const first = document.querySelector<HTMLElement>("[data-audio-guide]");
if (first) {
  bind(first);
  // Marks this entry so that "back" from a stop reached in place comes back in place too.
  history.replaceState({ ...(history.state ?? {}), audioGuide: true }, "");
  document.addEventListener("click", onClick);
  window.addEventListener("popstate", onPopState);
}
