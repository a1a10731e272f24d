/**
 * The kiosk's behaviour on every kiosk page (settings in the body's data attributes, see
 * components/kiosk/KioskLayout.astro):
 * - links stay inside the kiosk and replace the history entry, so the history never grows and a
 *   swipe cannot lead back to where the last visitor was; any other link does nothing;
 * - after `data-kiosk-idle` seconds without a touch (a playing audio guide counts as use) the kiosk
 *   forgets the visitor — media stopped, dialogs closed, session and local storage cleared, scroll
 *   reset — goes to its start screen and shows the attract loop; a touch ends the loop;
 * - the attract loop turns a demo scan slowly (the scan viewer's own turntable), or shows the
 *   images one by one when the screen asks for reduced motion;
 * - it installs the kiosk's service worker at once, for each of its languages' scopes, which
 *   precaches every kiosk page and file (public/kiosk-sw.js).
 */
import { startScanViewer } from "@showroom/viewer/poster-first.ts";

const SLIDE_MS = 6000;
const ATTRACT_HASH = "#attract";
const ACTIVITY = ["pointerdown", "touchstart", "keydown", "wheel"] as const;

export interface KioskSettings {
  start: string;
  idleMs: number;
  scopes: string[];
  worker: string;
  manifest: string;
}

export function readSettings(body: HTMLElement): KioskSettings | undefined {
  const { kioskStart, kioskIdle, kioskScopes, kioskWorker, kioskManifest } = body.dataset;
  const idle = Number(kioskIdle);
  if (!kioskStart || !kioskScopes || !kioskWorker || !kioskManifest || !(idle > 0)) return undefined;
  return {
    start: kioskStart,
    idleMs: idle * 1000,
    scopes: kioskScopes.split(","),
    worker: kioskWorker,
    manifest: kioskManifest,
  };
}

function insideKiosk(url: URL, settings: KioskSettings): boolean {
  return url.origin === location.origin && settings.scopes.some((scope) => url.pathname.startsWith(scope));
}

function mediaPlaying(): boolean {
  return [...document.querySelectorAll<HTMLMediaElement>("audio, video")].some(
    (media) => !media.paused && !media.ended,
  );
}

/** Forgets everything the last visitor did on this page. */
export function clearVisitorState(): void {
  for (const media of document.querySelectorAll<HTMLMediaElement>("audio, video")) {
    media.pause();
    media.currentTime = 0;
  }
  for (const dialog of document.querySelectorAll<HTMLDialogElement>("dialog[open]")) dialog.close();
  for (const details of document.querySelectorAll<HTMLDetailsElement>("details[open]")) details.open = false;
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // Storage switched off: nothing to clear.
  }
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
}

/** Resolves once the registration has an active worker (its precache done), or on failure. */
function whenActive(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated" || worker.state === "redundant") done();
    });
  });
}

/**
 * One registration per kiosk language, one after the other: the second finds the cache the first
 * filled and downloads nothing again.
 */
async function registerWorker(settings: KioskSettings): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const url = `${settings.worker}?manifest=${encodeURIComponent(settings.manifest)}`;
  const own = settings.scopes.filter((scope) => location.pathname.startsWith(scope));
  const others = settings.scopes.filter((scope) => !own.includes(scope));
  try {
    for (const scope of [...own, ...others]) {
      const registration = await navigator.serviceWorker.register(url, { scope, updateViaCache: "none" });
      // A newer build: the worker fetches the list again and caches what changed.
      if (registration.active && navigator.onLine) registration.active.postMessage({ type: "kiosk-refresh" });
      await whenActive(registration);
    }
  } catch (error) {
    console.warn("[kiosk] the offline cache could not be installed:", error);
  }
}

class AttractLoop {
  private slideTimer: number | undefined;
  private turning = false;
  private readonly overlay: HTMLElement;
  private readonly settings: KioskSettings;
  constructor(overlay: HTMLElement, settings: KioskSettings) {
    this.overlay = overlay;
    this.settings = settings;
  }

  get shown(): boolean {
    return !this.overlay.hidden;
  }

  show(): void {
    this.overlay.hidden = false;
    document.body.dataset.kioskState = "attract";
    const turntable = this.overlay.querySelector<HTMLElement>("[data-kiosk-attract-turntable]");
    const viewer = turntable?.querySelector<HTMLElement>("[data-scan-viewer]");
    const still = matchMedia("(prefers-reduced-motion: reduce)").matches;
    if (turntable && viewer && !still) {
      turntable.hidden = false;
      this.turning = true;
      document.body.dataset.kioskAttract = "turntable";
      void startScanViewer(viewer);
      return;
    }
    document.body.dataset.kioskAttract = "slides";
    const stage = this.overlay.querySelector<HTMLElement>("[data-kiosk-attract-slides]");
    const slides = [...this.overlay.querySelectorAll<HTMLElement>("[data-kiosk-slide]")];
    if (!stage || slides.length === 0) return;
    stage.hidden = false;
    let index = 0;
    const showSlide = () => {
      slides.forEach((slide, position) => {
        slide.hidden = position !== index;
      });
      index = (index + 1) % slides.length;
    };
    showSlide();
    this.slideTimer = window.setInterval(showSlide, SLIDE_MS);
  }

  stop(): void {
    if (this.turning) {
      // A fresh start screen frees the 3D view's GPU memory at once.
      location.replace(this.settings.start);
      return;
    }
    window.clearInterval(this.slideTimer);
    this.overlay.hidden = true;
    document.body.dataset.kioskState = "browsing";
    delete document.body.dataset.kioskAttract;
  }
}

export function startKiosk(settings: KioskSettings): void {
  document.body.dataset.kioskState = "browsing";
  void registerWorker(settings);
  const overlay = document.querySelector<HTMLElement>("[data-kiosk-attract]");
  const attract = overlay ? new AttractLoop(overlay, settings) : undefined;
  const onStart = location.pathname === settings.start;

  document.addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement)) return;
      const url = new URL(link.href, location.href);
      if (url.pathname === location.pathname && url.hash) return;
      event.preventDefault();
      if (insideKiosk(url, settings)) location.replace(url.href);
    },
    true,
  );
  document.addEventListener("contextmenu", (event) => event.preventDefault());

  let timer: number | undefined;
  const idle = () => {
    if (mediaPlaying()) return arm();
    clearVisitorState();
    if (onStart && attract) attract.show();
    else location.replace(`${settings.start}${ATTRACT_HASH}`);
  };
  const arm = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(idle, settings.idleMs);
  };
  for (const type of ACTIVITY) {
    document.addEventListener(
      type,
      (event) => {
        if (attract?.shown) {
          event.preventDefault();
          attract.stop();
        }
        arm();
      },
      { capture: true, passive: false },
    );
  }
  if (onStart && location.hash === ATTRACT_HASH) {
    history.replaceState(null, "", settings.start);
    attract?.show();
  }
  arm();
}
