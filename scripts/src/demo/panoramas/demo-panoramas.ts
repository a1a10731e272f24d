/**
 * The demo tour stops' 360° panoramas, rendered in code from the demo 3D models (the rampart ring,
 * plank houses, the baptismal bowl and bell in a simple nave; see render-panorama.ts), and their
 * hotspots along both demo tours: on to the next stop, back to the previous one, to the stop's
 * object, and an information point. Captions say "Demo-Rendering": none of this is a photograph.
 */
import sharp from "sharp";
import { DEMO_TOUR_STOPS } from "../demo-content/index.ts";
import type { DemoPictureKey, DemoTourStop } from "../demo-content/types.ts";
import {
  createBaptismalBowl,
  createLathedBell,
  createRampartRing,
  createSlavicHouse,
} from "../demo-models/index.ts";
import {
  addBoxTriangles,
  addDocument,
  emptyScene,
  renderPanorama,
  type TriangleScene,
  type Vec3,
} from "./render-panorama.ts";

/** Size of the demo panoramas: enough to show two tile levels, small enough for a quick seed. */
export const DEMO_PANORAMA_WIDTH = 4096;
/** Part of the file names: bump it when the renderings change, so the seed uploads new files. */
const RENDER_VERSION = "v1";

type Localized = { de: string; en: string };

export interface DemoHotspot {
  kind: "stop" | "object" | "info";
  label: Localized;
  yaw: number;
  pitch: number;
  /** Code of the target stop (kind "stop"). */
  stop?: string;
  /** Inventory number of the target item (kind "object"). */
  item?: string;
  text?: Localized;
  /** An information point's picture (a demo graphic) with its alt text. */
  picture?: { key: DemoPictureKey; alt: Localized };
  /** An information point whose text is also spoken (when the seed has a speech synthesizer). */
  spoken?: boolean;
}

type SceneName = "settlement" | "rampart" | "church";

interface PanoramaSpec {
  scene: SceneName;
  eye: Vec3;
  caption: Localized;
  info?: {
    yaw: number;
    pitch: number;
    label: Localized;
    text: Localized;
    picture?: DemoHotspot["picture"];
    spoken?: boolean;
  };
}

const SPECS: Record<string, PanoramaSpec> = {
  W1: {
    scene: "settlement",
    eye: [-18, 1.6, 14],
    caption: {
      de: "Demo-Rendering: Wiese am Museum, in der Ferne nachgebaute Holzhäuser unter blauem Himmel",
      en: "Demo rendering: meadow by the museum, reconstructed wooden houses in the distance under a blue sky",
    },
  },
  W2: {
    scene: "settlement",
    eye: [0, 1.6, 0],
    caption: {
      de: "Demo-Rendering: zwischen nachgebauten Bohlenhäusern mit Strohdächern",
      en: "Demo rendering: between reconstructed plank houses with thatched roofs",
    },
    info: {
      yaw: -70,
      pitch: 5,
      label: { de: "Info: Bohlenbau", en: "Info: plank building" },
      text: {
        de: "Die Wände der nachgebauten Häuser bestehen aus waagerecht geschichteten Bohlen. Das Rendering ist eine Demo, keine Vermessung.",
        en: "The walls of the reconstructed houses are made of planks laid horizontally. The rendering is a demo, not a survey.",
      },
      // One information point with everything it can hold: text, picture and spoken text.
      picture: {
        key: "house",
        alt: {
          de: "Demo-Grafik: Holzhaus mit Satteldach, die Wand aus waagerechten Bohlen",
          en: "Demo graphic: wooden house with a gable roof, its wall of horizontal planks",
        },
      },
      spoken: true,
    },
  },
  W3: {
    scene: "rampart",
    eye: [-96, 0, 0],
    caption: {
      de: "Demo-Rendering: Blick vom Wallkamm über den ovalen Burgwall und den Innenhof",
      en: "Demo rendering: view from the rampart crest over the oval ring wall and the courtyard",
    },
  },
  W4: {
    scene: "rampart",
    eye: [-20, 0, 10],
    caption: {
      de: "Demo-Rendering: im Innenhof des Burgwalls, ringsum die Wälle",
      en: "Demo rendering: in the courtyard of the ring fort, ramparts all around",
    },
  },
  W5: {
    scene: "rampart",
    eye: [60, 0, 20],
    caption: {
      de: "Demo-Rendering: am Tor im Südosten des Walls",
      en: "Demo rendering: by the gate in the south-east of the rampart",
    },
  },
  K1: {
    scene: "church",
    eye: [0, 1.6, 12],
    caption: {
      de: "Demo-Rendering: Blick durch ein schlichtes Kirchenschiff aus Backstein zum Chor",
      en: "Demo rendering: view through a plain brick nave towards the choir",
    },
  },
  K2: {
    scene: "church",
    eye: [0, 1.6, -2],
    caption: {
      de: "Demo-Rendering: im Chor, vorn die Taufschale, darüber die Glocke",
      en: "Demo rendering: in the choir, the baptismal bowl in front, the bell above",
    },
    info: {
      yaw: 30,
      pitch: 25,
      label: { de: "Info: Gewölbe", en: "Info: vaults" },
      text: {
        de: "Backsteinkirchen wie St. Johannis wurden eingewölbt. Das Rendering zeigt nur einen einfachen Raum als Demo.",
        en: "Brick churches such as St. Johannis were vaulted. The rendering only shows a simple room as a demo.",
      },
    },
  },
  K3: {
    scene: "church",
    eye: [2, 1.6, -4],
    caption: {
      de: "Demo-Rendering: die Taufschale auf einem Sockel im Kirchenraum",
      en: "Demo rendering: the baptismal bowl on a plinth in the church",
    },
  },
  K4: {
    scene: "church",
    eye: [-2, 1.6, 4],
    caption: {
      de: "Demo-Rendering: Kirchenraum mit der Glocke",
      en: "Demo rendering: church interior with the bell",
    },
  },
};

function settlement(): TriangleScene {
  const scene = emptyScene();
  const house = createSlavicHouse();
  const places: Vec3[] = [
    [0, 0, -12],
    [12, 0, -4],
    [-13, 0, -2],
    [8, 0, 11],
    [-7, 0, 12],
    [25, 0, -20],
    [-28, 0, -22],
  ];
  for (const place of places) addDocument(scene, house, place);
  return scene;
}

function rampart(): TriangleScene {
  const scene = emptyScene();
  addDocument(scene, createRampartRing());
  return scene;
}

function church(): TriangleScene {
  const scene = emptyScene();
  const brick: Vec3 = [0.62, 0.3, 0.22];
  // Floor, walls and roof of a plain nave (30 × 12 × 10 m), seen from inside.
  addBoxTriangles(scene, [-6, -0.2, -15], [6, 0, 15], [0.55, 0.52, 0.48]);
  addBoxTriangles(scene, [-6.5, 0, -15], [-6, 10, 15], brick);
  addBoxTriangles(scene, [6, 0, -15], [6.5, 10, 15], brick);
  addBoxTriangles(scene, [-6.5, 0, -15.5], [6.5, 10, -15], [0.7, 0.36, 0.26]);
  addBoxTriangles(scene, [-6.5, 0, 15], [6.5, 10, 15.5], brick);
  addBoxTriangles(scene, [-6.5, 10, -15.5], [6.5, 10.4, 15.5], [0.85, 0.83, 0.78]);
  // Windows: bright panes on the long walls.
  for (const z of [-10, -3, 4, 11]) {
    addBoxTriangles(scene, [-6.05, 3, z - 0.8], [-5.95, 7, z + 0.8], [0.85, 0.9, 0.95]);
    addBoxTriangles(scene, [5.95, 3, z - 0.8], [6.05, 7, z + 0.8], [0.85, 0.9, 0.95]);
  }
  addBoxTriangles(scene, [-0.5, 0, -6.5], [0.5, 1, -5.5], [0.75, 0.72, 0.66]);
  addDocument(scene, createBaptismalBowl(), [0, 1, -6], 2);
  addDocument(scene, createLathedBell(), [0, 5, -12], 2);
  return scene;
}

/** The terrain height under (x, z): the highest triangle there (for eyes standing on the rampart). */
function groundHeight(scene: TriangleScene, x: number, z: number): number {
  let best = 0;
  const p = scene.positions;
  for (let t = 0; t < p.length / 9; t++) {
    const ax = p[t * 9] ?? 0;
    const az = p[t * 9 + 2] ?? 0;
    const bx = p[t * 9 + 3] ?? 0;
    const bz = p[t * 9 + 5] ?? 0;
    const cx = p[t * 9 + 6] ?? 0;
    const cz = p[t * 9 + 8] ?? 0;
    const area = (bx - ax) * (cz - az) - (bz - az) * (cx - ax);
    if (Math.abs(area) < 1e-9) continue;
    const l1 = ((x - ax) * (cz - az) - (z - az) * (cx - ax)) / area;
    const l2 = ((bx - ax) * (z - az) - (bz - az) * (x - ax)) / area;
    if (l1 < 0 || l2 < 0 || l1 + l2 > 1) continue;
    const y = (p[t * 9 + 1] ?? 0) * (1 - l1 - l2) + (p[t * 9 + 4] ?? 0) * l1 + (p[t * 9 + 7] ?? 0) * l2;
    best = Math.max(best, y);
  }
  return best;
}

const scenes = new Map<SceneName, TriangleScene>();
function sceneNamed(name: SceneName): TriangleScene {
  let scene = scenes.get(name);
  if (!scene) {
    scene = name === "settlement" ? settlement() : name === "rampart" ? rampart() : church();
    scenes.set(name, scene);
  }
  return scene;
}

/** Renders the panorama of a stop as JPEG bytes. */
export async function renderDemoPanorama(code: string, width = DEMO_PANORAMA_WIDTH): Promise<Uint8Array> {
  const spec = SPECS[code];
  if (!spec)
    throw new Error(`demo panoramas: no panorama is defined for the stop "${code}" (add it to SPECS)`);
  const scene = sceneNamed(spec.scene);
  const eye: Vec3 =
    spec.scene === "rampart"
      ? [spec.eye[0], groundHeight(scene, spec.eye[0], spec.eye[2]) + 1.7, spec.eye[2]]
      : spec.eye;
  const { data, height } = renderPanorama(scene, {
    eye,
    width,
    ...(spec.scene === "church" && { skyHorizon: [0.5, 0.45, 0.4], skyTop: [0.4, 0.36, 0.32] }),
  });
  return sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toBuffer();
}

export function hasDemoPanorama(code: string): boolean {
  return code in SPECS;
}

export function demoPanoramaFileName(code: string): string {
  return `demo-panorama-${code.toLowerCase()}-${RENDER_VERSION}.jpg`;
}

export function demoPanoramaCaption(code: string): Localized | undefined {
  return SPECS[code]?.caption;
}

/** The hotspots of a stop: back and on along its tour, to its first object, and its information point. */
export function demoHotspots(stop: DemoTourStop): DemoHotspot[] {
  const tour = DEMO_TOUR_STOPS.filter(
    (candidate) => candidate.tour === stop.tour && !candidate.draft && hasDemoPanorama(candidate.code),
  ).sort((a, b) => a.position - b.position);
  const index = tour.findIndex((candidate) => candidate.code === stop.code);
  const next = tour[index + 1];
  const previous = tour[index - 1];
  const hotspots: DemoHotspot[] = [];
  if (next) {
    hotspots.push({
      kind: "stop",
      stop: next.code,
      yaw: 0,
      pitch: -5,
      label: { de: `Weiter: ${next.title.de}`, en: `On to: ${next.title.en}` },
    });
  }
  if (previous) {
    hotspots.push({
      kind: "stop",
      stop: previous.code,
      yaw: 180,
      pitch: -5,
      label: { de: `Zurück: ${previous.title.de}`, en: `Back: ${previous.title.en}` },
    });
  }
  const item = stop.items?.[0];
  if (item) {
    hotspots.push({
      kind: "object",
      item,
      yaw: 45,
      pitch: -10,
      label: { de: "Objekt ansehen", en: "View the object" },
    });
  }
  const info = SPECS[stop.code]?.info;
  if (info) hotspots.push({ kind: "info", ...info });
  return hotspots;
}
