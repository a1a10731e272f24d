/** Interface texts of the maps (build-time pages and the map island share this table). */
import { stringTable } from "../i18n/string-table.ts";

const de = {
  navLabel: "Karte",
  pageTitle: "Karte der Orte und Touren",
  pageLead:
    "Alle Orte und Tourstationen auf einer Karte. Die Karte kommt von dieser Website selbst, ohne fremden Kartendienst.",
  placesHeading: "Orte",
  stopsHeading: "Tourstationen",
  mapOf: (name: string) => `Karte: ${name}`,
  overviewMapLabel: "Karte aller Orte",
  routeMapLabel: (tour: string) => `Karte der Tour „${tour}“ mit nummerierten Stationen`,
  routeNote: "Die Linie verbindet die Stationen in ihrer Reihenfolge (Luftlinie, kein Wegverlauf).",
  demoBasemap:
    "Demo-Grundkarte: Küste, Seen und Straßen vereinfacht und im Code gezeichnet, nicht maßstabsgetreu.",
  openInteractive: "Karte bedienen (verschieben und zoomen)",
  interactiveHelp:
    "Karte: mit den Pfeiltasten verschieben, mit Plus und Minus zoomen. Die Markierungen sind Schaltflächen.",
  zoomIn: "Hineinzoomen",
  zoomOut: "Herauszoomen",
  resetView: "Ansicht zurücksetzen",
  closePopup: "Schließen",
  loading: "Karte wird geladen …",
  loadFailed: "Die Karte konnte nicht geladen werden. Die Liste unter der Karte zeigt alle Einträge.",
  showOnOverview: "Auf der Übersichtskarte zeigen",
  nearMe: "In der Nähe",
  nearMeButton: "Nach Entfernung von mir sortieren",
  nearMeExplain:
    "Nach einem Klick fragt Ihr Browser, ob diese Seite Ihren Standort verwenden darf. Die Entfernungen werden nur in Ihrem Browser berechnet; der Standort wird nicht gesendet und nicht gespeichert.",
  nearMeLocating: "Standort wird ermittelt …",
  nearMeSorted: (count: number) => `${count} Einträge nach Entfernung sortiert, der nächste zuerst.`,
  nearMeDenied: "Der Standort ist nicht freigegeben. Die Listen bleiben in ihrer Reihenfolge.",
  nearMeUnavailable: "Der Standort konnte nicht ermittelt werden. Bitte später erneut versuchen.",
  nearMeUnsupported: "Dieser Browser kann den Standort nicht ermitteln.",
  nearMeNoScript:
    "Das Sortieren nach Entfernung braucht JavaScript. Die Listen zeigen alle Orte und Stationen.",
  distanceAway: (distance: string) => `${distance} entfernt`,
  stopNumber: (n: number) => `Station ${n}`,
};

const en: typeof de = {
  navLabel: "Map",
  pageTitle: "Map of places and tours",
  pageLead:
    "Every place and tour stop on one map. The map comes from this website itself, with no outside map service.",
  placesHeading: "Places",
  stopsHeading: "Tour stops",
  mapOf: (name) => `Map: ${name}`,
  overviewMapLabel: "Map of all places",
  routeMapLabel: (tour) => `Map of the tour “${tour}” with numbered stops`,
  routeNote: "The line joins the stops in their order (straight lines, not the footpath).",
  demoBasemap: "Demo basemap: coast, lakes and roads simplified and drawn in code, not to scale.",
  openInteractive: "Use the map (pan and zoom)",
  interactiveHelp: "Map: move with the arrow keys, zoom with plus and minus. The markers are buttons.",
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  resetView: "Reset view",
  closePopup: "Close",
  loading: "Loading the map …",
  loadFailed: "The map could not be loaded. The list below the map shows every entry.",
  showOnOverview: "Show on the overview map",
  nearMe: "Near me",
  nearMeButton: "Sort by distance from me",
  nearMeExplain:
    "After you click, your browser asks whether this page may use your location. Distances are computed in your browser only; your location is not sent anywhere and not stored.",
  nearMeLocating: "Finding your location …",
  nearMeSorted: (count) => `${count} entries sorted by distance, nearest first.`,
  nearMeDenied: "Location access is not allowed. The lists keep their order.",
  nearMeUnavailable: "Your location could not be found. Please try again later.",
  nearMeUnsupported: "This browser cannot find your location.",
  nearMeNoScript: "Sorting by distance needs JavaScript. The lists show every place and stop.",
  distanceAway: (distance) => `${distance} away`,
  stopNumber: (n) => `Stop ${n}`,
};

export type MapLabels = typeof de;
export const mapLabels = stringTable("map labels", { de, en });
