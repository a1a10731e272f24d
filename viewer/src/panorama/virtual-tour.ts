/**
 * The virtual tour on a page (its own lazy chunk, loaded by the page's starter script): the
 * panorama view of the current stop with its hotspots as focusable buttons over the canvas, a bar
 * with the stop's place in the tour, a list of stops and of the view's destinations, and the
 * stop's audio guide. Arrow keys and dragging look around, the gyroscope only when the visitor
 * switches it on; nothing turns by itself (prefers-reduced-motion needs nothing to stop). The
 * address keeps stop and view (`#stop=3&yaw=120&pitch=-5`), so a view can be shared.
 */
import { PanoramaView } from "./panorama-view.ts";
import { VIRTUAL_TOUR_STRINGS } from "./strings.ts";
import type { HotspotTarget, TourHotspot, TourStopView, VirtualTourConfig } from "./types.ts";
import { formatTourHash, parseTourHash, type TourView } from "./view-state.ts";

const KEY_STEP = 10;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function hasWebGl(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

export interface VirtualTourHandle {
  goTo(stop: number, view?: Partial<TourView>): Promise<void>;
  readonly view: TourView;
  /** Tiles held (loaded or loading) in the bounded cache. */
  readonly cachedTiles: number;
  dispose(): void;
}

export async function startVirtualTour(root: HTMLElement): Promise<VirtualTourHandle | undefined> {
  const config = JSON.parse(root.dataset.virtualTour ?? "{}") as VirtualTourConfig;
  const stage = root.querySelector<HTMLElement>("[data-virtual-tour-stage]");
  const strings = VIRTUAL_TOUR_STRINGS[config.locale] ?? VIRTUAL_TOUR_STRINGS.de;
  if (!stage || !config.stops?.length) return undefined;
  const startButton = stage.querySelector<HTMLButtonElement>("[data-virtual-tour-start]");
  if (!hasWebGl()) {
    const note = element("p", { className: "virtual-tour__notice", textContent: strings.noWebgl });
    note.setAttribute("role", "status");
    stage.after(note);
    if (startButton) startButton.hidden = true;
    return undefined;
  }

  const id = `vt-${Math.random().toString(36).slice(2, 8)}`;
  const view = new PanoramaView();
  const canvas = view.canvas;
  canvas.className = "virtual-tour__canvas";
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "application");
  canvas.setAttribute("aria-roledescription", config.locale === "en" ? "360° view" : "360°-Ansicht");
  canvas.setAttribute("aria-describedby", `${id}-help ${id}-caption`);
  const help = element("p", {
    id: `${id}-help`,
    className: "visually-hidden",
    textContent: strings.keyboardHelp,
  });
  const caption = element("p", { id: `${id}-caption`, className: "visually-hidden" });
  const hotspotLayer = element("div", { className: "virtual-tour__hotspots" });
  const status = element("p", { className: "virtual-tour__status" });
  status.setAttribute("aria-live", "polite");
  const previous = element("button", { type: "button", className: "button", textContent: strings.previous });
  const next = element("button", { type: "button", className: "button", textContent: strings.next });
  const close = element("button", { type: "button", className: "button", textContent: strings.close });
  const bar = element("div", { className: "virtual-tour__bar" }, status, previous, next);
  let gyroscope: ((event: DeviceOrientationEvent) => void) | undefined;
  const gyroButton = element("button", {
    type: "button",
    className: "button",
    textContent: strings.gyroscopeOn,
  });
  gyroButton.setAttribute("aria-pressed", "false");
  if ("DeviceOrientationEvent" in window && matchMedia("(pointer: coarse)").matches) bar.append(gyroButton);
  bar.append(close);

  const stopList = element("ol", { className: "virtual-tour__stops" });
  const hotspotList = element("ul", { className: "virtual-tour__destinations" });
  const audio = element("audio", { controls: true, preload: "none" });
  audio.setAttribute("aria-label", strings.audioGuide);
  const stopLink = element("a", { textContent: strings.stopPage });
  const panel = element(
    "div",
    { className: "virtual-tour__panel" },
    element("h2", { textContent: strings.stopList }),
    element("nav", {}, stopList),
    element("h2", { textContent: strings.hotspotList }),
    hotspotList,
    element("p", {}, audio),
    element("p", {}, stopLink),
  );
  panel.querySelector("nav")?.setAttribute("aria-label", strings.stopList);

  const poster = stage.querySelector<HTMLElement>(".virtual-tour__poster");
  if (poster) poster.hidden = true;
  if (startButton) startButton.hidden = true;
  stage.classList.add("is-running");
  stage.append(canvas, hotspotLayer, help, caption, bar);
  stage.after(panel);

  const resize = new ResizeObserver(() => view.setSize(stage.clientWidth, stage.clientHeight));
  resize.observe(stage);
  view.setSize(stage.clientWidth, stage.clientHeight);

  let current: TourStopView = config.stops[0] as TourStopView;
  let hotspotButtons: { hotspot: TourHotspot; button: HTMLElement }[] = [];
  let infoBox: HTMLElement | undefined;

  const writeHash = () => {
    history.replaceState(
      history.state,
      "",
      formatTourHash({ stop: current.number, yaw: view.yaw, pitch: view.pitch }),
    );
  };
  let hashTimer = 0;
  const writeHashSoon = () => {
    clearTimeout(hashTimer);
    hashTimer = window.setTimeout(writeHash, 250);
  };

  const closeInfo = () => {
    infoBox?.remove();
    infoBox = undefined;
  };
  const showInfo = (hotspot: TourHotspot, from: HTMLElement) => {
    if (hotspot.target.kind !== "info") return;
    closeInfo();
    const closeButton = element("button", { type: "button", className: "button", textContent: "×" });
    closeButton.setAttribute(
      "aria-label",
      strings.close.replace(/.*/, config.locale === "en" ? "Close" : "Schließen"),
    );
    infoBox = element(
      "div",
      { className: "virtual-tour__info", tabIndex: -1 },
      element("p", {}, element("strong", { textContent: hotspot.label })),
      element("p", { textContent: hotspot.target.text }),
      ...infoMedia(hotspot.target, hotspot.label),
      closeButton,
    );
    infoBox.setAttribute("role", "group");
    infoBox.setAttribute("aria-label", hotspot.label);
    closeButton.addEventListener("click", () => {
      closeInfo();
      from.focus();
    });
    stage.append(infoBox);
    infoBox.focus();
  };

  const activate = (hotspot: TourHotspot, from: HTMLElement) => {
    if (hotspot.target.kind === "stop") {
      void goTo(hotspot.target.stop).then(() => canvas.focus());
    } else if (hotspot.target.kind === "info") showInfo(hotspot, from);
  };

  const hotspotControl = (hotspot: TourHotspot, className: string): HTMLElement => {
    const control =
      hotspot.target.kind === "object"
        ? element("a", { href: hotspot.target.href, className, textContent: hotspot.label })
        : element("button", { type: "button", className, textContent: hotspot.label });
    control.dataset.kind = hotspot.target.kind;
    if (hotspot.target.kind !== "object") control.addEventListener("click", () => activate(hotspot, control));
    return control;
  };

  const placeHotspots = () => {
    for (const { hotspot, button } of hotspotButtons) {
      const point = view.project(hotspot.yaw, hotspot.pitch);
      // Out of view: not shown and not in the tab order (the list below has every destination).
      button.style.visibility = point ? "visible" : "hidden";
      if (point)
        button.style.transform = `translate(${Math.round(point.x)}px, ${Math.round(point.y)}px) translate(-50%, -50%)`;
    }
  };
  view.onRender = placeHotspots;

  const renderLists = () => {
    stopList.replaceChildren(
      ...config.stops.map((stop) => {
        const button = element("button", {
          type: "button",
          className: "link-button",
          textContent: `${stop.number}. ${stop.title}`,
        });
        if (stop.number === current.number) button.setAttribute("aria-current", "step");
        button.addEventListener("click", () => void goTo(stop.number).then(() => canvas.focus()));
        return element("li", {}, button);
      }),
    );
    hotspotList.replaceChildren(
      ...current.hotspots.map((hotspot) => element("li", {}, hotspotControl(hotspot, "link-button"))),
    );
    hotspotButtons = current.hotspots.map((hotspot) => ({
      hotspot,
      button: hotspotControl(hotspot, "virtual-tour__hotspot"),
    }));
    hotspotLayer.replaceChildren(...hotspotButtons.map(({ button }) => button));
  };

  async function goTo(number: number, target: Partial<TourView> = {}): Promise<void> {
    const stop = config.stops.find((candidate) => candidate.number === number) ?? config.stops[0];
    if (!stop) return;
    closeInfo();
    const changed = stop !== current || !canvas.dataset.stop;
    current = stop;
    canvas.dataset.stop = String(stop.number);
    canvas.setAttribute("aria-label", strings.viewLabel(stop.title));
    caption.textContent = stop.caption;
    status.textContent = `${strings.stopOf(stop.number, config.stops.length)}: ${stop.title}`;
    previous.disabled = stop.number <= 1;
    next.disabled = stop.number >= config.stops.length;
    stopLink.href = stop.href;
    if (changed) {
      audio.pause();
      if (stop.audio) audio.src = stop.audio;
      else audio.removeAttribute("src");
      audio.parentElement?.toggleAttribute("hidden", !stop.audio);
      renderLists();
      await view.show(stop, { yaw: target.yaw ?? stop.yaw ?? 0, pitch: target.pitch ?? 0 });
    } else view.setView(target.yaw ?? view.yaw, target.pitch ?? view.pitch);
    writeHash();
  }

  previous.addEventListener("click", () => void goTo(current.number - 1));
  next.addEventListener("click", () => void goTo(current.number + 1));

  canvas.addEventListener("keydown", (event) => {
    const step = event.shiftKey ? 3 * KEY_STEP : KEY_STEP;
    const moves: Record<string, [number, number, number]> = {
      ArrowLeft: [-step, 0, 0],
      ArrowRight: [step, 0, 0],
      ArrowUp: [0, step, 0],
      ArrowDown: [0, -step, 0],
      "+": [0, 0, -10],
      "=": [0, 0, -10],
      "-": [0, 0, 10],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    view.setView(view.yaw + move[0], view.pitch + move[1], view.fov + move[2]);
    writeHashSoon();
  });

  let drag: { x: number; y: number; id: number } | undefined;
  canvas.addEventListener("pointerdown", (event) => {
    drag = { x: event.clientX, y: event.clientY, id: event.pointerId };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drag || drag.id !== event.pointerId) return;
    const degreesPerPixel = view.fov / Math.max(canvas.clientHeight, 1);
    view.setView(
      view.yaw - (event.clientX - drag.x) * degreesPerPixel,
      view.pitch + (event.clientY - drag.y) * degreesPerPixel,
    );
    drag = { ...drag, x: event.clientX, y: event.clientY };
  });
  const endDrag = () => {
    if (drag) writeHashSoon();
    drag = undefined;
  };
  canvas.addEventListener("pointerup", endDrag);
  canvas.addEventListener("pointercancel", endDrag);
  canvas.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      view.setView(view.yaw, view.pitch, view.fov + Math.sign(event.deltaY) * 5);
    },
    { passive: false },
  );

  gyroButton.addEventListener("click", async () => {
    if (gyroscope) {
      window.removeEventListener("deviceorientation", gyroscope);
      gyroscope = undefined;
      gyroButton.textContent = strings.gyroscopeOn;
      gyroButton.setAttribute("aria-pressed", "false");
      return;
    }
    const permission = (DeviceOrientationEvent as unknown as { requestPermission?: () => Promise<string> })
      .requestPermission;
    if (permission && (await permission()) !== "granted") return;
    const start = { yaw: view.yaw, alpha: undefined as number | undefined };
    gyroscope = (event) => {
      if (event.alpha === null || event.beta === null) return;
      start.alpha ??= event.alpha;
      view.setView(start.yaw - (event.alpha - start.alpha), event.beta - 90);
    };
    window.addEventListener("deviceorientation", gyroscope);
    gyroButton.textContent = strings.gyroscopeOff;
    gyroButton.setAttribute("aria-pressed", "true");
  });

  const onHash = () => {
    const target = parseTourHash(location.hash, config.stops.length);
    if (
      target &&
      (target.stop !== current.number ||
        Math.abs(target.yaw - view.yaw) > 0.5 ||
        Math.abs(target.pitch - view.pitch) > 0.5)
    ) {
      void goTo(target.stop, target);
    }
  };
  window.addEventListener("hashchange", onHash);

  const dispose = () => {
    window.removeEventListener("hashchange", onHash);
    if (gyroscope) window.removeEventListener("deviceorientation", gyroscope);
    resize.disconnect();
    audio.pause();
    view.dispose();
    for (const node of [canvas, hotspotLayer, help, caption, bar, panel]) node.remove();
    closeInfo();
    stage.classList.remove("is-running");
    if (poster) poster.hidden = false;
    if (startButton) {
      startButton.hidden = false;
      startButton.removeAttribute("aria-busy");
      startButton.focus();
    }
    history.replaceState(history.state, "", location.pathname + location.search);
    root.dispatchEvent(new CustomEvent("virtual-tour-closed"));
  };
  close.addEventListener("click", dispose);

  const initial = parseTourHash(location.hash, config.stops.length);
  await goTo(initial?.stop ?? 1, initial ?? {});
  canvas.focus();
  const handle: VirtualTourHandle = {
    goTo,
    get view() {
      return { stop: current.number, yaw: view.yaw, pitch: view.pitch };
    },
    get cachedTiles() {
      return view.cachedTileCount;
    },
    dispose,
  };
  (root as HTMLElement & { virtualTour?: VirtualTourHandle }).virtualTour = handle;
  return handle;
}

/** The image and the audio of an information point: the image with its alt text, the audio with the browser's own controls. */
function infoMedia(target: Extract<HotspotTarget, { kind: "info" }>, label: string): HTMLElement[] {
  const media: HTMLElement[] = [];
  if (target.image) {
    const image = element("img", {
      src: target.image.src,
      alt: target.image.alt,
      loading: "lazy",
      decoding: "async",
    });
    if (target.image.width) image.width = target.image.width;
    if (target.image.height) image.height = target.image.height;
    media.push(image);
  }
  if (target.audio) {
    const audio = element("audio", { controls: true, preload: "none", src: target.audio });
    audio.setAttribute("aria-label", label);
    media.push(audio);
  }
  return media;
}
