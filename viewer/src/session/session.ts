/**
 * One attempt to show a scan: canvas and renderer, the quick level first and the full level
 * swapped in place, then the interface (interface.ts: controls, notes, measuring, AR, each from
 * its own module). Everything it creates, it also frees in dispose().
 */
import { createElement } from "react";
import type { Object3D, Vector3 } from "three";
import type { ViewerStrings } from "../i18n.ts";
import type { ModelDownload } from "../load/download.ts";
import { ScanScene } from "../scene/ScanScene.tsx";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { disposeObject } from "../three/dispose.ts";
import { ViewerError } from "../three/viewer-error.ts";
import { hasWebGL2 } from "../three/webgl-support.ts";
import type { CameraView, ScanViewerOptions, ViewerErrorCode } from "../types.ts";
import { el, uniqueId } from "../ui/el.ts";
import { createProgressPanel } from "../ui/progress-panel.ts";
import { createErrorPanel } from "./error-panel.ts";
import { buildInterface } from "./interface.ts";
import { downloadLevel, type LevelName, type PlannedLevel, parseLevel, planLevels } from "./levels.ts";
import { createSceneRoot, type SceneRoot } from "./renderer.ts";

export type ViewerState = "poster" | "loading" | "ready" | "error";

export interface SessionContext {
  container: HTMLElement;
  options: ScanViewerOptions;
  t: ViewerStrings;
  /** The server-rendered annotation list, for "Show in model" buttons. */
  annotationList?: HTMLElement;
  /** The first level's download, already started by poster-first.ts at the click. */
  download?: ModelDownload;
  /** The visitor started the view from the button: focus moves into the view. */
  fromButton: boolean;
  setState: (state: ViewerState, error?: ViewerErrorCode) => void;
  /** Which level is on screen (container's data-level), for tests and the bench. */
  setLevel: (level: LevelName | undefined) => void;
  retry: () => void;
}

export interface Session {
  dispose(): void;
  getView(): CameraView | undefined;
}

export function startSession(context: SessionContext): Session {
  const { container, options, t, setState, setLevel } = context;
  const doc = container.ownerDocument;
  const locale = options.locale ?? "de";
  const disposers: Array<() => void> = [];
  const downloads: ModelDownload[] = [];
  let disposed = false;
  let sceneRoot: SceneRoot | undefined;
  let shown: Object3D | undefined;
  let api: SceneApi | undefined;
  const hadFocus = context.fromButton || container.contains(doc.activeElement);
  const isDisposed = () => disposed;

  const instructionsId = uniqueId("scan-viewer-instructions");
  const view = el(doc, "div", { class: "scan-viewer__view" });
  const live = el(doc, "div", {
    class: "scan-viewer__sr",
    "aria-live": "polite",
    "data-scan-viewer-live": true,
  });
  const instructions = el(doc, "p", { class: "scan-viewer__sr", id: instructionsId, text: t.instructions });
  const progress = createProgressPanel(doc, t, locale, "first");
  view.append(progress.element);
  container.append(view, instructions, live);
  disposers.push(() => {
    view.remove();
    instructions.remove();
    live.remove();
  });
  setState("loading");
  live.textContent = t.loading;
  if (hadFocus) progress.element.focus();

  const levels = planLevels(options);
  const [first, ...later] = levels as [PlannedLevel, ...PlannedLevel[]];
  const firstDownload = downloadLevel(first, context.download);
  downloads.push(firstDownload);
  disposers.push(progress.follow(firstDownload));

  const canvas = el(doc, "canvas", {
    class: "scan-viewer__canvas",
    tabindex: "0",
    role: "application",
    "aria-roledescription": locale === "en" ? "3D view" : "3D-Ansicht",
    "aria-label": t.viewerLabel(options.alt),
    "aria-describedby": instructionsId,
  });

  const teardown3d = () => {
    canvas.removeEventListener("webglcontextlost", onContextLost);
    api = undefined;
    sceneRoot?.dispose();
    sceneRoot = undefined;
    if (shown) disposeObject(shown);
    shown = undefined;
    canvas.remove();
  };

  const fail = (error: unknown) => {
    if (disposed) return;
    const { element, code } = createErrorPanel(
      doc,
      t,
      error,
      // The page's own description says it already; the embed without one gets it in the panel.
      container.closest(".scan-viewer")?.querySelector(".scan-viewer__description")
        ? undefined
        : options.description,
      context.retry,
    );
    // The console keeps the technical detail (file, field) for the people who fix the file.
    console.warn(`[scan-viewer] ${code}:`, error instanceof Error ? error.message : error);
    for (const dispose of disposers.splice(1)) dispose();
    for (const download of downloads) download.abort();
    teardown3d();
    progress.remove();
    view.append(element);
    setState("error", code);
    setLevel(undefined);
  };

  const onContextLost = (event: Event) => {
    event.preventDefault();
    fail(new ViewerError("contextLost", "the browser lost the WebGL context"));
  };

  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  /** Renders `model` in the scene; resolves once a frame with it is on screen. */
  const show = (model: Object3D): Promise<SceneApi> =>
    new Promise<SceneApi>((resolve) => {
      const onReady = (ready: SceneApi) => resolve(ready);
      sceneRoot?.root.render(
        createElement(ScanScene, {
          model,
          scale: options.scale ?? 1,
          defaultCamera: options.defaultCamera,
          reducedMotion,
          autoRotate: options.autoRotate ?? true,
          lighting: options.lighting,
          onReady,
        }),
      );
      // The camera rig reports only the first frame; a swapped level reports the next drawn frame.
      const current = api;
      if (current) {
        const stop = current.onFrame(() => {
          // React attaches the new model on its own schedule: wait for the frame that draws it.
          if (!model.parent) {
            current.invalidate();
            return;
          }
          stop();
          requestAnimationFrame(() => resolve(current));
        });
      }
    });

  const run = async () => {
    if (!hasWebGL2(doc)) throw new ViewerError("webgl", "this browser cannot create a WebGL 2 context");
    view.prepend(canvas);
    canvas.addEventListener("webglcontextlost", onContextLost);
    sceneRoot = await createSceneRoot(canvas, view, options, isDisposed);
    if (!sceneRoot) return;
    const loaded = await parseLevel(firstDownload, options, sceneRoot.renderer);
    if (disposed) {
      disposeObject(loaded.scene);
      return;
    }
    shown = loaded.scene;
    const sceneApi = await show(loaded.scene);
    if (disposed) return;
    api = sceneApi;
    progress.remove();
    disposers.push(
      buildInterface(sceneApi, {
        doc,
        container,
        view,
        canvas,
        renderer: sceneRoot.renderer,
        options,
        t,
        reducedMotion,
        ...(context.annotationList && { annotationList: context.annotationList }),
        isDisposed,
      }),
    );
    setState("ready");
    setLevel(first.name);
    live.textContent = t.loaded;
    if (hadFocus || container.contains(doc.activeElement)) canvas.focus();
    for (const level of later) await swapIn(level);
  };

  /** Loads a better level under the one on screen and swaps it in: camera, notes, measuring stay. */
  const swapIn = async (level: PlannedLevel) => {
    const panel = createProgressPanel(doc, t, locale, "full");
    view.append(panel.element);
    const download = downloadLevel(level);
    downloads.push(download);
    const unfollow = panel.follow(download);
    try {
      const root = sceneRoot;
      if (!root) return;
      const loaded = await parseLevel(download, options, root.renderer);
      if (disposed || sceneRoot !== root) {
        disposeObject(loaded.scene);
        return;
      }
      const previous = shown;
      shown = loaded.scene;
      await show(loaded.scene);
      if (previous) disposeObject(previous);
      if (disposed) return;
      setLevel(level.name);
      live.textContent = t.fullLoaded;
    } catch (error) {
      if (disposed) return;
      // The quick level stays on screen: say so quietly instead of taking the view away.
      console.warn(`[scan-viewer] full level ${level.url}:`, error instanceof Error ? error.message : error);
      const note = el(doc, "p", {
        class: "scan-viewer__panel",
        role: "status",
        "data-scan-viewer-full-failed": true,
        text: t.fullFailed,
      });
      view.append(note);
      disposers.push(() => note.remove());
    } finally {
      unfollow();
      panel.remove();
    }
  };

  run().catch(fail);

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const download of downloads) download.abort();
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
