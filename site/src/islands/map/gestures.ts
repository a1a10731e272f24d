/**
 * Pan and zoom input of the interactive map: drag with mouse or one finger, pinch with two,
 * wheel and double click to zoom, arrow keys to pan and +/- to zoom on the focused map. Pixels of
 * the screen are turned into the map's own units (its viewBox), so the map follows the finger.
 */
import { type MapView, panBy, zoomAt } from "../../lib/map/view.ts";

export interface GestureTarget {
  surface: HTMLElement;
  getView(): MapView;
  setView(view: MapView): void;
  reset(): void;
}

export function attachGestures({ surface, getView, setView, reset }: GestureTarget): void {
  const pointers = new Map<number, { x: number; y: number }>();
  /** Screen pixels → map units (the box scales with the page width). */
  const unitsPerPixel = () => getView().width / surface.getBoundingClientRect().width;
  const local = (clientX: number, clientY: number): [number, number] => {
    const box = surface.getBoundingClientRect();
    const k = unitsPerPixel();
    return [(clientX - box.left) * k, (clientY - box.top) * k];
  };

  surface.addEventListener("pointerdown", (event) => {
    if ((event.target as Element).closest("button, a")) return;
    surface.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  surface.addEventListener("pointermove", (event) => {
    const previous = pointers.get(event.pointerId);
    if (!previous) return;
    const k = unitsPerPixel();
    if (pointers.size === 1) {
      setView(panBy(getView(), (event.clientX - previous.x) * k, (event.clientY - previous.y) * k));
    } else if (pointers.size === 2) {
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(previous.x - other.x, previous.y - other.y);
        const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
        const [mx, my] = local((event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
        let view = zoomAt(getView(), before > 0 ? after / before : 1, mx, my);
        view = panBy(view, ((event.clientX - previous.x) * k) / 2, ((event.clientY - previous.y) * k) / 2);
        setView(view);
      }
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId);
  };
  surface.addEventListener("pointerup", release);
  surface.addEventListener("pointercancel", release);
  surface.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const [x, y] = local(event.clientX, event.clientY);
      setView(zoomAt(getView(), Math.exp(-event.deltaY * 0.002), x, y));
    },
    { passive: false },
  );
  surface.addEventListener("dblclick", (event) => {
    if ((event.target as Element).closest("button, a")) return;
    const [x, y] = local(event.clientX, event.clientY);
    setView(zoomAt(getView(), 2, x, y));
  });
  surface.addEventListener("keydown", (event) => {
    if (event.target !== surface) return;
    const view = getView();
    const step = view.width / 8;
    const keys: Record<string, () => MapView | undefined> = {
      ArrowLeft: () => panBy(view, step, 0),
      ArrowRight: () => panBy(view, -step, 0),
      ArrowUp: () => panBy(view, 0, step),
      ArrowDown: () => panBy(view, 0, -step),
      "+": () => zoomAt(view, 2, view.width / 2, view.height / 2),
      "=": () => zoomAt(view, 2, view.width / 2, view.height / 2),
      "-": () => zoomAt(view, 0.5, view.width / 2, view.height / 2),
      "0": () => {
        reset();
        return undefined;
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    const next = action();
    if (next) setView(next);
  });
}
