/**
 * The markers of the interactive map as buttons in a list (in stop order for a tour), placed over
 * the SVG; each opens a small popup with the name linking to the place or stop. Keyboard: Tab
 * reaches every marker (the map follows a marker that is out of sight), Enter opens its popup,
 * Escape closes it and returns to the marker.
 */
import type { MapLabels } from "../../lib/map/map-labels.ts";
import type { MapMarker } from "../../lib/map/markers.ts";
import type { MapView } from "../../lib/map/view.ts";

export interface MarkerButtons {
  list: HTMLOListElement;
  popup: HTMLElement;
  /** Moves the buttons to the markers' pixel positions in the current view. */
  place(positions: { marker: MapMarker; x: number; y: number }[], view: MapView): void;
}

let popupCount = 0;

export function markerButtons(
  markers: readonly MapMarker[],
  t: MapLabels,
  reveal: (position: { x: number; y: number }) => void,
): MarkerButtons {
  const popupId = `map-popup-${++popupCount}`;
  const list = document.createElement("ol");
  list.className = "map-pins";
  const popup = document.createElement("div");
  popup.className = "map-popup";
  popup.id = popupId;
  popup.hidden = true;
  const positions = new Map<string, { x: number; y: number; left: number; top: number }>();
  let openButton: HTMLButtonElement | undefined;
  let openId: string | undefined;

  /**
   * Puts the open popup below its marker (above when there is no room), moved sideways so that it
   * stays inside the map box. Pixels of the box, set through CSSOM (allowed by the CSP).
   */
  const placePopup = () => {
    const at = openId ? positions.get(openId) : undefined;
    const box = popup.parentElement;
    if (!at || !box || popup.hidden) return;
    const [width, height] = [box.clientWidth, box.clientHeight];
    const [x, y] = [(at.left / 100) * width, (at.top / 100) * height];
    const [popupWidth, popupHeight] = [popup.offsetWidth, popup.offsetHeight];
    const gap = 20;
    const left = Math.max(4, Math.min(width - popupWidth - 4, x - 24));
    const below = y + gap + popupHeight <= height - 4 || y < height / 2;
    popup.style.left = `${left}px`;
    popup.style.top = `${below ? y + gap : y - gap - popupHeight}px`;
  };

  const close = (returnFocus: boolean) => {
    popup.hidden = true;
    openButton?.setAttribute("aria-expanded", "false");
    if (returnFocus) openButton?.focus();
    openButton = undefined;
    openId = undefined;
  };

  const open = (marker: MapMarker, button: HTMLButtonElement) => {
    close(false);
    const name = marker.number === undefined ? marker.label : `${marker.number}. ${marker.label}`;
    const link = document.createElement("a");
    link.href = marker.href;
    link.textContent = name;
    const closeButton = document.createElement("button");
    closeButton.type = "button";
    closeButton.className = "map-popup-close";
    closeButton.setAttribute("aria-label", t.closePopup);
    closeButton.textContent = "×";
    closeButton.addEventListener("click", () => close(true));
    popup.replaceChildren(link, closeButton);
    popup.hidden = false;
    openButton = button;
    openId = marker.id;
    placePopup();
    button.setAttribute("aria-expanded", "true");
    link.focus();
  };

  popup.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    }
  });

  const buttons = markers.map((marker) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = marker.number === undefined ? "map-pin map-pin--place" : "map-pin";
    button.setAttribute(
      "aria-label",
      marker.number === undefined ? marker.label : `${t.stopNumber(marker.number)}: ${marker.label}`,
    );
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", popupId);
    button.dataset.markerId = marker.id;
    if (marker.number !== undefined) button.textContent = String(marker.number);
    button.addEventListener("click", () => (openButton === button ? close(true) : open(marker, button)));
    button.addEventListener("focus", () => {
      const at = positions.get(marker.id);
      if (at) reveal(at);
    });
    item.append(button);
    list.append(item);
    return button;
  });

  return {
    list,
    popup,
    place(placed, view) {
      placed.forEach(({ marker, x, y }, index) => {
        const left = (x / view.width) * 100;
        const top = (y / view.height) * 100;
        positions.set(marker.id, { x, y, left, top });
        const button = buttons[index];
        if (!button) return;
        // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy.
        button.style.left = `${left}%`;
        button.style.top = `${top}%`;
      });
      placePopup();
    },
  };
}
