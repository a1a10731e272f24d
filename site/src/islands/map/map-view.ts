/**
 * The interactive map, loaded when the visitor opens it (open-map.ts): the site's own basemap
 * (public/map/basemap.geojson) drawn as SVG in Web Mercator, with the same layers as the
 * build-time map, pan and zoom (gestures.ts) and focusable numbered markers whose popup links to
 * the place or stop (marker-buttons.ts). Replaces the build-time SVG in the same box.
 */

import type { SiteLocale } from "../../lib/i18n/locales.ts";
import { parseBasemap } from "../../lib/map/basemap.ts";
import { mapLayers } from "../../lib/map/layers.ts";
import { mapLabels } from "../../lib/map/map-labels.ts";
import type { MapMarker } from "../../lib/map/markers.ts";
import { type MapView, zoomAt } from "../../lib/map/view.ts";
import { attachGestures } from "./gestures.ts";
import { markerButtons } from "./marker-buttons.ts";

const SVG = "http://www.w3.org/2000/svg";

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

function button(className: string, label: string, text: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.setAttribute("aria-label", label);
  element.textContent = text;
  return element;
}

/** Opens the map in `root`; false (with a message in `status`) when the basemap cannot be loaded. */
export async function openMap(root: HTMLElement, locale: SiteLocale, status: HTMLElement): Promise<boolean> {
  const t = mapLabels(locale);
  const box = root.querySelector<HTMLElement>("[data-map-box]");
  const staticSvg = box?.querySelector("[data-map-static]");
  if (!box || !staticSvg) return false;
  status.textContent = t.loading;
  let basemap: ReturnType<typeof parseBasemap>;
  try {
    const url = root.dataset.mapBasemap ?? "";
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    basemap = parseBasemap(await response.json(), url);
  } catch (error) {
    status.textContent = t.loadFailed;
    console.warn(error);
    return false;
  }
  const markers = JSON.parse(root.dataset.mapMarkers ?? "[]") as MapMarker[];
  const initial = JSON.parse(box.dataset.mapView ?? "{}") as MapView;
  let view = initial;

  const svg = svgElement("svg", {
    class: "map-svg",
    viewBox: `0 0 ${view.width} ${view.height}`,
    width: String(view.width),
    height: String(view.height),
    "aria-hidden": "true",
  });
  const paths = {
    water: svgElement("path", { class: "map-water" }),
    rail: svgElement("path", { class: "map-rail" }),
    minorRoads: svgElement("path", { class: "map-road-minor" }),
    majorRoads: svgElement("path", { class: "map-road-major" }),
  };
  const towns = svgElement("g", {});
  const route = svgElement("path", { class: "map-route" });
  svg.append(
    svgElement("rect", { class: "map-land", width: "100%", height: "100%" }),
    ...Object.values(paths),
    towns,
    route,
  );

  const surface = document.createElement("div");
  surface.className = "map-surface";
  surface.tabIndex = 0;
  surface.setAttribute("role", "group");
  surface.setAttribute("aria-label", root.dataset.mapLabel ?? "");
  const help = document.createElement("p");
  help.id = `${box.id || "map"}-help-${Math.random().toString(36).slice(2, 8)}`;
  help.className = "visually-hidden";
  help.textContent = t.interactiveHelp;
  surface.setAttribute("aria-describedby", help.id);

  const pins = markerButtons(markers, t, (marker) => centreOn(marker));
  const controls = document.createElement("div");
  controls.className = "map-controls";
  const zoomIn = button("map-control", t.zoomIn, "+");
  const zoomOut = button("map-control", t.zoomOut, "−");
  const reset = button("map-control", t.resetView, "⟲");
  controls.append(zoomIn, zoomOut, reset);
  surface.append(svg, pins.list, pins.popup, help);
  staticSvg.replaceWith(surface);
  box.append(controls);

  let frame = 0;
  const draw = () => {
    frame = 0;
    // The marker buttons keep their CSS size while the map scales with the page: space them in
    // view units that match 34 CSS pixels.
    const unitsPerPixel = view.width / (surface.clientWidth || view.width);
    const layers = mapLayers(basemap, view, markers, 34 * unitsPerPixel);
    for (const key of Object.keys(paths) as (keyof typeof paths)[]) paths[key].setAttribute("d", layers[key]);
    route.setAttribute("d", layers.route);
    towns.replaceChildren(
      ...layers.towns.map((town) => {
        const text = svgElement("text", { class: "map-town", x: String(town.x), y: String(town.y) });
        text.textContent = town.name;
        return text;
      }),
    );
    pins.place(layers.markers, view);
  };
  const setView = (next: MapView) => {
    view = next;
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const centreOn = (marker: { x: number; y: number }) => {
    const inside =
      marker.x > 20 && marker.x < view.width - 20 && marker.y > 20 && marker.y < view.height - 20;
    if (!inside)
      setView({
        ...view,
        centerX: view.centerX + (marker.x - view.width / 2) / view.scale,
        centerY: view.centerY + (marker.y - view.height / 2) / view.scale,
      });
  };
  attachGestures({ surface, getView: () => view, setView, reset: () => setView(initial) });
  zoomIn.addEventListener("click", () => setView(zoomAt(view, 2, view.width / 2, view.height / 2)));
  zoomOut.addEventListener("click", () => setView(zoomAt(view, 0.5, view.width / 2, view.height / 2)));
  reset.addEventListener("click", () => setView(initial));
  draw();
  root.dataset.mapReady = "true";
  status.textContent = "";
  surface.focus();
  return true;
}
