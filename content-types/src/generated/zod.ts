// Generated from content-types/src/model by `npm run generate -w content-types` — do not edit.
import { z } from "zod";
import { attributionRule, componentBase, entryBase, mediaWithExtension, orderRule, relation, requiredWithRule, rules, SLUG, TIME, vec3 } from "../zod-helpers.ts";

/** Image (Bild) */
export const sharedImageComponentSchema = componentBase.extend({
  file: mediaWithExtension([".jpg",".jpeg",".png",".webp",".avif"]),
  alt: z.string().min(3).max(300),
  caption: z.string().max(300).nullish(),
  credit: z.string().max(200).nullish(),
});
export type SharedImageComponent = z.output<typeof sharedImageComponentSchema>;

/** Geo point (Geo-Position) */
export const sharedGeoPointComponentSchema = componentBase.extend({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type SharedGeoPointComponent = z.output<typeof sharedGeoPointComponentSchema>;

/** Address (Adresse) */
export const sharedAddressComponentSchema = componentBase.extend({
  street: z.string().max(160).nullish(),
  postalCode: z.string().max(10).regex(new RegExp("^[0-9A-Za-z -]{3,10}$")).nullish(),
  locality: z.string().min(1).max(120),
});
export type SharedAddressComponent = z.output<typeof sharedAddressComponentSchema>;

/** Opening hours (Öffnungszeit) */
export const placeOpeningHoursComponentSchema = componentBase.extend({
  days: z.string().min(1).max(80),
  opens: z.string().regex(TIME).nullish(),
  closes: z.string().regex(TIME).nullish(),
  season: z.string().max(80).nullish(),
}).superRefine(rules([orderRule("opens", "closes", "“Closes” must be after “Opens”.")]));
export type PlaceOpeningHoursComponent = z.output<typeof placeOpeningHoursComponentSchema>;

/** Annotation (Anmerkung) */
export const scanAnnotationComponentSchema = componentBase.extend({
  title: z.string().min(1).max(120),
  text: z.string().trim().min(1).max(2000),
  position: vec3,
  normal: vec3.nullish(),
  cameraPosition: vec3.nullish(),
  cameraTarget: vec3.nullish(),
});
export type ScanAnnotationComponent = z.output<typeof scanAnnotationComponentSchema>;

/** Capture paradata (Paradaten der Aufnahme) */
export const scanParadataComponentSchema = componentBase.extend({
  method: z.enum(["photogrammetry","structured_light","laser_scan","lidar","procedural","other"]),
  device: z.string().max(160).nullish(),
  capturedOn: z.iso.date().nullish(),
  operator: z.string().max(160).nullish(),
  processing: z.string().max(2000).nullish(),
});
export type ScanParadataComponent = z.output<typeof scanParadataComponentSchema>;

/** Camera view (Kameraansicht) */
export const scanCameraViewComponentSchema = componentBase.extend({
  position: vec3,
  target: vec3,
  fov: z.number().min(10).max(100).nullish(),
});
export type ScanCameraViewComponent = z.output<typeof scanCameraViewComponentSchema>;

/** Captions (Untertitel) */
export const streamCaptionTrackComponentSchema = componentBase.extend({
  language: z.enum(["de","en","da","nds"]),
  label: z.string().max(60).nullish(),
  file: mediaWithExtension([".vtt"]),
});
export type StreamCaptionTrackComponent = z.output<typeof streamCaptionTrackComponentSchema>;

/** Chapter (Kapitel) */
export const streamChapterComponentSchema = componentBase.extend({
  offsetSeconds: z.number().int().min(0),
  title: z.string().min(1).max(160),
  agendaItem: z.string().max(20).nullish(),
});
export type StreamChapterComponent = z.output<typeof streamChapterComponentSchema>;

/** Panorama hotspot (Hotspot im Panorama) */
export const tourPanoramaHotspotComponentSchema = componentBase.extend({
  kind: z.enum(["stop","object","info"]),
  label: z.string().min(2).max(80),
  stop: relation.nullish(),
  item: relation.nullish(),
  yaw: z.number().min(-180).max(360),
  pitch: z.number().min(-90).max(90),
  text: z.string().max(2000).nullish(),
  image: mediaWithExtension([".jpg",".jpeg",".png",".webp",".avif"]).nullish(),
  imageAlt: z.string().max(300).nullish(),
  audio: mediaWithExtension([".mp3",".m4a",".ogg",".opus"]).nullish(),
});
export type TourPanoramaHotspotComponent = z.output<typeof tourPanoramaHotspotComponentSchema>;

/** Place (Kulturstätte): a published entry as the REST API returns it. */
export const placeSchema = entryBase.extend({
  name: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  kind: z.enum(["museum","church","monument","archaeological_site","manor","landscape","other"]),
  municipality: z.enum(["oldenburg_in_holstein","malente","amt_lensahn"]),
  summary: z.string().trim().min(1).max(400),
  description: z.string().nullish(),
  address: sharedAddressComponentSchema.nullish(),
  geo: sharedGeoPointComponentSchema,
  openingHours: z.array(placeOpeningHoursComponentSchema).default([]),
  openingHoursNote: z.string().max(500).nullish(),
  accessibility: z.string().max(1000).nullish(),
  website: z.string().max(300).regex(new RegExp("^https?://\\S+$")).nullish(),
  images: z.array(sharedImageComponentSchema).default([]),
  items: z.array(relation).optional(),
});
export type Place = z.output<typeof placeSchema>;

/** 3D scan (3D-Scan): a published entry as the REST API returns it. */
export const scanSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  model: mediaWithExtension([".glb",".gltf"]),
  poster: sharedImageComponentSchema.nullish(),
  description: z.string().trim().min(1).max(4000),
  licence: z.enum(["cc0","cc_by_4","cc_by_sa_4","pdm","all_rights_reserved"]),
  attribution: z.string().max(300).nullish(),
  downloadAllowed: z.boolean().nullish().transform((value) => value ?? false),
  paradata: scanParadataComponentSchema,
  triangleCount: z.number().int().min(0).nullish(),
  fileSize: z.number().int().min(0).nullish(),
  webModel: mediaWithExtension([".glb"]).nullish(),
  thumbModel: mediaWithExtension([".glb"]).nullish(),
  processingStatus: z.enum(["pending","ready","failed"]).nullish(),
  processingMessage: z.string().max(4000).nullish(),
  sizeWarning: z.boolean().nullish().transform((value) => value ?? false),
  processedModelId: z.number().int().min(0).nullish(),
  scale: z.number().min(0).nullish(),
  defaultCamera: scanCameraViewComponentSchema.nullish(),
  annotations: z.array(scanAnnotationComponentSchema).default([]),
  usdz: mediaWithExtension([".usdz"]).nullish(),
}).superRefine(rules([attributionRule("licence", "attribution", "This licence requires an attribution.")]));
export type Scan = z.output<typeof scanSchema>;

/** Heritage item (Kulturgut): a published entry as the REST API returns it. */
export const heritageItemSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  summary: z.string().trim().min(1).max(400),
  description: z.string().nullish(),
  inventoryNumber: z.string().min(1).max(60).regex(new RegExp("^[A-Za-z0-9][A-Za-z0-9./_-]*$")),
  datingText: z.string().min(1).max(120),
  datingFrom: z.number().int().min(-10000).max(2100),
  datingTo: z.number().int().min(-10000).max(2100),
  material: z.string().max(200).nullish(),
  technique: z.string().max(200).nullish(),
  dimensions: z.string().max(200).nullish(),
  place: relation.nullish(),
  images: z.array(sharedImageComponentSchema).default([]),
  licence: z.enum(["cc0","cc_by_4","cc_by_sa_4","pdm","all_rights_reserved"]),
  attribution: z.string().max(300).nullish(),
  keywords: z.string().max(300).nullish(),
  scan: relation.nullish(),
  featured: z.boolean().nullish().transform((value) => value ?? false),
}).superRefine(rules([orderRule("datingFrom", "datingTo", "“Dating to” must not be before “Dating from”."), attributionRule("licence", "attribution", "This licence requires an attribution.")]));
export type HeritageItem = z.output<typeof heritageItemSchema>;

/** Tour (Tour): a published entry as the REST API returns it. */
export const tourSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  summary: z.string().trim().min(1).max(400),
  introduction: z.string().trim().min(1),
  durationMinutes: z.number().int().min(1).max(1440),
  distanceMeters: z.number().int().min(0).max(200000),
  stepFree: z.boolean().nullish().transform((value) => value ?? false),
  surface: z.string().max(200).nullish(),
  accessibilityNotes: z.string().max(1000).nullish(),
  cover: sharedImageComponentSchema.nullish(),
  stops: z.array(relation).optional(),
});
export type Tour = z.output<typeof tourSchema>;

/** Tour stop (Tour-Station): a published entry as the REST API returns it. */
export const tourStopSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  code: z.string().min(1).regex(new RegExp("^[A-Z0-9]{2,12}$")),
  tour: relation.nullish(),
  position: z.number().int().min(1).max(999),
  text: z.string().trim().min(1),
  audio: mediaWithExtension([".mp3",".m4a",".ogg",".opus"]).nullish(),
  transcript: z.string().nullish(),
  images: z.array(sharedImageComponentSchema).default([]),
  panorama: mediaWithExtension([".jpg",".jpeg",".webp"]).nullish(),
  panoramaCaption: z.string().max(300).nullish(),
  hotspots: z.array(tourPanoramaHotspotComponentSchema).max(30).default([]),
  geo: sharedGeoPointComponentSchema.nullish(),
  place: relation.nullish(),
  items: z.array(relation).optional(),
  scans: z.array(relation).optional(),
}).superRefine(rules([requiredWithRule("transcript", "audio", "An audio guide needs a transcript.")]));
export type TourStop = z.output<typeof tourStopSchema>;

/** Event stream (Livestream): a published entry as the REST API returns it. */
export const eventStreamSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  slug: z.string().regex(SLUG),
  kind: z.enum(["council_meeting","concert","lecture","guided_tour"]),
  summary: z.string().trim().min(1).max(400),
  description: z.string().nullish(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  place: relation.nullish(),
  venue: z.string().max(200).nullish(),
  hlsUrl: z.string().max(500).regex(new RegExp("^(https?://|/)\\S+\\.m3u8(\\?\\S*)?$")).nullish(),
  streamKey: z.string().max(64).regex(new RegExp("^[A-Za-z0-9_-]{16,64}$")).nullish(),
  statusOverride: z.enum(["cancelled","postponed"]).nullish(),
  postponedTo: z.iso.datetime({ offset: true }).nullish(),
  statusNote: z.string().max(500).nullish(),
  recordingUrl: z.string().max(500).regex(new RegExp("^(https?://|/)\\S+\\.m3u8(\\?\\S*)?$")).nullish(),
  captions: z.array(streamCaptionTrackComponentSchema).default([]),
  chapters: z.array(streamChapterComponentSchema).default([]),
  transcript: z.string().nullish(),
  poster: sharedImageComponentSchema.nullish(),
}).superRefine(rules([orderRule("start", "end", "The end must be after the start.")]));
export type EventStream = z.output<typeof eventStreamSchema>;

/** Retired QR code (Stillgelegter QR-Code): a published entry as the REST API returns it. */
export const retiredCodeSchema = entryBase.extend({
  code: z.string().min(1).regex(new RegExp("^[A-Z0-9]{2,12}$")),
  formerTitle: z.string().max(160).nullish(),
  formerTourSlug: z.string().max(160).nullish(),
  retiredAt: z.iso.datetime({ offset: true }).nullish(),
});
export type RetiredCode = z.output<typeof retiredCodeSchema>;

/** Site settings (Website-Einstellungen): a published entry as the REST API returns it. */
export const siteSettingSchema = entryBase.extend({
  siteName: z.string().min(1).max(160),
  tagline: z.string().max(200).nullish(),
  introduction: z.string().nullish(),
  operator: z.string().min(1).max(200),
  contactEmail: z.email(),
  publicUrl: z.string().max(200).regex(new RegExp("^https?://\\S+$")).nullish(),
});
export type SiteSetting = z.output<typeof siteSettingSchema>;

/** Imprint (Impressum): a published entry as the REST API returns it. */
export const imprintSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  body: z.string().trim().min(1),
});
export type Imprint = z.output<typeof imprintSchema>;

/** Privacy policy (Datenschutzerklärung): a published entry as the REST API returns it. */
export const privacyPolicySchema = entryBase.extend({
  title: z.string().min(1).max(160),
  body: z.string().trim().min(1),
});
export type PrivacyPolicy = z.output<typeof privacyPolicySchema>;

/** Accessibility statement (Erklärung zur Barrierefreiheit): a published entry as the REST API returns it. */
export const accessibilityStatementSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  body: z.string().trim().min(1),
  conformance: z.enum(["full","partial","none"]),
  feedbackEmail: z.email(),
  feedbackPhone: z.string().max(40).nullish(),
  reviewedOn: z.iso.date(),
});
export type AccessibilityStatement = z.output<typeof accessibilityStatementSchema>;

/** Easy language (Leichte Sprache): a published entry as the REST API returns it. */
export const easyLanguageSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  body: z.string().trim().min(1),
});
export type EasyLanguage = z.output<typeof easyLanguageSchema>;

/** Sign language (Gebärdensprache): a published entry as the REST API returns it. */
export const signLanguageSchema = entryBase.extend({
  title: z.string().min(1).max(160),
  body: z.string().trim().min(1),
  video: mediaWithExtension([".mp4",".webm"]).nullish(),
});
export type SignLanguage = z.output<typeof signLanguageSchema>;

/** The validator of each content type, by code name. */
export const schemasByType = {
  "place": placeSchema,
  "scan": scanSchema,
  "heritage-item": heritageItemSchema,
  "tour": tourSchema,
  "tour-stop": tourStopSchema,
  "event-stream": eventStreamSchema,
  "retired-code": retiredCodeSchema,
  "site-setting": siteSettingSchema,
  "imprint": imprintSchema,
  "privacy-policy": privacyPolicySchema,
  "accessibility-statement": accessibilityStatementSchema,
  "easy-language": easyLanguageSchema,
  "sign-language": signLanguageSchema,
} as const;
export type ContentTypeName = keyof typeof schemasByType;
