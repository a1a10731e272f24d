/**
 * One view of the map as drawable layers: SVG path data per basemap kind, town labels, marker
 * positions and the route between numbered markers. The build-time SVG (components/map/) and the
 * interactive map (islands/map/) both draw these, so the first paint and the live map match.
 */
import type { Basemap } from "./basemap.ts";
import type { MapMarker } from "./markers.ts";
import { project } from "./projection.ts";
import { type MapView, pathData, spreadMarkers, toPixel } from "./view.ts";

export interface MapLayers {
  water: string;
  majorRoads: string;
  minorRoads: string;
  rail: string;
  towns: { name: string; x: number; y: number }[];
  markers: { marker: MapMarker; x: number; y: number }[];
  /** Path through the numbered markers in order; empty without numbers. */
  route: string;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Below zoom 12 (a whole district in view) minor roads are left out: they would only be clutter. */
export const MINOR_ROADS_FROM_SCALE = 256 * 2 ** 12;

/**
 * `markerSpacing`: how close (in view units) two markers may come before they are moved apart;
 * the interactive map passes its fixed-size buttons' width converted to view units.
 */
export function mapLayers(
  basemap: Basemap,
  view: MapView,
  markers: readonly MapMarker[],
  markerSpacing = 26,
): MapLayers {
  const layers: MapLayers = {
    water: "",
    majorRoads: "",
    minorRoads: "",
    rail: "",
    towns: [],
    markers: [],
    route: "",
  };
  for (const feature of basemap.features) {
    switch (feature.kind) {
      case "water":
        layers.water += pathData(view, feature.parts, true);
        break;
      case "road":
        if (feature.major) layers.majorRoads += pathData(view, feature.parts, false);
        else if (view.scale >= MINOR_ROADS_FROM_SCALE)
          layers.minorRoads += pathData(view, feature.parts, false);
        break;
      case "rail":
        layers.rail += pathData(view, feature.parts, false);
        break;
      case "town": {
        const [x, y] = toPixel(view, feature.parts[0]?.[0] ?? 0, feature.parts[0]?.[1] ?? 0);
        // A label the box would cut off is left out (about 0.6 em per letter at 13 units).
        const halfWidth = (feature.name?.length ?? 0) * 3.9;
        if (
          feature.name &&
          x - halfWidth > 2 &&
          x + halfWidth < view.width - 2 &&
          y > 24 &&
          y < view.height
        ) {
          layers.towns.push({ name: feature.name, x: round(x), y: round(y) });
        }
        break;
      }
    }
  }
  const pixels = markers.map((marker) => {
    const { x, y } = project(marker);
    return toPixel(view, x, y);
  });
  layers.markers = spreadMarkers(pixels, markerSpacing).map(([x, y], index) => ({
    marker: markers[index] as MapMarker,
    x: round(x),
    y: round(y),
  }));
  const numbered = layers.markers.filter((entry) => entry.marker.number !== undefined);
  if (numbered.length >= 2) layers.route = `M${numbered.map(({ x, y }) => `${x} ${y}`).join("L")}`;
  return layers;
}
