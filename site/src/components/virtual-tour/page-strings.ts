/** The words of the virtual-tour page (the viewer's own are in @showroom/viewer/panorama/strings.ts). */
import type { SiteLocale } from "../../lib/i18n/locales.ts";

export const VIRTUAL_TOUR_PAGE = {
  de: {
    title: (tour: string) => `Virtueller Rundgang: ${tour}`,
    description: (tour: string) =>
      `Die Stationen der Tour „${tour}“ als 360°-Rundumblicke, mit Wegen zwischen den Stationen und zu den Objekten.`,
    intro:
      "Gehen Sie die Tour von zu Hause aus: Jede Station als Rundumblick, mit Knöpfen zur nächsten Station, zu Objekten und zu Infopunkten. Der Audioguide jeder Station spielt im Rundumblick.",
    start: "Virtuellen Rundgang starten",
    listHeading: "Rundgang als Liste",
    listIntro: "Dieselben Stationen und Ziele ohne 3D-Ansicht.",
    destinations: "Ziele von hier",
    stopLink: "Zur Station (Text und Audioguide)",
    toStop: (number: number) => `Station ${number}`,
    infoAudio: (label: string) => `${label}: zum Anhören`,
    virtualTour: "Virtueller Rundgang",
    linkHint: "alle Stationen als 360°-Rundumblick",
  },
  en: {
    title: (tour: string) => `Virtual tour: ${tour}`,
    description: (tour: string) =>
      `The stops of the tour “${tour}” as 360° views, with ways between the stops and to the objects.`,
    intro:
      "Walk the tour from home: every stop as an all-round view, with buttons to the next stop, to objects and to information points. Each stop's audio guide plays in the view.",
    start: "Start the virtual tour",
    listHeading: "Tour as a list",
    listIntro: "The same stops and destinations without the 3D view.",
    destinations: "Destinations from here",
    stopLink: "To the stop (text and audio guide)",
    toStop: (number: number) => `Stop ${number}`,
    infoAudio: (label: string) => `${label}: listen`,
    virtualTour: "Virtual tour",
    linkHint: "every stop as a 360° view",
  },
} satisfies Record<SiteLocale, unknown>;
