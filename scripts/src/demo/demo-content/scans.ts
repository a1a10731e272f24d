/**
 * Demo 3D scans. No openly licensed scans of these objects exist: the models are generated in code
 * (`scripts/src/demo/demo-models/`) and every text says they are demo reconstructions.
 */
import type { DemoScan } from "./types.ts";

const PARADATA = {
  de: {
    method: "procedural",
    operator: "Digital-Hub Oldenburg in Holstein (Demo)",
    processing: "Im Code erzeugtes Modell (Demo-Rekonstruktion), kein Scan des echten Objekts.",
  },
  en: {
    method: "procedural",
    operator: "Digital Hub Oldenburg in Holstein (demo)",
    processing: "Model generated in code (demo reconstruction), not a scan of the real object.",
  },
} as const;

export const DEMO_SCANS: readonly DemoScan[] = [
  {
    slug: { de: "ringwall-starigard-modell", en: "starigard-rampart-ring-model" },
    title: { de: "Ringwall Starigard (Demo-Modell)", en: "Starigard rampart ring (demo model)" },
    model: "rampart-ring",
    poster: {
      picture: "rampart",
      alt: {
        de: "Vorschau: ovaler Ringwall von oben",
        en: "Preview: oval ring rampart seen from above",
      },
    },
    description: {
      de: "Geländemodell eines ovalen Ringwalls, etwa 220 Meter lang und 100 Meter breit, mit bis zu 18 Meter hohen Wällen um eine flache Innenfläche. Demo-Rekonstruktion aus den veröffentlichten Maßen, keine Vermessung.",
      en: "Terrain model of an oval ring rampart, about 220 metres long and 100 metres wide, with ramparts up to 18 metres high around a flat interior. A demo reconstruction from the published dimensions, not survey data.",
    },
    licence: "cc0",
    downloadAllowed: true,
    paradata: PARADATA,
    defaultCamera: { position: [0, 140, 200], target: [0, 0, 0], fov: 45 },
    annotations: {
      de: [
        {
          title: "Wallkrone",
          text: "Die Wälle sind an der höchsten Stelle etwa 18 Meter hoch.",
          position: [-96, 18, 0],
        },
        {
          title: "Innenfläche",
          text: "Der Wall umschließt eine ovale Fläche von rund 220 × 100 Metern.",
          position: [0, 2.5, 0],
        },
      ],
      en: [
        {
          title: "Rampart crest",
          text: "At their highest point the ramparts are about 18 metres high.",
          position: [-96, 18, 0],
        },
        {
          title: "Interior",
          text: "The rampart encloses an oval area of about 220 × 100 metres.",
          position: [0, 2.5, 0],
        },
      ],
    },
  },
  {
    slug: { de: "slawisches-bohlenhaus-modell", en: "slavic-plank-house-model" },
    title: { de: "Slawisches Bohlenhaus (Demo-Modell)", en: "Slavic plank house (demo model)" },
    model: "slavic-house",
    poster: {
      picture: "house",
      alt: { de: "Vorschau: Holzhaus mit Satteldach", en: "Preview: wooden house with a gable roof" },
    },
    description: {
      de: "Modell eines kleinen Holzhauses aus waagerechten Bohlen mit Satteldach und Tür. Demo-Rekonstruktion, kein Scan eines der Nachbauten im Wallmuseum.",
      en: "Model of a small house of horizontal wooden planks with a gable roof and a door. A demo reconstruction, not a scan of one of the rebuilt houses in the museum.",
    },
    licence: "cc0",
    downloadAllowed: true,
    paradata: PARADATA,
  },
  {
    slug: { de: "kirchenglocke-modell", en: "church-bell-model" },
    title: { de: "Kirchenglocke (Demo-Modell)", en: "Church bell (demo model)" },
    model: "lathed-bell",
    poster: {
      picture: "bell",
      alt: { de: "Vorschau: bronzefarbene Glocke", en: "Preview: bronze-coloured bell" },
    },
    description: {
      de: "Modell einer Glocke von etwa 80 Zentimetern Höhe mit Krone, Flanke und breitem Schlagring. Demo-Rekonstruktion, keine bestimmte Glocke.",
      en: "Model of a bell about 80 centimetres high with crown, flank and a broad sound bow. A demo reconstruction, not any particular bell.",
    },
    licence: "cc0",
    downloadAllowed: true,
    paradata: PARADATA,
  },
  {
    slug: { de: "taufschale-modell", en: "baptismal-bowl-model" },
    title: { de: "Taufschale (Demo-Modell)", en: "Baptismal bowl (demo model)" },
    model: "baptismal-bowl",
    poster: {
      picture: "bowl",
      alt: {
        de: "Vorschau: flache Messingschale mit breitem Rand",
        en: "Preview: shallow brass bowl with a broad rim",
      },
    },
    description: {
      de: "Modell einer flachen Messingschale mit breitem Rand, wie sie bei Taufen verwendet wird. Demo-Rekonstruktion, kein Objekt der St.-Johannis-Kirche.",
      en: "Model of a shallow brass bowl with a broad rim, of the kind used for baptisms. A demo reconstruction, not an object of St John's Church.",
    },
    licence: "cc0",
    downloadAllowed: true,
    paradata: PARADATA,
  },
  {
    draft: true,
    slug: { de: "entwurf-taufschale-zweite-fassung", en: "draft-baptismal-bowl-second-version" },
    title: {
      de: "ENTWURF: Taufschale, zweite Fassung",
      en: "ENTWURF (draft): baptismal bowl, second version",
    },
    model: "baptismal-bowl",
    description: {
      de: "Entwurf: Beschreibung und Vorschaubild fehlen noch.",
      en: "Draft: description and poster still missing.",
    },
    licence: "cc0",
    downloadAllowed: false,
    paradata: PARADATA,
  },
];
