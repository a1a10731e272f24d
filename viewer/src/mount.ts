import { createRoot, type ReconcilerRoot } from "@react-three/fiber";
import { createElement } from "react";
import { type Vector3, WebGLRenderer, type WebGLRendererParameters } from "three";
import { errorText, type ViewerStrings, viewerStrings } from "./i18n.ts";
import { ScanScene } from "./scene/ScanScene.tsx";
import type { SceneApi } from "./scene/use-scan-rig.ts";
import { ensureViewerCss } from "./styles.ts";
import { disposeObject } from "./three/dispose.ts";
import { type LoadedModel, loadModel } from "./three/load-model.ts";
import { isViewerError, ViewerError } from "./three/viewer-error.ts";
import { hasWebGL2 } from "./three/webgl-support.ts";
import type { CameraView, ScanViewerHandle, ScanViewerOptions, ViewerErrorCode } from "./types.ts";
import { type AnnotationLayer, createAnnotationLayer } from "./ui/annotation-layer.ts";
import { isArSupported, startArSession } from "./ui/ar-session.ts";
import { el, uniqueId } from "./ui/el.ts";
import { iconSvg } from "./ui/icons.ts";
import { handleViewerKey } from "./ui/keyboard.ts";
import { createMeasureTool, type MeasureTool } from "./ui/measure-tool.ts";

export interface MountExtras {
  /** The server-rendered annotation list (data-scan-viewer-annotations): gets "Show in model" buttons. */
  annotationList?: HTMLElement;
}

type ViewerState = "poster" | "loading" | "ready" | "error";

/**
 * Shows a scan in `container` with R3F's createRoot on a canvas: no react-dom, the interface
 * (progress, errors, toolbar, annotation buttons, measure readout, live region) is plain DOM.
 * The container keeps what it had (the server-rendered poster and button): on an error the
 * poster stays, and unmount restores it exactly.
 *
 * @example
 *   const viewer = mountScanViewer(document.querySelector("#stage"), { model: "/m/bowl.glb", alt: "Taufschale" });
 *   viewer.unmount();
 */
export function mountScanViewer(
  container: HTMLElement,
  options: ScanViewerOptions,
  extras: MountExtras = {},
): ScanViewerHandle {
  const doc = container.ownerDocument;
  const t = viewerStrings(options.locale);
  ensureViewerCss(doc, container);
  const addedClass = !container.classList.contains("scan-viewer__stage");
  container.classList.add("scan-viewer__stage");
  const cleanups: Array<() => void> = [];

  let poster = container.querySelector<HTMLImageElement>(".scan-viewer__poster");
  if (!poster && options.poster) {
    poster = el(doc, "img", { class: "scan-viewer__poster", src: options.poster, alt: options.alt });
    container.prepend(poster);
    const created = poster;
    cleanups.push(() => created.remove());
  }
  let startButton = container.querySelector<HTMLButtonElement>("[data-scan-viewer-start]");
  if (!startButton && options.start && options.start !== "now") {
    startButton = el(doc, "button", {
      type: "button",
      class: "scan-viewer__start",
      "data-scan-viewer-start": true,
      text: t.showModel(undefined),
    });
    container.append(startButton);
    const created = startButton;
    cleanups.push(() => created.remove());
  }

  let session: Session | undefined;
  const setState = (state: ViewerState, error?: ViewerErrorCode) => {
    container.dataset.state = state;
    if (error) container.dataset.error = error;
    else delete container.dataset.error;
    container.classList.toggle("scan-viewer--ready", state === "ready");
  };
  setState("poster");

  const begin = (hadFocus = false) => {
    if (session) return;
    // Move focus into the 3D view only when the visitor started it from the button (or the
    // viewer already held focus): a viewer that starts by itself must not steal focus.
    const fromButton = hadFocus || (startButton !== null && doc.activeElement === startButton);
    if (startButton) startButton.hidden = true;
    session = startSession(container, options, extras, t, fromButton, setState, () => {
      const focused = container.contains(doc.activeElement);
      session?.dispose();
      session = undefined;
      begin(focused);
    });
  };

  if (!options.start || options.start === "now") begin();
  else if (options.start === "click" && startButton) {
    const onClick = () => begin();
    startButton.addEventListener("click", onClick, { once: true });
    const button = startButton;
    cleanups.push(() => button.removeEventListener("click", onClick));
  } else if (options.start === "visible") {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        begin();
      }
    });
    observer.observe(container);
    cleanups.push(() => observer.disconnect());
  }

  return {
    unmount() {
      session?.dispose();
      session = undefined;
      for (const cleanup of cleanups.reverse()) cleanup();
      if (startButton) startButton.hidden = false;
      if (addedClass) container.classList.remove("scan-viewer__stage");
      container.classList.remove("scan-viewer--ready", "scan-viewer--measuring");
      delete container.dataset.state;
      delete container.dataset.error;
    },
    getView() {
      return session?.getView();
    },
  };
}

interface Session {
  dispose(): void;
  getView(): CameraView | undefined;
}

/** One attempt to show the model: everything it creates, it also frees in dispose(). */
function startSession(
  container: HTMLElement,
  options: ScanViewerOptions,
  extras: MountExtras,
  t: ViewerStrings,
  fromButton: boolean,
  setState: (state: ViewerState, error?: ViewerErrorCode) => void,
  retry: () => void,
): Session {
  const doc = container.ownerDocument;
  const abort = new AbortController();
  const disposers: Array<() => void> = [];
  let disposed = false;
  let root: ReconcilerRoot<HTMLCanvasElement> | undefined;
  let model: LoadedModel | undefined;
  let api: SceneApi | undefined;
  const hadFocus = fromButton || container.contains(doc.activeElement);

  const instructionsId = uniqueId("scan-viewer-instructions");
  const view = el(doc, "div", { class: "scan-viewer__view" });
  const live = el(doc, "div", {
    class: "scan-viewer__sr",
    "aria-live": "polite",
    "data-scan-viewer-live": true,
  });
  const instructions = el(doc, "p", { class: "scan-viewer__sr", id: instructionsId, text: t.instructions });
  const progress = el(doc, "progress", { max: "100", "aria-label": t.loading });
  const progressText = el(doc, "span", { text: t.loading });
  const progressPanel = el(
    doc,
    "div",
    { class: "scan-viewer__panel scan-viewer__progress", tabindex: "-1", "data-scan-viewer-progress": true },
    progressText,
    progress,
  );
  view.append(progressPanel);
  container.append(view, instructions, live);
  disposers.push(() => {
    view.remove();
    instructions.remove();
    live.remove();
  });
  setState("loading");
  live.textContent = t.loading;
  if (hadFocus) progressPanel.focus();

  const canvas = el(doc, "canvas", {
    class: "scan-viewer__canvas",
    tabindex: "0",
    role: "application",
    "aria-roledescription": options.locale === "en" ? "3D view" : "3D-Ansicht",
    "aria-label": t.viewerLabel(options.alt),
    "aria-describedby": instructionsId,
  });

  const teardown3d = () => {
    canvas.removeEventListener("webglcontextlost", onContextLost);
    api = undefined;
    root?.unmount();
    root = undefined;
    if (model) disposeObject(model.scene);
    model = undefined;
    canvas.remove();
  };

  const fail = (error: unknown) => {
    if (disposed) return;
    const code: ViewerErrorCode = isViewerError(error) ? error.code : "unknown";
    // The console keeps the technical detail (file, field) for the people who fix the file.
    console.warn(`[scan-viewer] ${code}:`, error instanceof Error ? error.message : error);
    for (const dispose of disposers.splice(1)) dispose();
    teardown3d();
    progressPanel.remove();
    const panel = el(
      doc,
      "div",
      { class: "scan-viewer__panel scan-viewer__error", role: "alert", "data-scan-viewer-error": code },
      el(doc, "p", {}, el(doc, "strong", { text: t.errorTitle })),
      el(doc, "p", { text: errorText(t, code, isViewerError(error) ? error.hosts : []) }),
    );
    const describedElsewhere = container.closest(".scan-viewer")?.querySelector(".scan-viewer__description");
    if (options.description && !describedElsewhere) panel.append(el(doc, "p", { text: options.description }));
    if (code === "contextLost" || code === "network" || code === "unknown") {
      const again = el(doc, "button", { type: "button", class: "scan-viewer__tool", text: t.retry });
      again.addEventListener("click", retry);
      panel.append(again);
    }
    view.append(panel);
    setState("error", code);
  };

  const onContextLost = (event: Event) => {
    event.preventDefault();
    fail(new ViewerError("contextLost", "the browser lost the WebGL context"));
  };

  const run = async () => {
    if (!hasWebGL2(doc)) throw new ViewerError("webgl", "this browser cannot create a WebGL 2 context");
    view.prepend(canvas);
    canvas.addEventListener("webglcontextlost", onContextLost);
    let renderer: WebGLRenderer | undefined;
    root = createRoot(canvas);
    const config = {
      gl: (defaults: WebGLRendererParameters) => {
        renderer = new WebGLRenderer({
          ...defaults,
          antialias: true,
          alpha: true,
          preserveDrawingBuffer: options.preserveDrawingBuffer ?? false,
        });
        return renderer;
      },
      dpr: [1, 2] as [number, number],
      frameloop: "demand" as const,
      camera: {
        fov: options.defaultCamera?.fov ?? 40,
        near: 0.01,
        far: 1000,
        position: [0, 0, 5] as [number, number, number],
      },
      size: sizeOf(view),
    };
    await root.configure(config);
    if (disposed || !renderer) return;
    const resize = new ResizeObserver(() => {
      if (root) void root.configure({ ...config, size: sizeOf(view) });
    });
    resize.observe(view);
    disposers.push(() => resize.disconnect());

    const loaded = await loadModel(options.model, {
      decoderPath: options.decoderPath,
      renderer,
      signal: abort.signal,
      onProgress: (fraction) => {
        if (fraction === undefined) {
          progress.removeAttribute("value");
          return;
        }
        const percent = Math.round(fraction * 100);
        progress.value = percent;
        progressText.textContent = t.loadingPercent(percent);
      },
    });
    if (disposed) {
      disposeObject(loaded.scene);
      return;
    }
    model = loaded;
    const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
    const ready = new Promise<SceneApi>((resolve) => {
      root?.render(
        createElement(ScanScene, {
          model: loaded.scene,
          scale: options.scale ?? 1,
          defaultCamera: options.defaultCamera,
          reducedMotion,
          autoRotate: options.autoRotate ?? true,
          lighting: options.lighting,
          onReady: resolve,
        }),
      );
    });
    const sceneApi = await ready;
    if (disposed) return;
    api = sceneApi;
    progressPanel.remove();
    buildInterface(sceneApi, renderer, reducedMotion);
    setState("ready");
    live.textContent = t.loaded;
    if (hadFocus || container.contains(doc.activeElement)) canvas.focus();
  };

  const buildInterface = (sceneApi: SceneApi, renderer: WebGLRenderer, reducedMotion: boolean) => {
    const { controller } = sceneApi;
    const readout = el(doc, "output", { class: "scan-viewer__readout", "aria-live": "polite" });
    const toolbar = el(doc, "div", { class: "scan-viewer__toolbar", role: "group", "aria-label": t.toolbar });
    view.append(readout, toolbar);

    const tool = (label: string, action: string, run: () => void, pressed?: boolean) => {
      const button = el(doc, "button", {
        type: "button",
        class: "scan-viewer__tool",
        "data-action": action,
        "aria-pressed": pressed === undefined ? undefined : String(pressed),
        title: label,
      });
      const icon = iconSvg(doc, action);
      if (icon) button.append(icon);
      button.append(el(doc, "span", { class: "scan-viewer__tool-label", text: label }));
      button.addEventListener("click", run);
      toolbar.append(button);
      return button;
    };

    let annotations: AnnotationLayer | undefined;
    let measure: MeasureTool | undefined;
    const interacted = () => {
      controller.autoRotate = false;
      rotateButton?.setAttribute("aria-pressed", "false");
    };
    controller.onUserInteraction = interacted;

    tool(t.resetView, "reset", () => void controller.reset());
    tool(t.zoomIn, "zoom-in", () => controller.zoom(1));
    tool(t.zoomOut, "zoom-out", () => controller.zoom(-1));
    const rotateButton = reducedMotion
      ? undefined
      : tool(
          t.autoRotate,
          "auto-rotate",
          () => {
            controller.autoRotate = !controller.autoRotate;
            rotateButton?.setAttribute("aria-pressed", String(controller.autoRotate));
          },
          controller.autoRotate,
        );
    const notes = options.annotations ?? [];
    if (notes.length > 0) {
      const guidedButton = tool(
        t.guidedView,
        "guided-view",
        () => {
          if (annotations?.guided) annotations.stopGuidedView();
          else annotations?.startGuidedView();
        },
        false,
      );
      annotations = createAnnotationLayer(doc, view, notes, sceneApi, t, (guided, hadFocus) => {
        guidedButton.setAttribute("aria-pressed", String(guided));
        if (hadFocus) guidedButton.focus();
      });
      disposers.push(() => annotations?.dispose());
      if (extras.annotationList) {
        const items = [...extras.annotationList.querySelectorAll(":scope > li")];
        items.forEach((item, index) => {
          const button = el(doc, "button", {
            type: "button",
            "data-scan-viewer-show": String(index),
            text: t.showInModel,
          });
          button.addEventListener("click", () => {
            annotations?.open(index);
            canvas.scrollIntoView({ block: "nearest" });
          });
          item.append(button);
          disposers.push(() => button.remove());
        });
      }
    }
    const measureButton = tool(t.measure, "measure", () => measure?.setActive(!measure.active), false);
    measure = createMeasureTool(canvas, readout, sceneApi, t, options.locale ?? "de", (active) => {
      measureButton.setAttribute("aria-pressed", String(active));
      container.classList.toggle("scan-viewer--measuring", active);
    });
    disposers.push(() => measure?.dispose());

    if (doc.fullscreenEnabled) {
      const fullscreenButton = tool(t.fullscreen, "fullscreen", () => {
        if (doc.fullscreenElement === container) void doc.exitFullscreen();
        else void container.requestFullscreen();
      });
      const onFullscreen = () => {
        const label = doc.fullscreenElement === container ? t.exitFullscreen : t.fullscreen;
        fullscreenButton.title = label;
        const text = fullscreenButton.querySelector(".scan-viewer__tool-label");
        if (text) text.textContent = label;
      };
      doc.addEventListener("fullscreenchange", onFullscreen);
      disposers.push(() => doc.removeEventListener("fullscreenchange", onFullscreen));
    }
    void isArSupported().then((supported) => {
      if (!supported || disposed) return;
      const arButton = tool(t.viewInAr, "ar", () => {
        arButton.disabled = true;
        startArSession(sceneApi, renderer, container, () => {
          arButton.disabled = false;
        }).catch((error: unknown) => {
          arButton.disabled = false;
          console.warn("[scan-viewer] AR session could not start:", error);
        });
      });
    });
    if (options.usdzUrl) {
      const link = el(doc, "a", {
        href: options.usdzUrl,
        rel: "ar",
        class: "scan-viewer__tool",
        text: t.viewInArIos,
      });
      // Only Safari on iOS opens .usdz in AR Quick Look; elsewhere the link would just download it.
      if (link.relList.supports("ar")) toolbar.append(link);
    }

    const onKey = (event: KeyboardEvent) =>
      handleViewerKey(event, controller, {
        onReset: () => void controller.reset(),
        onEscape: () => {
          if (measure?.active) {
            measure.setActive(false);
            return true;
          }
          if (annotations?.guided) {
            annotations.stopGuidedView();
            return true;
          }
          return false;
        },
        onInteraction: interacted,
      });
    canvas.addEventListener("keydown", onKey);
    disposers.push(() => canvas.removeEventListener("keydown", onKey));
    disposers.push(() => {
      readout.remove();
      toolbar.remove();
    });
  };

  run().catch(fail);

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      abort.abort();
      if (doc.fullscreenElement === container) void doc.exitFullscreen();
      for (const dispose of disposers.reverse()) dispose();
      teardown3d();
    },
    getView() {
      const current = api;
      if (!current) return undefined;
      const pose = current.controller.getPose();
      const toModel = (v: Vector3) =>
        current.modelRoot.worldToLocal(v.clone()).toArray() as [number, number, number];
      return { position: toModel(pose.position), target: toModel(pose.target), fov: current.camera.fov };
    },
  };
}

function sizeOf(element: HTMLElement): { width: number; height: number; top: number; left: number } {
  return {
    width: Math.max(1, element.clientWidth),
    height: Math.max(1, element.clientHeight),
    top: 0,
    left: 0,
  };
}
