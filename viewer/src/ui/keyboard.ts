import type { ViewController } from "../three/view-controller.ts";

export interface KeyboardHandlers {
  onReset: () => void;
  onEscape: () => boolean;
  onInteraction: () => void;
}

/**
 * Keyboard operation of the focused canvas: arrows rotate, Shift+arrows pan, +/- zoom, 0 or Home
 * resets. Only these keys are taken; Tab and everything else pass, so focus never gets stuck.
 */
export function handleViewerKey(
  event: KeyboardEvent,
  controller: ViewController,
  handlers: KeyboardHandlers,
): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const shift = event.shiftKey;
  let handled = true;
  switch (event.key) {
    case "ArrowLeft":
      if (shift) controller.pan(-1, 0);
      else controller.rotate(1, 0);
      break;
    case "ArrowRight":
      if (shift) controller.pan(1, 0);
      else controller.rotate(-1, 0);
      break;
    case "ArrowUp":
      if (shift) controller.pan(0, 1);
      else controller.rotate(0, 1);
      break;
    case "ArrowDown":
      if (shift) controller.pan(0, -1);
      else controller.rotate(0, -1);
      break;
    case "+":
    case "=":
      controller.zoom(1);
      break;
    case "-":
    case "_":
      controller.zoom(-1);
      break;
    case "0":
    case "Home":
      handlers.onReset();
      break;
    case "Escape":
      handled = handlers.onEscape();
      break;
    default:
      handled = false;
  }
  if (!handled) return;
  event.preventDefault();
  if (event.key !== "Escape") handlers.onInteraction();
}
