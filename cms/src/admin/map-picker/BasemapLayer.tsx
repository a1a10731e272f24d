import { memo } from "react";
import { type LonLat, type MapView, toPixel } from "./map-view";

export interface Basemap {
  showroomBasemap?: { demo?: boolean; attribution?: string };
  features: {
    properties?: { kind?: string; class?: string; name?: string };
    geometry?: { type: string; coordinates: unknown };
  }[];
}

type Ring = [number, number][];

function pathOf(view: MapView, size: number, lines: Ring[], closed: boolean): string {
  let d = "";
  for (const line of lines) {
    line.forEach(([longitude, latitude], index) => {
      const { x, y } = toPixel(view, size, size, { longitude, latitude } as LonLat);
      d += `${index === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
    });
    if (closed) d += "Z";
  }
  return d;
}

/** The lines or rings of a geometry, polygons flattened to their rings (holes drawn even-odd). */
function linesOf(geometry: { type: string; coordinates: unknown }): Ring[] {
  switch (geometry.type) {
    case "LineString":
      return [geometry.coordinates as Ring];
    case "MultiLineString":
    case "Polygon":
      return geometry.coordinates as Ring[];
    case "MultiPolygon":
      return (geometry.coordinates as Ring[][]).flat();
    default:
      return [];
  }
}

const STYLE: Record<string, { fill: string; stroke: string; width: number; dash?: string }> = {
  water: { fill: "#a9cde8", stroke: "none", width: 0 },
  major: { fill: "none", stroke: "#e0a400", width: 2.5 },
  minor: { fill: "none", stroke: "#ffffff", width: 1.5 },
  rail: { fill: "none", stroke: "#777777", width: 1, dash: "4 3" },
};

/**
 * The basemap drawn as SVG (the same file and colours as the site's maps: water, roads, rail, town
 * names on land). Redrawn only when the view changes, not when the pin moves.
 */
export const BasemapLayer = memo(function BasemapLayer({
  basemap,
  view,
  size,
}: {
  basemap: Basemap;
  view: MapView;
  size: number;
}) {
  const shapes: JSX.Element[] = [];
  const labels: JSX.Element[] = [];
  basemap.features.forEach((feature, index) => {
    const kind = feature.properties?.kind;
    const geometry = feature.geometry;
    if (!geometry) return;
    if (kind === "town" && geometry.type === "Point") {
      const [longitude, latitude] = geometry.coordinates as [number, number];
      const { x, y } = toPixel(view, size, size, { longitude, latitude });
      if (x < -50 || y < -20 || x > size + 50 || y > size + 20) return;
      labels.push(
        // biome-ignore lint/suspicious/noArrayIndexKey: the features of one basemap never reorder
        <g key={`t${index}`}>
          <circle cx={x} cy={y} r={2} fill="#333333" />
          <text
            x={x + 4}
            y={y - 3}
            fontSize={11}
            fill="#222222"
            stroke="#ffffff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {feature.properties?.name}
          </text>
        </g>,
      );
      return;
    }
    const style =
      kind === "water"
        ? STYLE.water
        : kind === "road"
          ? feature.properties?.class === "major"
            ? STYLE.major
            : STYLE.minor
          : kind === "rail"
            ? STYLE.rail
            : undefined;
    if (!style) return;
    const closed = geometry.type === "Polygon" || geometry.type === "MultiPolygon";
    shapes.push(
      <path
        // biome-ignore lint/suspicious/noArrayIndexKey: the features of one basemap never reorder
        key={`s${index}`}
        d={pathOf(view, size, linesOf(geometry), closed)}
        fill={style.fill}
        fillRule="evenodd"
        stroke={style.stroke}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
        strokeLinejoin="round"
      />,
    );
  });
  return (
    <g>
      {shapes}
      {labels}
    </g>
  );
});
