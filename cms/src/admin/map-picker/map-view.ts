/**
 * The picture of the map picker: a window onto the basemap in Web Mercator (the projection of the
 * site's maps, site/src/lib/map/projection.ts: the CMS cannot import the site, the formulas are
 * short), pixel positions to coordinates and back, zoom and the keyboard steps.
 */

export interface LonLat {
  longitude: number;
  latitude: number;
}

/** Window onto the world: centre and width in world units (0…1 spans the whole earth). */
export interface MapView {
  centerX: number;
  centerY: number;
  /** Width of the window in world units; the height follows the picture's aspect. */
  span: number;
}

const MAX_LATITUDE = 85.05112878;
/** Five decimals are about one metre: finer than a click, coarse enough to read. */
const DECIMALS = 5;
/** Closest zoom: about 300 m across, enough to put a pin on a building. */
export const MIN_SPAN = 0.00001;
/** Keyboard steps per picture width: one arrow press moves the pin by 1/50 of the view. */
export const STEPS_PER_VIEW = 50;

export function project({ longitude, latitude }: LonLat): { x: number; y: number } {
  const lat = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180;
  return {
    x: (longitude + 180) / 360,
    y: (1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2,
  };
}

export function unproject({ x, y }: { x: number; y: number }): LonLat {
  const n = Math.PI * (1 - 2 * y);
  return { longitude: x * 360 - 180, latitude: (Math.atan(Math.sinh(n)) * 180) / Math.PI };
}

export function roundPoint({ longitude, latitude }: LonLat): LonLat {
  const round = (value: number) => Number(value.toFixed(DECIMALS));
  return { longitude: round(longitude), latitude: round(latitude) };
}

/** Reads a coordinate the form holds (a number, or a string while the editor types). */
export function readPoint(value: unknown): LonLat | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { latitude, longitude } = value as Record<string, unknown>;
  const lat = typeof latitude === "string" ? Number(latitude.replace(",", ".")) : latitude;
  const lon = typeof longitude === "string" ? Number(longitude.replace(",", ".")) : longitude;
  if (typeof lat !== "number" || typeof lon !== "number" || !Number.isFinite(lat) || !Number.isFinite(lon))
    return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { latitude: lat, longitude: lon };
}

/** The window showing a bounding box [west, south, east, north] whole, with a little margin. */
export function viewOfBounds([west, south, east, north]: readonly number[]): MapView {
  const a = project({ longitude: west ?? 0, latitude: north ?? 0 });
  const b = project({ longitude: east ?? 0, latitude: south ?? 0 });
  return {
    centerX: (a.x + b.x) / 2,
    centerY: (a.y + b.y) / 2,
    span: Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) * 1.05 || 0.01,
  };
}

/** Bounding box [west, south, east, north] of every coordinate in a GeoJSON feature collection. */
export function boundsOf(collection: { features?: { geometry?: { coordinates?: unknown } }[] }): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === "number" && typeof value[1] === "number") {
      box[0] = Math.min(box[0] ?? 0, value[0]);
      box[1] = Math.min(box[1] ?? 0, value[1]);
      box[2] = Math.max(box[2] ?? 0, value[0]);
      box[3] = Math.max(box[3] ?? 0, value[1]);
      return;
    }
    for (const inner of value) visit(inner);
  };
  for (const feature of collection.features ?? []) visit(feature.geometry?.coordinates);
  return box.every(Number.isFinite) ? box : [-180, -85, 180, 85];
}

/** Position in the picture (0…width, 0…height) of a coordinate. */
export function toPixel(
  view: MapView,
  width: number,
  height: number,
  point: LonLat,
): { x: number; y: number } {
  const world = project(point);
  const scale = width / view.span;
  return {
    x: (world.x - view.centerX) * scale + width / 2,
    y: (world.y - view.centerY) * scale + height / 2,
  };
}

/** The coordinate under a position in the picture. */
export function fromPixel(view: MapView, width: number, height: number, x: number, y: number): LonLat {
  const scale = width / view.span;
  return unproject({
    x: view.centerX + (x - width / 2) / scale,
    y: view.centerY + (y - height / 2) / scale,
  });
}

/** Zoomed by `factor` (2: closer) around a coordinate, which stays where it is in the picture. */
export function zoomAround(view: MapView, factor: number, around?: LonLat): MapView {
  const span = Math.min(1, Math.max(MIN_SPAN, view.span / factor));
  if (!around) return { ...view, span };
  const p = project(around);
  const keep = span / view.span;
  return { centerX: p.x + (view.centerX - p.x) * keep, centerY: p.y + (view.centerY - p.y) * keep, span };
}

/** The window moved so that a coordinate is in its middle. */
export function centerOn(view: MapView, point: LonLat): MapView {
  const p = project(point);
  return { ...view, centerX: p.x, centerY: p.y };
}

/** One arrow-key step from a coordinate (dx/dy: -1, 0, 1; y grows to the south). */
export function step(view: MapView, point: LonLat, dx: number, dy: number): LonLat {
  const p = project(point);
  const size = view.span / STEPS_PER_VIEW;
  return roundPoint(unproject({ x: p.x + dx * size, y: p.y + dy * size }));
}

/** Whether a coordinate lies in the picture (else the view should follow it). */
export function isInView(view: MapView, width: number, height: number, point: LonLat): boolean {
  const { x, y } = toPixel(view, width, height, point);
  return x >= 0 && y >= 0 && x <= width && y <= height;
}
