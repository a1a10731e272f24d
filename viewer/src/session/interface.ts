/**
 * The interface around the 3D view once the first level is on screen: toolbar and readout, then
 * one module per feature (camera controls, notes, measuring, full screen, AR). Returns the
 * function that removes all of it.
 */
import type { WebGLRenderer } from "three";
import type { ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import type { ScanViewerOptions } from "../types.ts";
import { el } from "../ui/el.ts";
import { createAnnotations } from "./annotations.ts";
import { addArButtons } from "./augmented-reality.ts";
import { addFullscreenButton, createControls } from "./controls.ts";
import { createMeasuring } from "./measuring.ts";
import { createToolbar } from "./toolbar.ts";

export interface InterfaceContext {
  doc: Document;
  container: HTMLElement;
  view: HTMLElement;
  canvas: HTMLCanvasElement;
  renderer: WebGLRenderer;
  options: ScanViewerOptions;
  t: ViewerStrings;
  reducedMotion: boolean;
  annotationList?: HTMLElement;
  isDisposed: () => boolean;
}

export function buildInterface(api: SceneApi, context: InterfaceContext): () => void {
  const { doc, container, view, canvas, renderer, options, t, reducedMotion } = context;
  const locale = options.locale ?? "de";
  const disposers: Array<() => void> = [];
  const readout = el(doc, "output", { class: "scan-viewer__readout", "aria-live": "polite" });
  const toolbar = createToolbar(doc, t);
  view.append(readout, toolbar.element);
  disposers.push(() => {
    readout.remove();
    toolbar.element.remove();
  });
  const controls = createControls(api, { canvas, toolbar, t, reducedMotion });
  disposers.push(() => controls.dispose());
  const annotations = createAnnotations(options.annotations ?? [], api, {
    doc,
    view,
    canvas,
    toolbar,
    t,
    ...(context.annotationList && { list: context.annotationList }),
  });
  if (annotations) disposers.push(() => annotations.dispose());
  const measure = createMeasuring(api, { container, canvas, readout, toolbar, t, locale });
  disposers.push(() => measure.dispose());
  disposers.push(addFullscreenButton({ doc, container, toolbar, t }));
  addArButtons(api, {
    doc,
    container,
    renderer,
    toolbar,
    t,
    ...(options.usdzUrl && { usdzUrl: options.usdzUrl }),
    isDisposed: context.isDisposed,
  });
  // Escape closes the innermost thing first: measuring, then the guided view.
  controls.escapeHandlers.push(
    () => {
      if (!measure.active) return false;
      measure.setActive(false);
      return true;
    },
    () => annotations?.escape() ?? false,
  );
  return () => {
    for (const dispose of disposers.reverse()) dispose();
  };
}
