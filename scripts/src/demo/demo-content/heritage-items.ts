/** Demo heritage items (Kulturgüter). Inventory numbers are demo numbers ("DEMO-…"), not real ones. */
import type { DemoHeritageItem } from "./types.ts";

const ATTRIBUTION = "Digital-Hub Oldenburg in Holstein (Demo)";

export const DEMO_HERITAGE_ITEMS: readonly DemoHeritageItem[] = [
  {
    slug: { de: "ringwall-starigard", en: "starigard-ring-fort" },
    title: { de: "Ringwall Starigard", en: "Starigard ring fort" },
    summary: {
      de: "Der slawische Ringwall in Oldenburg, Hauptsitz der Wagrier und später Bischofssitz.",
      en: "The Slavic ring fort in Oldenburg, main seat of the Wagrians and later a bishop's seat.",
    },
    description: {
      de: [
        "Der Ringwall wurde im späten 7. Jahrhundert angelegt. Starigard heißt „alte Burg“; aus der sächsischen Form Aldinburg wurde der Name Oldenburg.",
        "",
        "Karl Wilhelm Struve grub hier in den 1950er-Jahren, in den 1970er- und 1980er-Jahren zusammen mit Ingo Gabriel.",
      ].join("\n"),
      en: [
        "The ring fort was built in the late 7th century. Starigard means “old castle”; the Saxon form Aldinburg became the name Oldenburg.",
        "",
        "Karl Wilhelm Struve excavated here in the 1950s, and again in the 1970s and 1980s together with Ingo Gabriel.",
      ].join("\n"),
    },
    inventoryNumber: "DEMO-OH-0001",
    datingText: { de: "spätes 7. Jahrhundert", en: "late 7th century" },
    datingFrom: 670,
    datingTo: 700,
    dimensions: {
      de: "ca. 220 × 100 m, Wälle bis ca. 18 m hoch",
      en: "about 220 × 100 m, ramparts up to about 18 m high",
    },
    place: "oldenburger-wall",
    images: [
      {
        picture: "rampart",
        alt: {
          de: "Demo-Grafik: ovaler Ringwall von oben",
          en: "Demo graphic: oval ring rampart seen from above",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
    keywords: { de: "Slawen, Wagrier, Burg, Wall", en: "Slavs, Wagrians, castle, rampart" },
    scan: "ringwall-starigard-modell",
    featured: true,
  },
  {
    slug: { de: "st-johannis-kirche-backsteinbau", en: "st-johns-church-brick-building" },
    title: { de: "Backsteinbau der St.-Johannis-Kirche", en: "Brick building of St John's Church" },
    summary: {
      de: "Eine der ältesten Backsteinkirchen Norddeutschlands, erbaut unter Bischof Gerold.",
      en: "One of the oldest brick churches in northern Germany, built under Bishop Gerold.",
    },
    inventoryNumber: "DEMO-OH-0002",
    datingText: { de: "1156–1160", en: "1156–1160" },
    datingFrom: 1156,
    datingTo: 1160,
    material: { de: "Backstein", en: "Brick" },
    place: "st-johannis-kirche",
    images: [
      {
        picture: "church",
        alt: {
          de: "Demo-Grafik: rote Backsteinkirche mit Turm",
          en: "Demo graphic: red brick church with a tower",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
    keywords: { de: "Backstein, Kirche, Bischof Gerold", en: "brick, church, Bishop Gerold" },
    featured: true,
  },
  {
    slug: { de: "taufengel", en: "baptismal-angel" },
    title: { de: "Taufengel", en: "Baptismal angel" },
    summary: {
      de: "Ein schwebender Taufengel in der St.-Johannis-Kirche, entstanden um 1732.",
      en: "A hanging baptismal angel in St John's Church, made about 1732.",
    },
    inventoryNumber: "DEMO-OH-0003",
    datingText: { de: "um 1732", en: "about 1732" },
    datingFrom: 1730,
    datingTo: 1735,
    place: "st-johannis-kirche",
    images: [
      {
        picture: "angel",
        alt: {
          de: "Demo-Grafik: Umriss eines Engels mit ausgebreiteten Flügeln",
          en: "Demo graphic: outline of an angel with spread wings",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
    keywords: { de: "Taufe, Engel", en: "baptism, angel" },
  },
  {
    slug: { de: "turmhaube-st-johannis", en: "st-johns-tower-cap" },
    title: { de: "Turmhaube der St.-Johannis-Kirche", en: "Tower cap of St John's Church" },
    summary: {
      de: "Die Turmhaube von 1778 stammt von Georg Greggenhofer. Fünf Jahre zuvor, im August 1773, hatte der Stadtbrand die Kirche beschädigt.",
      en: "The tower cap of 1778 is by Georg Greggenhofer. Five years earlier, in August 1773, the town fire had damaged the church.",
    },
    inventoryNumber: "DEMO-OH-0004",
    datingText: { de: "1778", en: "1778" },
    datingFrom: 1778,
    datingTo: 1778,
    place: "st-johannis-kirche",
    images: [
      {
        picture: "tower",
        alt: {
          de: "Demo-Grafik: Kirchturm mit geschwungener Haube",
          en: "Demo graphic: church tower with a curved cap",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
    keywords: { de: "Turm, Stadtbrand, Greggenhofer", en: "tower, town fire, Greggenhofer" },
  },
  {
    slug: { de: "torhaus-gut-lensahnerhof", en: "lensahnerhof-gatehouse" },
    title: { de: "Torhaus von Gut Lensahnerhof", en: "Gatehouse of Lensahnerhof manor" },
    summary: {
      de: "Das Torhaus von 1796 gehört zu einem Gut, das von 1650 bis 1928 den Häusern Holstein-Gottorf und Oldenburg gehörte.",
      en: "The gatehouse of 1796 belongs to a manor owned from 1650 to 1928 by the houses of Holstein-Gottorp and Oldenburg.",
    },
    inventoryNumber: "DEMO-LE-0001",
    datingText: { de: "1796", en: "1796" },
    datingFrom: 1796,
    datingTo: 1796,
    images: [
      {
        picture: "gatehouse",
        alt: {
          de: "Demo-Grafik: Torhaus mit Durchfahrt unter einem Walmdach",
          en: "Demo graphic: gatehouse with an archway under a hipped roof",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
    keywords: { de: "Gut, Torhaus, Lensahn", en: "manor, gatehouse, Lensahn" },
  },
  {
    draft: true,
    slug: { de: "entwurf-chor-von-1329", en: "draft-choir-of-1329" },
    title: { de: "ENTWURF: Chor von 1329", en: "ENTWURF (draft): the choir of 1329" },
    summary: {
      de: "Entwurf: Der Chor der St.-Johannis-Kirche wurde 1329 neu gebaut. Bilder fehlen noch.",
      en: "Draft: the choir of St John's Church was rebuilt in 1329. Images still missing.",
    },
    inventoryNumber: "DEMO-OH-0099",
    datingText: { de: "1329", en: "1329" },
    datingFrom: 1329,
    datingTo: 1329,
    place: "st-johannis-kirche",
    licence: "cc_by_4",
    attribution: ATTRIBUTION,
  },
];
