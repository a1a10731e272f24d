/**
 * Demo tour stops with their permanent QR codes (W = wall tour, K = church tour). Stops with
 * `audio: true` get a generated audio guide: their `transcript`, spoken by a speech synthesizer
 * (every published stop has one, in both languages).
 */
import type { DemoTourStop } from "./types.ts";

const WALLMUSEUM = { latitude: 54.2976, longitude: 10.8828 };
const WALL = { latitude: 54.2942, longitude: 10.885 };

export const DEMO_TOUR_STOPS: readonly DemoTourStop[] = [
  {
    slug: { de: "dannauer-scheune", en: "dannauer-scheune-barn" },
    title: { de: "Dannauer Scheune", en: "The Dannauer Scheune barn" },
    code: "W1",
    tour: "rundgang-starigard",
    position: 1,
    text: {
      de: "Hier in der Dannauer Scheune beginnen die Führungen des Wallmuseums. Das Freilichtmuseum liegt direkt neben dem Oldenburger Wall.",
      en: "Guided tours of the rampart museum start here in the Dannauer Scheune barn. The open-air museum lies right next to the Oldenburg rampart.",
    },
    audio: true,
    transcript: {
      de: "Willkommen im Oldenburger Wallmuseum. Hier in der Dannauer Scheune beginnen die Führungen. Gleich nebenan liegt der Oldenburger Wall, die alte slawische Burg Starigard.",
      en: "Welcome to the Oldenburg rampart museum. Guided tours start here in the Dannauer Scheune barn. Right next door lies the Oldenburg rampart, the old Slavic castle of Starigard.",
    },
    images: [
      {
        picture: "museum",
        alt: {
          de: "Demo-Grafik: Scheune mit Satteldach, daneben kleine Häuser",
          en: "Demo graphic: barn with a gable roof and small houses beside it",
        },
      },
    ],
    geo: WALLMUSEUM,
    place: "oldenburger-wallmuseum",
  },
  {
    slug: { de: "nachgebaute-siedlung", en: "reconstructed-settlement" },
    title: { de: "Nachgebaute Siedlung", en: "The reconstructed settlement" },
    code: "W2",
    tour: "rundgang-starigard",
    position: 2,
    text: {
      de: "Im Museum stehen etwa 20 nachgebaute Gebäude in zwei Siedlungsbereichen. Das 3D-Modell zeigt ein einfaches Bohlenhaus als Demo.",
      en: "About 20 reconstructed buildings stand in the museum, in two settlement areas. The 3D model shows a simple plank house as a demo.",
    },
    audio: true,
    transcript: {
      de: "Um Sie herum stehen etwa 20 nachgebaute Gebäude in zwei Siedlungsbereichen. Sie zeigen, wie die Menschen hier gelebt haben könnten. Das 3D-Modell eines einfachen Bohlenhauses ist eine Demo.",
      en: "Around you stand about 20 reconstructed buildings in two settlement areas. They show how people may have lived here. The 3D model of a simple plank house is a demo.",
    },
    images: [
      {
        picture: "house",
        alt: {
          de: "Demo-Grafik: Holzhaus mit Satteldach",
          en: "Demo graphic: wooden house with a gable roof",
        },
      },
    ],
    geo: WALLMUSEUM,
    place: "oldenburger-wallmuseum",
    scans: ["slawisches-bohlenhaus-modell"],
  },
  {
    slug: { de: "auf-dem-wall", en: "on-the-rampart" },
    title: { de: "Auf dem Wall", en: "On the rampart" },
    code: "W3",
    tour: "rundgang-starigard",
    position: 3,
    text: {
      de: "Der Wall umschließt eine ovale Fläche von etwa 220 × 100 Metern und ist bis zu 18 Meter hoch. Die Wagrier legten die Burg im späten 7. Jahrhundert an; sie war ihr Hauptsitz.",
      en: "The rampart encloses an oval area of about 220 × 100 metres and rises up to 18 metres. The Wagrians built the fort in the late 7th century; it was their main seat.",
    },
    audio: true,
    transcript: {
      de: "Sie stehen am Oldenburger Wall. Er umschließt eine ovale Fläche von etwa 220 mal 100 Metern und ist bis zu 18 Meter hoch. Im späten 7. Jahrhundert legten die Wagrier hier ihre Hauptburg an.",
      en: "You are standing at the Oldenburg rampart. It encloses an oval area of about 220 by 100 metres and rises up to 18 metres. In the late 7th century the Wagrians built their main fort here.",
    },
    geo: WALL,
    place: "oldenburger-wall",
    items: ["DEMO-OH-0001"],
    scans: ["ringwall-starigard-modell"],
  },
  {
    slug: { de: "ausgrabungen", en: "excavations" },
    title: { de: "Ausgrabungen", en: "Excavations" },
    code: "W4",
    tour: "rundgang-starigard",
    position: 4,
    text: {
      de: "In den 1950er-Jahren grub Karl Wilhelm Struve am Wall. In den 1970er- und 1980er-Jahren folgten Grabungen von Struve und Ingo Gabriel.",
      en: "Karl Wilhelm Struve excavated at the rampart in the 1950s. In the 1970s and 1980s Struve and Ingo Gabriel dug here again.",
    },
    audio: true,
    transcript: {
      de: "Was wir über die Burg wissen, stammt vor allem aus Grabungen. In den 1950er-Jahren grub Karl Wilhelm Struve hier. In den 1970er- und 1980er-Jahren kamen Struve und Ingo Gabriel noch einmal zurück.",
      en: "Most of what we know about the fort comes from excavations. Karl Wilhelm Struve dug here in the 1950s. In the 1970s and 1980s Struve and Ingo Gabriel came back to dig again.",
    },
    geo: WALL,
    place: "oldenburger-wall",
  },
  {
    slug: { de: "von-starigard-zu-oldenburg", en: "from-starigard-to-oldenburg" },
    title: { de: "Von Starigard zu Oldenburg", en: "From Starigard to Oldenburg" },
    code: "W5",
    tour: "rundgang-starigard",
    position: 5,
    text: {
      de: "Starigard heißt „alte Burg“. Aus der sächsischen Form Aldinburg wurde Oldenburg. Von 968 bis 1160 war hier ein Bischofssitz, dann zog das Bistum nach Lübeck.",
      en: "Starigard means “old castle”. The Saxon form Aldinburg became Oldenburg. From 968 to 1160 a bishop had his seat here; then the see moved to Lübeck.",
    },
    audio: true,
    transcript: {
      de: "Starigard bedeutet alte Burg. Die Sachsen sagten Aldinburg, und daraus wurde Oldenburg. Von 968 bis 1160 saß hier ein Bischof, danach zog das Bistum nach Lübeck.",
      en: "Starigard means old castle. The Saxons called it Aldinburg, and that became Oldenburg. From 968 to 1160 a bishop had his seat here; then the see moved to Lübeck.",
    },
    geo: WALL,
    place: "oldenburger-wall",
    items: ["DEMO-OH-0001"],
  },
  {
    slug: { de: "der-backsteinbau", en: "the-brick-building" },
    title: { de: "Der Backsteinbau", en: "The brick building" },
    code: "K1",
    tour: "st-johannis-entdecken",
    position: 1,
    text: {
      de: "Die Kirche wurde 1156 bis 1160 unter Bischof Gerold gebaut. Sie ist eine der ältesten Backsteinkirchen Norddeutschlands.",
      en: "The church was built from 1156 to 1160 under Bishop Gerold. It is one of the oldest brick churches in northern Germany.",
    },
    audio: true,
    transcript: {
      de: "Vor Ihnen steht die St.-Johannis-Kirche. Sie wurde von 1156 bis 1160 unter Bischof Gerold gebaut und ist eine der ältesten Backsteinkirchen im Norden Deutschlands.",
      en: "In front of you stands St John's Church. It was built from 1156 to 1160 under Bishop Gerold and is one of the oldest brick churches in northern Germany.",
    },
    place: "st-johannis-kirche",
    items: ["DEMO-OH-0002"],
  },
  {
    slug: { de: "der-chor", en: "the-choir" },
    title: { de: "Der Chor", en: "The choir" },
    code: "K2",
    tour: "st-johannis-entdecken",
    position: 2,
    text: {
      de: "Der Chor wurde 1329 neu gebaut.",
      en: "The choir was rebuilt in 1329.",
    },
    audio: true,
    transcript: {
      de: "Sie stehen jetzt im Chor der Kirche. Er wurde im Jahr 1329 neu gebaut.",
      en: "You are now standing in the choir of the church. It was rebuilt in the year 1329.",
    },
    images: [
      {
        picture: "choir",
        alt: {
          de: "Demo-Grafik: Spitzbogenfenster eines Chors",
          en: "Demo graphic: pointed-arch windows of a choir",
        },
      },
    ],
    place: "st-johannis-kirche",
  },
  {
    slug: { de: "der-taufengel", en: "the-baptismal-angel" },
    title: { de: "Der Taufengel", en: "The baptismal angel" },
    code: "K3",
    tour: "st-johannis-entdecken",
    position: 3,
    text: {
      de: "In der Kirche hängt ein Taufengel aus der Zeit um 1732. Das 3D-Modell einer Taufschale ist eine Demo und zeigt kein Objekt dieser Kirche.",
      en: "A baptismal angel from about 1732 hangs in the church. The 3D model of a baptismal bowl is a demo and does not show an object of this church.",
    },
    audio: true,
    transcript: {
      de: "Schauen Sie nach oben: Hier hängt ein Taufengel aus der Zeit um 1732. Das 3D-Modell einer Taufschale ist eine Demo und zeigt kein Stück dieser Kirche.",
      en: "Look up: a baptismal angel from about 1732 hangs here. The 3D model of a baptismal bowl is a demo and does not show a piece from this church.",
    },
    place: "st-johannis-kirche",
    items: ["DEMO-OH-0003"],
    scans: ["taufschale-modell"],
  },
  {
    slug: { de: "turm-und-stadtbrand", en: "tower-and-town-fire" },
    title: { de: "Turm und Stadtbrand", en: "Tower and town fire" },
    code: "K4",
    tour: "st-johannis-entdecken",
    position: 4,
    text: {
      de: "Beim Stadtbrand im August 1773 wurde die Kirche beschädigt. Die heutige Turmhaube setzte Georg Greggenhofer 1778 auf. Das Glockenmodell ist eine Demo.",
      en: "The town fire of August 1773 damaged the church. Georg Greggenhofer's tower cap dates from 1778. The bell model is a demo.",
    },
    audio: true,
    transcript: {
      de: "Im August 1773 brannte die Stadt, und auch die Kirche wurde beschädigt. Die Turmhaube, die Sie heute sehen, stammt von 1778 und ist ein Werk von Georg Greggenhofer.",
      en: "In August 1773 a fire swept through the town and damaged the church. The tower cap you see today dates from 1778 and is the work of Georg Greggenhofer.",
    },
    place: "st-johannis-kirche",
    items: ["DEMO-OH-0004"],
    scans: ["kirchenglocke-modell"],
  },
  {
    draft: true,
    slug: { de: "entwurf-bischof-gerold", en: "draft-bishop-gerold" },
    title: { de: "ENTWURF: Bischof Gerold", en: "ENTWURF (draft): Bishop Gerold" },
    code: "W6",
    tour: "rundgang-starigard",
    position: 6,
    text: {
      de: "Entwurf einer sechsten Station: Text und Bilder fehlen noch.",
      en: "Draft of a sixth stop: text and images still missing.",
    },
    place: "oldenburger-wall",
  },
];
