/**
 * What part of the world a map shows: a centre in world coordinates (projection.ts) and a scale in
 * pixels per world unit, for a box of `width` × `height` pixels. The build-time SVG and the
 * interactive map draw through the same view functions.
 */
import type { WorldPoint } from "./projection.ts";

export interface MapView {
  centerX: number;
  centerY: number;
  /** Pixels per world unit (256 · 2^zoom in tile terms). */
  scale: number;
  width: number;
  height: number;
}

/** Zoom 15 (about 4.8 m per pixel at 0°): the closest a fitted view goes, e.g. for one place. */
export const MAX_FIT_SCALE = 256 * 2 ** 15;
/** Zoom 17: the closest the visitor may zoom in. */
export const MAX_SCALE = 256 * 2 ** 17;
/** Zoom 6: a region of a few hundred kilometres, the farthest the visitor may zoom out. */
export const MIN_SCALE = 256 * 2 ** 6;

export interface FitOptions {
  /** Free pixels around the points (markers must not touch the edge). */
  padding?: number;
  maxScale?: number;
}

/** The view that shows every point, as close as `maxScale` allows. */
export function fitView(
  points: readonly WorldPoint[],
  width: number,
  height: number,
  options: FitOptions = {},
): MapView {
  const { padding = 40, maxScale = MAX_FIT_SCALE } = options;
  if (points.length === 0) return { centerX: 0.5, centerY: 0.5, scale: MIN_SCALE, width, height };
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const fit = Math.min(
    spanX > 0 ? (width - 2 * padding) / spanX : Number.POSITIVE_INFINITY,
    spanY > 0 ? (height - 2 * padding) / spanY : Number.POSITIVE_INFINITY,
  );
  return {
    centerX: (minX + maxX) / 2,
    centerY: (minY + maxY) / 2,
    scale: Math.min(fit, maxScale),
    width,
    height,
  };
}

export function toPixel(view: MapView, x: number, y: number): [number, number] {
  return [
    (x - view.centerX) * view.scale + view.width / 2,
    (y - view.centerY) * view.scale + view.height / 2,
  ];
}

export function toWorld(view: MapView, px: number, py: number): WorldPoint {
  return {
    x: (px - view.width / 2) / view.scale + view.centerX,
    y: (py - view.height / 2) / view.scale + view.centerY,
  };
}

/** The view zoomed by `factor` (kept within MIN_SCALE…MAX_SCALE) so that pixel (px, py) stays put. */
export function zoomAt(view: MapView, factor: number, px: number, py: number): MapView {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor));
  const anchor = toWorld(view, px, py);
  return {
    ...view,
    scale,
    centerX: anchor.x - (px - view.width / 2) / scale,
    centerY: anchor.y - (py - view.height / 2) / scale,
  };
}

export function panBy(view: MapView, dx: number, dy: number): MapView {
  return { ...view, centerX: view.centerX - dx / view.scale, centerY: view.centerY - dy / view.scale };
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * SVG path data of one feature's parts in the view. Points closer than `tolerance` pixels to the
 * previous one are dropped, so a detailed basemap costs no more than the pixels it covers.
 * Polygons are clamped to the view plus a margin (exact inside the view, which is all one sees);
 * lines are cut where they leave it. Empty when nothing of the feature is near the view.
 */
export function pathData(
  view: MapView,
  parts: readonly number[][],
  closed: boolean,
  tolerance = 0.75,
): string {
  const margin = 16;
  const [left, top, right, bottom] = [-margin, -margin, view.width + margin, view.height + margin];
  const inside = (x: number, y: number) => x >= left && x <= right && y >= top && y <= bottom;
  let d = "";
  for (const part of parts) {
    let run: [number, number][] = [];
    const flush = () => {
      if (run.length >= 2)
        d += `M${run.map(([x, y]) => `${round(x)} ${round(y)}`).join("L")}${closed ? "Z" : ""}`;
      run = [];
    };
    let previousOutside: [number, number] | undefined;
    for (let i = 0; i + 1 < part.length; i += 2) {
      let [x, y] = toPixel(view, part[i] as number, part[i + 1] as number);
      if (closed) {
        x = Math.min(right, Math.max(left, x));
        y = Math.min(bottom, Math.max(top, y));
      } else if (!inside(x, y)) {
        // A line leaving the view: keep the first point outside so it runs to the edge, then cut.
        if (run.length > 0) {
          run.push([x, y]);
          flush();
        }
        previousOutside = [x, y];
        continue;
      } else if (run.length === 0 && previousOutside) {
        run.push(previousOutside);
      }
      previousOutside = undefined;
      const last = run[run.length - 1];
      if (last && Math.abs(last[0] - x) < tolerance && Math.abs(last[1] - y) < tolerance) continue;
      run.push([x, y]);
    }
    flush();
  }
  return d;
}

/**
 * Marker positions in pixels, moved apart where they would cover each other (two stops at the same
 * museum): later markers circle around the first at `minDistance` pixels.
 */
export function spreadMarkers(points: readonly [number, number][], minDistance = 26): [number, number][] {
  const placed: [number, number][] = [];
  for (const [x, y] of points) {
    let position: [number, number] = [x, y];
    for (let attempt = 1; attempt < 24; attempt++) {
      const clash = placed.some(([px, py]) => Math.hypot(px - position[0], py - position[1]) < minDistance);
      if (!clash) break;
      const angle = attempt * 2.4; // golden angle steps: an even ring, then the next one further out
      const radius = minDistance * (1 + Math.floor(attempt / 7) * 0.9);
      position = [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
    }
    placed.push(position);
  }
  return placed;
}
