/**
 * The object page's image viewer: a native <dialog> with the large image. Zoom with the buttons,
 * + and − (also = and _ and 0 for the whole image), the mouse wheel or two fingers (pointer events);
 * move with the arrow keys or by dragging. Without this script each image links to its large file.
 */
import { PAN_STEP, panBy, WHOLE_IMAGE, ZOOM_STEP, type ZoomState, zoomAbout } from "./zoom-state.ts";

const dialog = document.querySelector<HTMLDialogElement>("[data-zoom-viewer]");
const stage = dialog?.querySelector<HTMLElement>("[data-zoom-stage]");

if (dialog && stage) {
  // Made here, not in the HTML: an <img> without a source is not valid markup.
  const image = document.createElement("img");
  image.dataset.zoomImage = "";
  image.draggable = false;
  stage.append(image);
  let state: ZoomState = { ...WHOLE_IMAGE };
  let opener: HTMLElement | null = null;
  const pointers = new Map<number, { x: number; y: number }>();

  const size = () => ({ width: stage.clientWidth, height: stage.clientHeight });
  const render = () => {
    image.style.transform = `translate(${state.x}px, ${state.y}px) scale(${state.scale})`;
    dialog.dataset.scale = String(Math.round(state.scale * 100) / 100);
  };
  const set = (next: ZoomState) => {
    state = next;
    render();
  };
  const centreOf = (clientX: number, clientY: number) => {
    const box = stage.getBoundingClientRect();
    return { x: clientX - box.left - box.width / 2, y: clientY - box.top - box.height / 2 };
  };

  for (const link of document.querySelectorAll<HTMLAnchorElement>("[data-gallery-open]")) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      opener = link;
      image.src = link.href;
      image.alt = link.querySelector("img")?.alt ?? "";
      set({ ...WHOLE_IMAGE });
      dialog.showModal();
      stage.focus();
    });
  }
  dialog.addEventListener("close", () => {
    image.removeAttribute("src");
    opener?.focus();
  });

  dialog.addEventListener("click", (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>("[data-zoom]")?.dataset.zoom;
    if (action === "in") set(zoomAbout(state, ZOOM_STEP));
    else if (action === "out") set(zoomAbout(state, 1 / ZOOM_STEP));
    else if (action === "reset") set({ ...WHOLE_IMAGE });
    else if (action === "close") dialog.close();
  });

  // Keys work wherever focus is in the viewer (the stage or a toolbar button).
  dialog.addEventListener("keydown", (event) => {
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = pan[event.key];
    if (move) set(panBy(state, move[0], move[1], size()));
    else if (event.key === "+" || event.key === "=") set(zoomAbout(state, ZOOM_STEP));
    else if (event.key === "-" || event.key === "_") set(zoomAbout(state, 1 / ZOOM_STEP));
    else if (event.key === "0") set({ ...WHOLE_IMAGE });
    else return;
    event.preventDefault();
  });

  stage.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const at = centreOf(event.clientX, event.clientY);
      set(zoomAbout(state, event.deltaY < 0 ? 1.2 : 1 / 1.2, at.x, at.y));
    },
    { passive: false },
  );

  // Drag with one pointer, pinch with two: the distance between them scales the image.
  stage.addEventListener("pointerdown", (event) => {
    // Capture keeps a drag going outside the stage; a pointer the browser does not track cannot be captured.
    if (event.isTrusted) stage.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  stage.addEventListener("pointermove", (event) => {
    const before = pointers.get(event.pointerId);
    if (!before) return;
    const others = [...pointers.entries()].filter(([id]) => id !== event.pointerId);
    const other = others[0]?.[1];
    if (other) {
      const was = Math.hypot(before.x - other.x, before.y - other.y);
      const now = Math.hypot(event.clientX - other.x, event.clientY - other.y);
      const at = centreOf((event.clientX + other.x) / 2, (event.clientY + other.y) / 2);
      if (was > 0) set(zoomAbout(state, now / was, at.x, at.y));
    } else {
      set(panBy(state, event.clientX - before.x, event.clientY - before.y, size()));
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
  });
  for (const type of ["pointerup", "pointercancel"] as const)
    stage.addEventListener(type, (event) => pointers.delete(event.pointerId));
}
