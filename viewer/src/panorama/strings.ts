/** The virtual tour's interface strings in German and English. */
import type { VirtualTourStrings } from "./types.ts";

export const VIRTUAL_TOUR_STRINGS: Record<"de" | "en", VirtualTourStrings> = {
  de: {
    viewLabel: (title) => `Rundumblick: ${title}`,
    keyboardHelp:
      "Mit den Pfeiltasten umsehen, mit Plus und Minus zoomen. Die Knöpfe im Bild führen weiter; alle stehen auch in der Liste darunter.",
    stopOf: (number, count) => `Station ${number} von ${count}`,
    previous: "Vorige Station",
    next: "Nächste Station",
    hotspotList: "Ziele in diesem Rundumblick",
    stopList: "Stationen",
    gyroscopeOn: "Mit Bewegungssensor umsehen",
    gyroscopeOff: "Bewegungssensor aus",
    close: "Virtuellen Rundgang beenden",
    audioGuide: "Audioguide dieser Station",
    stopPage: "Seite der Station (Text und Transkript)",
    noWebgl:
      "Ihr Browser kann den Rundumblick nicht zeigen (kein WebGL). Der Rundgang als Liste darunter enthält dieselben Stationen und Ziele.",
    loading: "Rundumblick wird geladen …",
  },
  en: {
    viewLabel: (title) => `All-round view: ${title}`,
    keyboardHelp:
      "Look around with the arrow keys, zoom with plus and minus. The buttons in the view lead on; all of them are also in the list below.",
    stopOf: (number, count) => `Stop ${number} of ${count}`,
    previous: "Previous stop",
    next: "Next stop",
    hotspotList: "Destinations in this view",
    stopList: "Stops",
    gyroscopeOn: "Look around with the motion sensor",
    gyroscopeOff: "Motion sensor off",
    close: "End the virtual tour",
    audioGuide: "Audio guide of this stop",
    stopPage: "Page of the stop (text and transcript)",
    noWebgl:
      "Your browser cannot show the all-round view (no WebGL). The tour as a list below has the same stops and destinations.",
    loading: "Loading the all-round view …",
  },
};
