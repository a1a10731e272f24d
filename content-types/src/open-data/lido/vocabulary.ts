/**
 * The words and URIs a LIDO record uses, in German and English. The licence URIs and the place and
 * municipality labels repeat what the content model says (`licences.ts`, `model/place.ts`), because
 * the CMS compiles a copy of this module without the model; `vocabulary.test.ts` fails when they
 * drift apart.
 *
 * Imports nothing (see `content-types/src/contract-copies.ts`).
 */

export const LIDO_LANGUAGES = ["de", "en"] as const;
export type LidoLanguage = (typeof LIDO_LANGUAGES)[number];
export type Words = Record<LidoLanguage, string>;

export const LIDO_NAMESPACE = "http://www.lido-schema.org";
export const GML_NAMESPACE = "http://www.opengis.net/gml";
export const XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
export const LIDO_SCHEMA_LOCATION = "http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd";

/** Licences by code name (`licences.ts`): the URI a harvester can match, and a short label. */
export const LICENCE_RIGHTS: Record<string, { uri?: string; label: Words }> = {
  cc0: { uri: "https://creativecommons.org/publicdomain/zero/1.0/", label: { de: "CC0 1.0", en: "CC0 1.0" } },
  cc_by_4: {
    uri: "https://creativecommons.org/licenses/by/4.0/",
    label: { de: "CC BY 4.0", en: "CC BY 4.0" },
  },
  cc_by_sa_4: {
    uri: "https://creativecommons.org/licenses/by-sa/4.0/",
    label: { de: "CC BY-SA 4.0", en: "CC BY-SA 4.0" },
  },
  pdm: {
    uri: "https://creativecommons.org/publicdomain/mark/1.0/",
    label: { de: "Public Domain Mark 1.0", en: "Public Domain Mark 1.0" },
  },
  // No URI: a harvester reads it as "not open"; the label says so in words.
  all_rights_reserved: { label: { de: "Alle Rechte vorbehalten", en: "All rights reserved" } },
};

/** The municipality of a place (`place.municipality`) as a legal body: the owner of what is not in a museum. */
export const MUNICIPALITY_BODIES: Record<string, Words> = {
  oldenburg_in_holstein: { de: "Stadt Oldenburg in Holstein", en: "Town of Oldenburg in Holstein" },
  malente: { de: "Gemeinde Malente", en: "Municipality of Malente" },
  amt_lensahn: { de: "Amt Lensahn", en: "Amt Lensahn" },
};

/** The municipality's name as a place (for `partOfPlace`), as the place model labels it. */
export const MUNICIPALITY_NAMES: Record<string, Words> = {
  oldenburg_in_holstein: { de: "Oldenburg in Holstein", en: "Oldenburg in Holstein" },
  malente: { de: "Malente", en: "Malente" },
  amt_lensahn: { de: "Amt Lensahn", en: "Amt Lensahn" },
};

/** `place.kind` as the place model labels it: the classification of what is kept there. */
export const PLACE_KIND_LABELS: Record<string, Words> = {
  museum: { de: "Museum", en: "Museum" },
  church: { de: "Kirche", en: "Church" },
  monument: { de: "Denkmal", en: "Monument" },
  archaeological_site: { de: "Bodendenkmal", en: "Archaeological site" },
  manor: { de: "Gut / Herrenhaus", en: "Manor" },
  landscape: { de: "Landschaft", en: "Landscape" },
  other: { de: "Anderes", en: "Other" },
};

/** Kinds of place where the item is the place itself or part of it (in situ): its place of making. */
export const IN_SITU_PLACE_KINDS: readonly string[] = ["monument", "archaeological_site", "landscape"];

/** `scan.paradata.method` as the scan model labels it. */
export const CAPTURE_METHOD_LABELS: Record<string, Words> = {
  photogrammetry: { de: "Photogrammetrie", en: "Photogrammetry" },
  structured_light: { de: "Streifenlicht", en: "Structured light" },
  laser_scan: { de: "Laserscan", en: "Laser scan" },
  lidar: { de: "LiDAR", en: "LiDAR" },
  procedural: { de: "Rekonstruktion (berechnet)", en: "Reconstruction (computed)" },
  other: { de: "Anderes", en: "Other" },
};

/** Fixed terms of the record. */
export const TERMS = {
  /** CIDOC-CRM class of every record: a thing made by people (collection objects and monuments). */
  category: { de: "Menschengemachtes Objekt", en: "Human-Made Object" } satisfies Words,
  categoryUri: "http://www.cidoc-crm.org/cidoc-crm/E22_Human-Made_Object",
  /** The model has no work-type field yet: every item is a "Kulturgut". */
  workType: { de: "Kulturgut", en: "Heritage item" } satisfies Words,
  placeKind: { de: "Art des Ortes", en: "kind of place" } satisfies Words,
  production: { de: "Herstellung", en: "Production" } satisfies Words,
  productionUri: "http://terminology.lido-schema.org/lido00007",
  inventoryNumber: { de: "Inventarnummer", en: "inventory number" } satisfies Words,
  summary: { de: "Kurzbeschreibung", en: "summary" } satisfies Words,
  description: { de: "Beschreibung", en: "description" } satisfies Words,
  samePlace: { de: "am selben Ort", en: "at the same place" } satisfies Words,
  sameTour: { de: "in derselben Tour", en: "on the same tour" } satisfies Words,
  recordType: { de: "Einzelobjekt", en: "item" } satisfies Words,
  recordTypeUri: "http://terminology.lido-schema.org/lido00141",
  image: { de: "Bild", en: "image" } satisfies Words,
  model3d: { de: "3D-Modell", en: "3D model" } satisfies Words,
  audio: { de: "Audioguide", en: "audio guide" } satisfies Words,
  transcript: { de: "Transkript", en: "transcript" } satisfies Words,
  width: { de: "Breite", en: "width" } satisfies Words,
  height: { de: "Höhe", en: "height" } satisfies Words,
  pixels: "pixel",
  captureMethod: { de: "Aufnahmeverfahren", en: "capture method" } satisfies Words,
} as const;
