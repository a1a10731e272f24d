import { Vector3 } from "three";
import type { ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { projectAnnotation } from "../three/annotation-projection.ts";
import type { CameraPose } from "../three/camera-animation.ts";
import type { ScanAnnotation } from "../types.ts";
import { el, uniqueId } from "./el.ts";

/** Raycast occlusion costs a lot on big scans: check it at most this often while the view moves. */
const OCCLUSION_INTERVAL_MS = 150;

export interface AnnotationLayer {
  /** Opens a note (and moves the camera to it). */
  open(index: number, guided?: boolean): void;
  close(): void;
  startGuidedView(): void;
  stopGuidedView(): void;
  readonly guided: boolean;
  dispose(): void;
}

/**
 * The annotations as real buttons over the canvas, following their 3D points every frame and
 * hidden when the point is behind the model; one note panel shows the text, and in the guided
 * view steps from note to note while the camera flies along.
 */
export function createAnnotationLayer(
  doc: Document,
  view: HTMLElement,
  annotations: ScanAnnotation[],
  api: SceneApi,
  t: ViewerStrings,
  onGuidedChange: (guided: boolean, hadFocus: boolean) => void,
): AnnotationLayer {
  const noteId = uniqueId("scan-viewer-note");
  const layer = el(doc, "div", { class: "scan-viewer__hotspots" });
  const note = el(doc, "div", {
    class: "scan-viewer__panel scan-viewer__note",
    id: noteId,
    hidden: true,
    "aria-live": "polite",
  });
  view.append(layer, note);

  const points = annotations.map((annotation) => ({
    position: api.modelRoot.localToWorld(new Vector3(...annotation.position)),
    normal: annotation.normal
      ? new Vector3(...annotation.normal).transformDirection(api.modelRoot.matrixWorld)
      : undefined,
    unoccluded: true,
    checkedAt: -Infinity,
  }));
  const buttons = annotations.map((annotation, index) => {
    const button = el(doc, "button", {
      type: "button",
      class: "scan-viewer__hotspot",
      "aria-label": `${index + 1}: ${annotation.title}`,
      "aria-expanded": "false",
      "aria-controls": noteId,
      "data-annotation-index": String(index),
      text: String(index + 1),
    });
    button.addEventListener("click", () => {
      if (openIndex === index && !guided) close();
      else open(index, guided);
    });
    layer.append(button);
    return button;
  });

  let openIndex: number | undefined;
  let guided = false;
  let lastPose = "";

  let movedAt = 0;
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const place = () => {
    const width = view.clientWidth;
    const height = view.clientHeight;
    const pose = `${api.camera.matrixWorld.elements.join(",")}/${width}x${height}`;
    const now = performance.now();
    if (pose !== lastPose) movedAt = now;
    lastPose = pose;
    points.forEach((point, index) => {
      const button = buttons[index];
      if (!button) return;
      const ray = !point.normal && now - point.checkedAt >= OCCLUSION_INTERVAL_MS;
      const projected = projectAnnotation(
        point.position,
        point.normal,
        api.camera,
        width,
        height,
        ray ? api.modelRoot : undefined,
      );
      if (ray) {
        point.checkedAt = now;
        point.unoccluded = projected.visible;
      }
      const visible = point.normal ? projected.visible : projected.visible && point.unoccluded;
      button.style.transform = `translate(${projected.x.toFixed(1)}px, ${projected.y.toFixed(1)}px)`;
      button.style.visibility = visible ? "" : "hidden";
      button.dataset.visible = String(visible);
    });
    // After the camera stops, check occlusion once more so the buttons settle without more input.
    if (!recheck && points.some((point) => !point.normal && point.checkedAt < movedAt)) {
      recheck = setTimeout(() => {
        recheck = undefined;
        api.invalidate();
      }, OCCLUSION_INTERVAL_MS);
    }
  };
  const unsubscribe = api.onFrame(place);
  note.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    close();
  });

  const viewFor = (index: number): CameraPose => {
    const annotation = annotations[index];
    const point = points[index];
    if (!annotation || !point) return api.controller.getPose();
    if (annotation.camera) {
      return {
        position: api.modelRoot.localToWorld(new Vector3(...annotation.camera.position)),
        target: api.modelRoot.localToWorld(new Vector3(...annotation.camera.target)),
      };
    }
    // Look at the point from between its surface normal and the current view, close enough to
    // see the detail and far enough to keep the object's shape in view.
    const current = api.camera.position.clone().sub(point.position).normalize();
    const direction = point.normal
      ? point.normal.clone().normalize().multiplyScalar(0.7).add(current.multiplyScalar(0.3)).normalize()
      : current;
    return {
      target: point.position.clone(),
      position: point.position.clone().addScaledVector(direction, api.sphere.radius * 2.8),
    };
  };

  const render = (index: number) => {
    const annotation = annotations[index];
    if (!annotation) return;
    const heading = guided ? t.guidedStep(index + 1, annotations.length, annotation.title) : annotation.title;
    const actions = el(doc, "div", { class: "scan-viewer__note-actions" });
    const action = (label: string, run: () => void, name: string) => {
      const button = el(doc, "button", {
        type: "button",
        class: "scan-viewer__tool",
        "data-action": name,
        text: label,
      });
      button.addEventListener("click", run);
      actions.append(button);
      return button;
    };
    let focusTarget: HTMLButtonElement | undefined;
    if (guided) {
      if (index > 0) action(t.previous, () => open(index - 1, true), "previous");
      if (index < annotations.length - 1) focusTarget = action(t.next, () => open(index + 1, true), "next");
      const stop = action(t.guidedViewStop, () => stopGuidedView(), "stop-guided");
      focusTarget ??= stop;
    } else {
      action(t.closeAnnotation, () => close(), "close-note");
    }
    note.replaceChildren(
      el(doc, "p", { class: "scan-viewer__note-title", text: heading }),
      el(doc, "p", { text: annotation.text }),
      actions,
    );
    note.hidden = false;
    if (guided) focusTarget?.focus();
  };

  function open(index: number, inGuidedView = false): void {
    guided = inGuidedView;
    openIndex = index;
    buttons.forEach((button, i) => {
      button.setAttribute("aria-expanded", String(i === index));
    });
    render(index);
    void api.controller.flyTo(viewFor(index));
  }

  function close(): void {
    const wasGuided = guided;
    const wasOpen = openIndex;
    // Focus inside the note would fall to the page start when the note empties: keep it nearby.
    const hadFocus = note.contains(doc.activeElement);
    openIndex = undefined;
    guided = false;
    note.hidden = true;
    note.replaceChildren();
    for (const button of buttons) button.setAttribute("aria-expanded", "false");
    if (wasGuided) onGuidedChange(false, hadFocus);
    else if (hadFocus && wasOpen !== undefined) {
      const hotspot = buttons[wasOpen];
      if (hotspot && hotspot.style.visibility !== "hidden") hotspot.focus();
      else view.querySelector("canvas")?.focus();
    }
  }

  function startGuidedView(): void {
    if (annotations.length === 0) return;
    api.controller.autoRotate = false;
    open(0, true);
    onGuidedChange(true, false);
  }

  function stopGuidedView(): void {
    if (!guided) return;
    close();
  }

  return {
    open,
    close,
    startGuidedView,
    stopGuidedView,
    get guided() {
      return guided;
    },
    dispose() {
      unsubscribe();
      clearTimeout(recheck);
      layer.remove();
      note.remove();
    },
  };
}
