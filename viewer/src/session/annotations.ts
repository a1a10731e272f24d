/**
 * The notes of a scan in the 3D view: buttons on their points, the guided view, and "Show in
 * model" buttons on the server-rendered list below the viewer.
 */
import type { ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import type { ScanAnnotation } from "../types.ts";
import { type AnnotationLayer, createAnnotationLayer } from "../ui/annotation-layer.ts";
import { el } from "../ui/el.ts";
import type { Toolbar } from "./toolbar.ts";

export interface AnnotationsContext {
  doc: Document;
  view: HTMLElement;
  canvas: HTMLCanvasElement;
  toolbar: Toolbar;
  t: ViewerStrings;
  /** The server-rendered list (data-scan-viewer-annotations). */
  list?: HTMLElement;
}

export interface Annotations {
  /** Ends the guided view; returns true when it was running (for Escape). */
  escape(): boolean;
  dispose(): void;
}

export function createAnnotations(
  notes: ScanAnnotation[],
  api: SceneApi,
  context: AnnotationsContext,
): Annotations | undefined {
  if (notes.length === 0) return undefined;
  const { doc, view, canvas, toolbar, t, list } = context;
  const disposers: Array<() => void> = [];
  let layer: AnnotationLayer | undefined;
  const guidedButton = toolbar.add(
    t.guidedView,
    "guided-view",
    () => {
      if (layer?.guided) layer.stopGuidedView();
      else layer?.startGuidedView();
    },
    false,
  );
  layer = createAnnotationLayer(doc, view, notes, api, t, (guided, hadFocus) => {
    guidedButton.setAttribute("aria-pressed", String(guided));
    if (hadFocus) guidedButton.focus();
  });
  disposers.push(() => layer?.dispose());
  const items = list ? [...list.querySelectorAll(":scope > li")] : [];
  items.forEach((item, index) => {
    const button = el(doc, "button", {
      type: "button",
      "data-scan-viewer-show": String(index),
      text: t.showInModel,
    });
    button.addEventListener("click", () => {
      layer?.open(index);
      canvas.scrollIntoView({ block: "nearest" });
    });
    item.append(button);
    disposers.push(() => button.remove());
  });
  return {
    escape() {
      if (!layer?.guided) return false;
      layer.stopGuidedView();
      return true;
    },
    dispose() {
      for (const dispose of disposers.reverse()) dispose();
    },
  };
}
