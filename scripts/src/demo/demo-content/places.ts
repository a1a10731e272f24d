/**
 * Demo places (Kulturstätten), from ../shared/demo-facts.md, in our own words.
 * Geo points marked "approximate" are not in the facts (the model requires one): they point at the
 * town, not the building, and carry few decimals on purpose.
 */
import type { DemoPlace } from "./types.ts";

export const DEMO_PLACES: readonly DemoPlace[] = [
  {
    slug: { de: "oldenburger-wall", en: "oldenburg-rampart" },
    name: { de: "Oldenburger Wall (Starigard)", en: "Oldenburg Rampart (Starigard)" },
    kind: "archaeological_site",
    municipality: "oldenburg_in_holstein",
    summary: {
      de: "Slawischer Ringwall aus dem späten 7. Jahrhundert, einst Hauptsitz der Wagrier.",
      en: "Slavic ring fort from the late 7th century, once the main seat of the Wagrians.",
    },
    description: {
      de: [
        "Die Wagrier, ein slawischer Stamm, gründeten die Burg im späten 7. Jahrhundert. Sie wurde ihr Hauptsitz.",
        "",
        "Der Wall umschließt eine ovale Fläche von etwa 220 × 100 Metern und ist an der höchsten Stelle rund 18 Meter hoch.",
        "",
        "Der slawische Name Starigard bedeutet „alte Burg“. Aus der sächsischen Form Aldinburg wurde Oldenburg.",
        "",
        "Von 968 bis 1160 war hier ein Bischofssitz; dann zog das Bistum nach Lübeck.",
      ].join("\n"),
      en: [
        "The Wagrians, a Slavic tribe, founded the fort in the late 7th century. It became their main seat.",
        "",
        "The rampart encloses an oval area of about 220 × 100 metres and is about 18 metres high at its highest point.",
        "",
        "The Slavic name Starigard means “old castle”. The Saxon form Aldinburg became Oldenburg.",
        "",
        "From 968 to 1160 a bishop had his seat here; then the see moved to Lübeck.",
      ].join("\n"),
    },
    geo: { latitude: 54.2942, longitude: 10.885 },
    images: [
      {
        picture: "rampart",
        alt: {
          de: "Demo-Grafik: ovaler Ringwall von oben, grün auf hellem Grund",
          en: "Demo graphic: oval ring rampart seen from above, green on a light background",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
  },
  {
    slug: { de: "oldenburger-wallmuseum", en: "oldenburg-rampart-museum" },
    name: { de: "Oldenburger Wallmuseum", en: "Oldenburg Rampart Museum" },
    kind: "museum",
    municipality: "oldenburg_in_holstein",
    summary: {
      de: "Freilichtmuseum neben dem Wall mit rund 20 nachgebauten Gebäuden.",
      en: "Open-air museum beside the rampart with about 20 reconstructed buildings.",
    },
    description: {
      de: "Das Freilichtmuseum liegt direkt neben dem Oldenburger Wall. Etwa 20 Gebäude sind in zwei Siedlungsbereichen nachgebaut. Führungen beginnen in der Dannauer Scheune.",
      en: "The open-air museum lies right next to the Oldenburg rampart. About 20 buildings have been reconstructed in two settlement areas. Guided tours start in the Dannauer Scheune barn.",
    },
    address: { street: "Professor-Struve-Weg 1", postalCode: "23758", locality: "Oldenburg in Holstein" },
    geo: { latitude: 54.2976, longitude: 10.8828 },
    openingHours: {
      de: [
        {
          days: "Dienstag bis Sonntag",
          opens: "10:00:00.000",
          closes: "17:00:00.000",
          season: "April bis Oktober",
        },
      ],
      en: [
        {
          days: "Tuesday to Sunday",
          opens: "10:00:00.000",
          closes: "17:00:00.000",
          season: "April to October",
        },
      ],
    },
    openingHoursNote: {
      de: "Bitte prüfen Sie vor dem Besuch die aktuelle Saison.",
      en: "Please check the current season before your visit.",
    },
    images: [
      {
        picture: "museum",
        alt: {
          de: "Demo-Grafik: Scheune mit Satteldach, daneben kleine Häuser",
          en: "Demo graphic: barn with a gable roof and small houses beside it",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
  },
  {
    slug: { de: "st-johannis-kirche", en: "st-johns-church" },
    name: { de: "St.-Johannis-Kirche", en: "St John's Church" },
    kind: "church",
    municipality: "oldenburg_in_holstein",
    summary: {
      de: "1156–1160 unter Bischof Gerold erbaut, eine der ältesten Backsteinkirchen Norddeutschlands.",
      en: "Built 1156–1160 under Bishop Gerold, one of the oldest brick churches in northern Germany.",
    },
    description: {
      de: [
        "Die Kirche entstand 1156 bis 1160 unter Bischof Gerold und gehört zu den ältesten Backsteinkirchen im Norden Deutschlands.",
        "",
        "Der Chor wurde 1329 neu gebaut. Beim Stadtbrand im August 1773 wurde die Kirche beschädigt; die Turmhaube von 1778 stammt von Georg Greggenhofer.",
        "",
        "Seit 2013 ist sie eine Radwegekirche, offen für Radfahrende vom 25. März bis 25. Oktober.",
      ].join("\n"),
      en: [
        "The church was built from 1156 to 1160 under Bishop Gerold and is one of the oldest brick churches in northern Germany.",
        "",
        "The choir was rebuilt in 1329. The town fire of August 1773 damaged the church; the tower cap of 1778 is by Georg Greggenhofer.",
        "",
        "Since 2013 it has been a “Radwegekirche”, a church open to cyclists from 25 March to 25 October.",
      ].join("\n"),
    },
    address: { street: "Wallstraße 3", postalCode: "23758", locality: "Oldenburg in Holstein" },
    // Approximate (town centre near the rampart): not in the facts.
    geo: { latitude: 54.292, longitude: 10.884 },
    openingHoursNote: {
      de: "Als Radwegekirche vom 25. März bis 25. Oktober geöffnet.",
      en: "Open as a church for cyclists from 25 March to 25 October.",
    },
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
  },
  {
    slug: { de: "malente", en: "malente" },
    name: { de: "Malente zwischen Dieksee und Kellersee", en: "Malente between Dieksee and Kellersee" },
    kind: "landscape",
    municipality: "malente",
    summary: {
      de: "Kneippkurort in der Holsteinischen Schweiz, zwischen zwei Seen gelegen.",
      en: "Kneipp spa in the Holstein Switzerland, between two lakes.",
    },
    description: {
      de: [
        "Malente liegt zwischen Dieksee und Kellersee in der Holsteinischen Schweiz.",
        "",
        "Die Mühle Gremsmühlen wird 1280 zuerst erwähnt, 1866 kam die Eisenbahn. 1934 wurden Malente und Gremsmühlen vereinigt, 1955 wurde der Ort als Kneippkurort anerkannt.",
        "",
        "Sehenswert sind die Maria-Magdalenen-Kirche (erstmals 1232 erwähnt), das Immenhof-Museum zu den Filmen der 1950er-Jahre, die in der Gegend gedreht wurden, und die Tews-Kate, ein Museum in einer Landarbeiterkate.",
      ].join("\n"),
      en: [
        "Malente lies between the Dieksee and Kellersee lakes in the Holstein Switzerland.",
        "",
        "The Gremsmühlen mill is first recorded in 1280; the railway arrived in 1866. Malente and Gremsmühlen merged in 1934, and the town was recognised as a Kneipp spa in 1955.",
        "",
        "Worth a visit: the Maria-Magdalenen-Kirche (first mentioned in 1232), the Immenhof Museum about the 1950s films shot in the area, and the Tews-Kate, a museum in a farm labourer's cottage.",
      ].join("\n"),
    },
    address: { locality: "Malente" },
    // Approximate (the town): not in the facts.
    geo: { latitude: 54.17, longitude: 10.56 },
    images: [
      {
        picture: "lakes",
        alt: {
          de: "Demo-Grafik: zwei blaue Seen, dazwischen ein Ort mit Kirchturm",
          en: "Demo graphic: two blue lakes with a village and church spire between them",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
  },
  {
    slug: { de: "museumshof-lensahn", en: "museumshof-lensahn-farm-museum" },
    name: { de: "Museumshof Lensahn", en: "Museumshof Lensahn farm museum" },
    kind: "museum",
    municipality: "amt_lensahn",
    summary: {
      de: "Der frühere Prienfeldhof mit mehr als 4.000 Dingen aus dem Leben auf dem Land.",
      en: "The former Prienfeldhof farm with more than 4,000 objects of rural life.",
    },
    description: {
      de: "Der Hof wurde 1797 als Prienfeldhof gegründet und ist etwa 4 Hektar groß. Er zeigt mehr als 4.000 Gegenstände aus dem ländlichen Leben und ist seit 1996 für Besucher geöffnet. Lensahn wird 1222 zuerst erwähnt.",
      en: "The farm was founded in 1797 as the Prienfeldhof and covers about 4 hectares. It shows more than 4,000 objects of rural life and has been open to visitors since 1996. Lensahn is first mentioned in 1222.",
    },
    address: { locality: "Lensahn" },
    // Approximate (the town): not in the facts.
    geo: { latitude: 54.22, longitude: 10.88 },
    images: [
      {
        picture: "farm",
        alt: {
          de: "Demo-Grafik: Bauernhaus mit Reetdach und Wiese",
          en: "Demo graphic: thatched farmhouse with a meadow",
        },
        credit: "Demo-Grafik, CC0",
      },
    ],
  },
  {
    draft: true,
    slug: { de: "entwurf-gut-lensahnerhof", en: "draft-lensahnerhof-manor" },
    name: { de: "ENTWURF: Gut Lensahnerhof", en: "ENTWURF (draft): Lensahnerhof manor" },
    kind: "manor",
    municipality: "amt_lensahn",
    summary: {
      de: "Entwurf: Position und Öffnungszeiten fehlen noch. Von 1650 bis 1928 im Besitz der Häuser Holstein-Gottorf und Oldenburg.",
      en: "Draft: position and opening hours still missing. Owned from 1650 to 1928 by the houses of Holstein-Gottorp and Oldenburg.",
    },
    // Approximate (the town): a reason this entry is still a draft.
    geo: { latitude: 54.22, longitude: 10.88 },
    address: { locality: "Lensahn" },
  },
];
