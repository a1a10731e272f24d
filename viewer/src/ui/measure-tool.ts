import { formatDistance, type ViewerLocale, type ViewerStrings } from "../i18n.ts";
import type { SceneApi } from "../scene/use-scan-rig.ts";
import { MeasureOverlay, pickSurfacePoint } from "../three/measure.ts";

export interface MeasureTool {
  readonly active: boolean;
  setActive(active: boolean): void;
  dispose(): void;
}

/** A click that moved less than this (px) is a pick, not the end of an orbit drag. */
const CLICK_TOLERANCE = 5;

/**
 * Distance between two picked points of the model. The scene is in metres (the model is scaled by
 * metres per unit), so the readout is in real units without conversion.
 */
export function createMeasureTool(
  canvas: HTMLCanvasElement,
  readout: HTMLElement,
  api: SceneApi,
  t: ViewerStrings,
  locale: ViewerLocale,
  onActiveChange: (active: boolean) => void,
): MeasureTool {
  const overlay = new MeasureOverlay(api.sphere.radius * 0.012);
  api.modelRoot.parent?.add(overlay.object);
  let active = false;
  let down: { x: number; y: number } | undefined;

  const onDown = (event: PointerEvent) => {
    down = { x: event.clientX, y: event.clientY };
  };
  const onUp = (event: PointerEvent) => {
    if (!active || !down) return;
    const moved = Math.hypot(event.clientX - down.x, event.clientY - down.y);
    down = undefined;
    if (moved > CLICK_TOLERANCE) return;
    const rect = canvas.getBoundingClientRect();
    const point = pickSurfacePoint(
      event.clientX - rect.left,
      event.clientY - rect.top,
      rect.width,
      rect.height,
      api.camera,
      api.modelRoot,
    );
    if (!point) return;
    const distance = overlay.add(point);
    readout.textContent =
      distance === undefined ? t.measureFirstPoint : t.measureResult(formatDistance(distance, locale));
    readout.dataset.metres = distance === undefined ? "" : String(distance);
    api.invalidate();
  };
  canvas.addEventListener("pointerdown", onDown);
  canvas.addEventListener("pointerup", onUp);

  const setActive = (value: boolean) => {
    if (value === active) return;
    active = value;
    overlay.clear();
    readout.textContent = value ? t.measureHint : "";
    readout.dataset.metres = "";
    api.invalidate();
    onActiveChange(value);
  };

  return {
    get active() {
      return active;
    },
    setActive,
    dispose() {
      canvas.removeEventListener("pointerdown", onDown);
      canvas.removeEventListener("pointerup", onUp);
      overlay.object.removeFromParent();
      overlay.dispose();
    },
  };
}
