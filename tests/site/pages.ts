/** One page of each type in each language of the fixture site, for the browser and output tests. */
export interface PageType {
  type: string;
  de: string;
  en: string;
  /** Whether the page has an island (and so may ship JavaScript). */
  island?: boolean;
}

export const FIXTURE_PAGES: PageType[] = [
  { type: "home", de: "/", en: "/en/" },
  { type: "object list", de: "/objekte/", en: "/en/objects/", island: true },
  { type: "object with 3D", de: "/objekte/fundstueck-1/", en: "/en/objects/find-1/", island: true },
  // The image viewer (islands/gallery/zoom-viewer.ts) and the citation's copy button.
  { type: "object", de: "/objekte/fundstueck-2/", en: "/en/objects/find-2/", island: true },
  { type: "place list", de: "/orte/", en: "/en/places/" },
  { type: "place", de: "/orte/oldenburger-wall/", en: "/en/places/oldenburg-rampart/" },
  { type: "tour list", de: "/touren/", en: "/en/tours/" },
  // The route map's "use the map" button (islands/map/open-map.ts).
  { type: "tour", de: "/touren/rund-um-den-wall/", en: "/en/tours/around-the-rampart/", island: true },
  // The fixture stop has an audio guide (islands/audio-guide); a stop without one ships no script
  // (tests/site/audio-guide.test.ts).
  {
    type: "stop",
    de: "/touren/rund-um-den-wall/am-eingang/",
    en: "/en/tours/around-the-rampart/at-the-entrance/",
    island: true,
  },
  { type: "map", de: "/karte/", en: "/en/map/", island: true },
  { type: "imprint", de: "/impressum/", en: "/en/imprint/" },
  { type: "privacy", de: "/datenschutz/", en: "/en/privacy/" },
  { type: "accessibility statement", de: "/barrierefreiheit/", en: "/en/accessibility/" },
  { type: "easy language", de: "/leichte-sprache/", en: "/en/easy-language/" },
  { type: "sign language", de: "/gebaerdensprache/", en: "/en/sign-language/" },
];
