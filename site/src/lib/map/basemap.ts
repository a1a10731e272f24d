/**
 * The basemap the site serves itself (`public/map/basemap.geojson`): a GeoJSON FeatureCollection
 * with one foreign member, `showroomBasemap`, and a `kind` on every feature. Format:
 *
 * ```json
 * { "type": "FeatureCollection",
 *   "showroomBasemap": { "version": 1, "name": "…", "demo": true, "attribution": "…" },
 *   "features": [
 *     { "type": "Feature", "properties": { "kind": "water", "name": "Ostsee" },
 *       "geometry": { "type": "Polygon", "coordinates": [[[10.9, 54.4], …]] } } ] }
 * ```
 *
 * Kinds: `water` (Polygon/MultiPolygon: sea, lakes), `road` (LineString/MultiLineString,
 * `"class": "major"` or `"minor"`), `rail` (lines), `town` (Point with a `name`, drawn as a label).
 * The map's background is land. Coordinates are longitude, latitude (WGS 84, as GeoJSON says).
 * scripts/src/demo/basemap/README.md shows how to make one from OpenStreetMap data.
 */
import { project } from "./projection.ts";

export const BASEMAP_KINDS = ["water", "road", "rail", "town"] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

export interface BasemapInfo {
  version: 1;
  name: string;
  /** A generated demo map: the site says so under every map. */
  demo: boolean;
  /** Shown under every map, e.g. "© OpenStreetMap contributors (ODbL)". */
  attribution: string;
}

/**
 * A feature projected to Web Mercator world coordinates: each part is a flat list x0, y0, x1, y1 …
 * (rings of a polygon, lines of a line feature, one point for a town).
 */
export interface ProjectedFeature {
  kind: BasemapKind;
  name?: string;
  major?: boolean;
  parts: number[][];
}

export interface Basemap {
  info: BasemapInfo;
  features: ProjectedFeature[];
}

type Position = [number, number];
const GEOMETRIES: Record<BasemapKind, string[]> = {
  water: ["Polygon", "MultiPolygon"],
  road: ["LineString", "MultiLineString"],
  rail: ["LineString", "MultiLineString"],
  town: ["Point"],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number" &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function flatten(positions: unknown, where: string): number[] {
  if (!Array.isArray(positions) || !positions.every(isPosition)) {
    throw new Error(`${where}: expected a list of [longitude, latitude] pairs (WGS 84 degrees)`);
  }
  const flat: number[] = [];
  for (const [longitude, latitude] of positions) {
    const { x, y } = project({ longitude, latitude });
    flat.push(x, y);
  }
  return flat;
}

function partsOf(geometry: Record<string, unknown>, where: string): number[][] {
  const coordinates = geometry.coordinates;
  const list = (value: unknown, what: string): unknown[] => {
    if (!Array.isArray(value)) throw new Error(`${where}: "coordinates" must be ${what}`);
    return value;
  };
  switch (geometry.type) {
    case "Point":
      return [flatten([coordinates], where)];
    case "LineString":
      return [flatten(coordinates, where)];
    case "MultiLineString":
    case "Polygon":
      return list(coordinates, "a list of lines or rings").map((part, i) =>
        flatten(part, `${where}, part ${i}`),
      );
    case "MultiPolygon":
      return list(coordinates, "a list of polygons").flatMap((polygon, p) =>
        list(polygon, "a list of rings").map((ring, r) => flatten(ring, `${where}, polygon ${p} ring ${r}`)),
      );
    default:
      throw new Error(`${where}: geometry type "${String(geometry.type)}" is not supported`);
  }
}

/**
 * Checks and projects a basemap. `source` names the file in messages, e.g.
 * `basemap public/map/basemap.geojson: feature 12 (kind "road"): geometry "Polygon" does not fit …`.
 */
export function parseBasemap(json: unknown, source: string): Basemap {
  const fail = (message: string): never => {
    throw new Error(`basemap ${source}: ${message}`);
  };
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    return fail('expected a GeoJSON FeatureCollection ({ "type": "FeatureCollection", "features": [...] })');
  }
  const meta = json.showroomBasemap;
  if (
    !isRecord(meta) ||
    meta.version !== 1 ||
    typeof meta.name !== "string" ||
    typeof meta.attribution !== "string"
  ) {
    return fail(
      'missing "showroomBasemap": { "version": 1, "name": "…", "demo": false, "attribution": "© OpenStreetMap contributors" } next to "features" (see scripts/src/demo/basemap/README.md)',
    );
  }
  const info: BasemapInfo = {
    version: 1,
    name: meta.name,
    demo: meta.demo === true,
    attribution: meta.attribution,
  };
  const features = json.features.map((feature, index): ProjectedFeature => {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const kind = properties.kind;
    const where = `feature ${index}${typeof properties.name === "string" ? ` "${properties.name}"` : ""}`;
    if (!BASEMAP_KINDS.includes(kind as BasemapKind)) {
      return fail(
        `${where}: properties.kind is ${JSON.stringify(kind)}; expected one of ${BASEMAP_KINDS.join(", ")}`,
      );
    }
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : undefined;
    const allowed = GEOMETRIES[kind as BasemapKind];
    if (!geometry || !allowed.includes(String(geometry.type))) {
      return fail(
        `${where} (kind "${kind}"): geometry must be ${allowed.join(" or ")}, not ${geometry ? `"${String(geometry.type)}"` : "missing"}`,
      );
    }
    try {
      const parts = partsOf(geometry, where);
      return {
        kind: kind as BasemapKind,
        ...(typeof properties.name === "string" && { name: properties.name }),
        ...(properties.class === "major" && { major: true }),
        parts,
      };
    } catch (error) {
      return fail((error as Error).message);
    }
  });
  if (features.length === 0) fail("has no features; a map needs at least its water or roads");
  return { info, features };
}
