/**
 * The demo basemap of east Holstein (Oldenburg in Holstein, Malente, Amt Lensahn and the Baltic
 * coast), drawn in code: no map data is downloaded. Coast, lakes, roads and railways are rough
 * outlines placed by hand from public knowledge of the region, simplified and not to scale, and
 * the file says so (`"demo": true`), so the site marks every map as a demo basemap.
 *
 * Writes the format of site/src/lib/map/basemap.ts. An operator replaces the file with an extract
 * of their district made from OpenStreetMap data (README.md in this folder).
 *
 * @example
 *   const geojson = demoBasemap(); // a GeoJSON FeatureCollection, deterministic
 */

type Position = [number, number];
interface Feature {
  type: "Feature";
  properties: { kind: "water" | "road" | "rail" | "town"; name?: string; class?: "major" | "minor" };
  geometry:
    | { type: "Polygon"; coordinates: Position[][] }
    | { type: "LineString"; coordinates: Position[] }
    | { type: "Point"; coordinates: Position };
}

export interface DemoBasemap {
  type: "FeatureCollection";
  showroomBasemap: { version: 1; name: string; demo: true; attribution: string };
  features: Feature[];
}

const round = ([lon, lat]: Position): Position => [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];

/**
 * A lake as a wobbly ellipse: centre, half-axes in degrees, a tilt in degrees and a seed so that
 * every lake has its own (but always the same) shoreline.
 */
function lake(center: Position, rx: number, ry: number, tilt: number, seed: number): Position[] {
  const points: Position[] = [];
  const steps = 28;
  const t = (tilt * Math.PI) / 180;
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    const wobble = 1 + 0.12 * Math.sin(3 * a + seed) + 0.06 * Math.sin(7 * a + 2 * seed);
    const x = rx * wobble * Math.cos(a);
    const y = ry * wobble * Math.sin(a);
    points.push(
      round([center[0] + x * Math.cos(t) - y * Math.sin(t), center[1] + x * Math.sin(t) + y * Math.cos(t)]),
    );
  }
  // Counter-clockwise in longitude/latitude, as GeoJSON asks of outer rings; closed.
  points.push(points[0] as Position);
  return points;
}

/**
 * A line bent gently between hand-placed points (quadratic midpoints), so roads and coast do not
 * look like a ruler drawing at close zoom.
 */
function smooth(points: Position[], passes = 2): Position[] {
  let line = points;
  for (let pass = 0; pass < passes; pass++) {
    const next: Position[] = [line[0] as Position];
    for (let i = 0; i + 1 < line.length; i++) {
      const [a, b] = [line[i] as Position, line[i + 1] as Position];
      next.push(
        [0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]],
        [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]],
      );
    }
    next.push(line[line.length - 1] as Position);
    line = next;
  }
  return line.map(round);
}

/** The Baltic coast from the Hohwacht Bay round Oldenburg's corner down the Bay of Lübeck. */
const COAST: Position[] = [
  [10.3, 54.43],
  [10.37, 54.41],
  [10.5, 54.38],
  [10.6, 54.36],
  [10.67, 54.325],
  [10.72, 54.31],
  [10.82, 54.305],
  [10.9, 54.33],
  [10.98, 54.372],
  [11.05, 54.375],
  [11.09, 54.36],
  [11.1, 54.3],
  [11.08, 54.225],
  [11.06, 54.19],
  [10.97, 54.15],
  [10.86, 54.095],
  [10.8, 54.095],
  [10.77, 54.07],
  [10.74, 54.045],
  [10.76, 54.0],
  [10.8, 53.98],
  [10.88, 53.955],
];

/** Fehmarn, the island in the north-east (a hole in the sea). */
const FEHMARN: Position[] = [
  [11.04, 54.41],
  [11.25, 54.405],
  [11.31, 54.45],
  [11.25, 54.5],
  [11.15, 54.53],
  [11.05, 54.5],
  [11.0, 54.45],
];

function sea(): Feature {
  const coast = smooth(COAST);
  const outer: Position[] = [...coast, [11.5, 53.955], [11.5, 54.7], [10.3, 54.7], coast[0] as Position];
  // GeoJSON: outer ring counter-clockwise, holes clockwise; this coast runs clockwise, so reverse it.
  const hole = smooth([...FEHMARN, FEHMARN[0] as Position], 1);
  return {
    type: "Feature",
    properties: { kind: "water", name: "Ostsee" },
    geometry: { type: "Polygon", coordinates: [outer.reverse(), hole] },
  };
}

const LAKES: { name: string; ring: Position[] }[] = [
  { name: "Dieksee", ring: lake([10.535, 54.163], 0.028, 0.009, 20, 1) },
  { name: "Kellersee", ring: lake([10.6, 54.18], 0.03, 0.012, -15, 2) },
  { name: "Großer Eutiner See", ring: lake([10.612, 54.135], 0.012, 0.008, 60, 3) },
  { name: "Großer Plöner See", ring: lake([10.4, 54.14], 0.06, 0.035, 10, 4) },
  { name: "Wesseker See", ring: lake([10.96, 54.305], 0.012, 0.006, 30, 5) },
  { name: "Sehlendorfer Binnensee", ring: lake([10.7, 54.313], 0.014, 0.004, 5, 6) },
];

interface Line {
  name: string;
  kind: "road" | "rail";
  major?: boolean;
  points: Position[];
}

const LINES: Line[] = [
  {
    name: "A 1",
    kind: "road",
    major: true,
    points: [
      [10.72, 54.0],
      [10.73, 54.05],
      [10.78, 54.11],
      [10.84, 54.17],
      [10.875, 54.21],
      [10.895, 54.26],
      [10.905, 54.29],
      [10.96, 54.34],
      [11.06, 54.378],
      [11.12, 54.41],
      [11.17, 54.45],
    ],
  },
  {
    name: "B 202",
    kind: "road",
    major: true,
    points: [
      [10.59, 54.29],
      [10.7, 54.298],
      [10.8, 54.3],
      [10.886, 54.293],
    ],
  },
  {
    name: "B 76",
    kind: "road",
    major: true,
    points: [
      [10.4, 54.15],
      [10.5, 54.16],
      [10.56, 54.17],
      [10.62, 54.14],
      [10.7, 54.12],
      [10.81, 54.105],
    ],
  },
  {
    name: "Malente–Lütjenburg",
    kind: "road",
    points: [
      [10.56, 54.17],
      [10.575, 54.23],
      [10.59, 54.29],
    ],
  },
  {
    name: "Eutin–Lensahn",
    kind: "road",
    points: [
      [10.62, 54.14],
      [10.7, 54.18],
      [10.77, 54.19],
      [10.88, 54.215],
    ],
  },
  {
    name: "Oldenburg–Dahme",
    kind: "road",
    points: [
      [10.886, 54.293],
      [10.97, 54.26],
      [11.08, 54.222],
    ],
  },
  {
    name: "Lensahn–Grömitz",
    kind: "road",
    points: [
      [10.88, 54.215],
      [10.93, 54.18],
      [10.96, 54.152],
    ],
  },
  {
    name: "Oldenburg–Heiligenhafen",
    kind: "road",
    points: [
      [10.886, 54.293],
      [10.93, 54.33],
      [10.98, 54.37],
    ],
  },
  {
    name: "Lütjenburg–Hohwacht",
    kind: "road",
    points: [
      [10.59, 54.29],
      [10.63, 54.31],
      [10.67, 54.322],
    ],
  },
  {
    name: "Lübeck–Puttgarden",
    kind: "rail",
    points: [
      [10.7, 54.0],
      [10.72, 54.06],
      [10.8, 54.105],
      [10.86, 54.17],
      [10.885, 54.22],
      [10.89, 54.29],
      [10.95, 54.34],
      [11.07, 54.37],
      [11.13, 54.415],
    ],
  },
  {
    name: "Kiel–Lübeck",
    kind: "rail",
    points: [
      [10.3, 54.17],
      [10.42, 54.16],
      [10.56, 54.172],
      [10.62, 54.142],
      [10.68, 54.08],
      [10.7, 54.0],
    ],
  },
];

/** Demo streets of a town: a ring road and streets leading out of the centre. */
function townStreets(name: string, [lon, lat]: Position, seed: number): Line[] {
  const ring: Position[] = [];
  const r = 0.006;
  for (let i = 0; i <= 16; i++) {
    const a = (i / 16) * 2 * Math.PI;
    ring.push([
      lon + ((r * (1 + 0.15 * Math.sin(3 * a + seed))) / Math.cos((lat * Math.PI) / 180)) * Math.cos(a),
      lat + r * Math.sin(a),
    ]);
  }
  const streets: Line[] = [{ name: `${name}: ring (demo)`, kind: "road", points: ring }];
  for (let i = 0; i < 6; i++) {
    const a = (i / 6) * 2 * Math.PI + seed;
    const out = 0.014;
    streets.push({
      name: `${name}: street ${i + 1} (demo)`,
      kind: "road",
      points: [
        [lon, lat],
        [lon + (out / Math.cos((lat * Math.PI) / 180)) * Math.cos(a), lat + out * Math.sin(a)],
      ],
    });
  }
  return streets;
}

const TOWNS: { name: string; at: Position; streets?: boolean }[] = [
  { name: "Oldenburg in Holstein", at: [10.886, 54.291], streets: true },
  { name: "Malente", at: [10.56, 54.172], streets: true },
  { name: "Lensahn", at: [10.882, 54.217], streets: true },
  { name: "Eutin", at: [10.618, 54.138] },
  { name: "Neustadt in Holstein", at: [10.815, 54.107] },
  { name: "Heiligenhafen", at: [10.98, 54.368] },
  { name: "Lütjenburg", at: [10.592, 54.293] },
  { name: "Grömitz", at: [10.958, 54.148] },
  { name: "Dahme", at: [11.078, 54.222] },
  { name: "Fehmarn", at: [11.17, 54.47] },
];

export function demoBasemap(): DemoBasemap {
  const lines = [
    ...LINES,
    ...TOWNS.flatMap((town, i) => (town.streets ? townStreets(town.name, town.at, i + 1) : [])),
  ];
  return {
    type: "FeatureCollection",
    showroomBasemap: {
      version: 1,
      name: "Demo: Ostholstein (Oldenburg in Holstein, Malente, Amt Lensahn)",
      demo: true,
      attribution: "Demo-Grundkarte, im Code gezeichnet / demo basemap drawn in code",
    },
    features: [
      sea(),
      ...LAKES.map(
        ({ name, ring }): Feature => ({
          type: "Feature",
          properties: { kind: "water", name },
          geometry: { type: "Polygon", coordinates: [ring] },
        }),
      ),
      ...lines.map(
        (line): Feature => ({
          type: "Feature",
          properties: {
            kind: line.kind,
            name: line.name,
            ...(line.kind === "road" && { class: line.major ? "major" : "minor" }),
          },
          geometry: {
            type: "LineString",
            coordinates:
              line.points.length > 2 && !line.name.includes("(demo)")
                ? smooth(line.points)
                : line.points.map(round),
          },
        }),
      ),
      ...TOWNS.map(
        (town): Feature => ({
          type: "Feature",
          properties: { kind: "town", name: town.name },
          geometry: { type: "Point", coordinates: round(town.at) },
        }),
      ),
    ],
  };
}

/** The file as the site serves it: one feature per line (readable diffs, still compact). */
export function demoBasemapText(): string {
  const { features, ...head } = demoBasemap();
  return `${JSON.stringify(head).replace(/}$/, ',"features":[')}\n${features.map((feature) => JSON.stringify(feature)).join(",\n")}\n]}\n`;
}
