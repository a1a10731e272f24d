/**
 * The camera controls around the canvas: reset, zoom, automatic turning and the keyboard; the
 * full-screen button. Escape first closes what another feature has open (measuring, the guided view).
 */
import type { ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { handleViewerKey } from "../ui/keyboard.ts";
import type { Toolbar } from "./toolbar.ts";

export interface ControlsContext {
  canvas: HTMLCanvasElement;
  toolbar: Toolbar;
  t: ViewerStrings;
  reducedMotion: boolean;
}

export interface Controls {
  /** Called before Escape does anything else; returns true when it closed something. */
  escapeHandlers: Array<() => boolean>;
  dispose(): void;
}

export function createControls(api: SceneApi, context: ControlsContext): Controls {
  const { canvas, toolbar, t, reducedMotion } = context;
  const { controller } = api;
  const disposers: Array<() => void> = [];
  const escapeHandlers: Array<() => boolean> = [];

  const interacted = () => {
    controller.autoRotate = false;
    rotateButton?.setAttribute("aria-pressed", "false");
  };
  controller.onUserInteraction = interacted;

  toolbar.add(t.resetView, "reset", () => void controller.reset());
  toolbar.add(t.zoomIn, "zoom-in", () => controller.zoom(1));
  toolbar.add(t.zoomOut, "zoom-out", () => controller.zoom(-1));
  const rotateButton = reducedMotion
    ? undefined
    : toolbar.add(
        t.autoRotate,
        "auto-rotate",
        () => {
          controller.autoRotate = !controller.autoRotate;
          rotateButton?.setAttribute("aria-pressed", String(controller.autoRotate));
        },
        controller.autoRotate,
      );

  const onKey = (event: KeyboardEvent) =>
    handleViewerKey(event, controller, {
      onReset: () => void controller.reset(),
      onEscape: () => escapeHandlers.some((handler) => handler()),
      onInteraction: interacted,
    });
  canvas.addEventListener("keydown", onKey);
  disposers.push(() => canvas.removeEventListener("keydown", onKey));

  return {
    escapeHandlers,
    dispose() {
      for (const dispose of disposers.reverse()) dispose();
    },
  };
}

/** The full-screen button (where the browser allows full screen); returns its clean-up. */
export function addFullscreenButton(context: {
  doc: Document;
  container: HTMLElement;
  toolbar: Toolbar;
  t: ViewerStrings;
}): () => void {
  const { doc, container, toolbar, t } = context;
  const disposers: Array<() => void> = [];
  if (doc.fullscreenEnabled) {
    const fullscreenButton = toolbar.add(t.fullscreen, "fullscreen", () => {
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

  return () => {
    for (const dispose of disposers) dispose();
  };
}
