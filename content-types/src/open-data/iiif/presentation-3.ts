/**
 * The parts of the IIIF Presentation API 3.0 (https://iiif.io/api/presentation/3.0/) and Image API
 * 3.0 that the showroom writes, as TypeScript types. Only what we emit; not a full model.
 */

/** A language map: `{ "de": ["Kelch"], "en": ["Chalice"] }`; `none` for values without a language. */
export type LanguageMap = Record<string, string[]>;

export interface LabelValue {
  label: LanguageMap;
  value: LanguageMap;
}

/** A link to another resource (homepage, rendering, seeAlso, thumbnail, logo). */
export interface LinkedResource {
  id: string;
  type: string;
  label?: LanguageMap;
  format?: string;
  profile?: string;
  language?: string[];
  width?: number;
  height?: number;
}

export interface ImageService3Reference {
  id: string;
  type: "ImageService3";
  profile: "level0";
}

export interface ImageBody {
  id: string;
  type: "Image";
  format: string;
  width: number;
  height: number;
  service: ImageService3Reference[];
}

export interface PaintingAnnotation {
  id: string;
  type: "Annotation";
  motivation: "painting";
  body: ImageBody;
  target: string;
}

export interface AnnotationPage {
  id: string;
  type: "AnnotationPage";
  items: PaintingAnnotation[];
}

/** Properties every resource may carry (descriptive and rights properties, links). */
export interface Described {
  label: LanguageMap;
  summary?: LanguageMap;
  metadata?: LabelValue[];
  requiredStatement?: LabelValue;
  rights?: string;
  homepage?: LinkedResource[];
  rendering?: LinkedResource[];
  seeAlso?: LinkedResource[];
  thumbnail?: LinkedResource[];
}

export interface Canvas extends Described {
  id: string;
  type: "Canvas";
  width: number;
  height: number;
  items: AnnotationPage[];
}

export interface Agent {
  id: string;
  type: "Agent";
  label: LanguageMap;
  homepage?: LinkedResource[];
}

export interface Manifest extends Described {
  "@context": "http://iiif.io/api/presentation/3/context.json";
  id: string;
  type: "Manifest";
  provider?: Agent[];
  /** The collections the manifest belongs to (the collection of everything). */
  partOf?: { id: string; type: "Collection" }[];
  items: Canvas[];
}

/** A manifest or collection as an entry of a collection: id, type and label (and a thumbnail). */
export interface Reference {
  id: string;
  type: "Manifest" | "Collection";
  label: LanguageMap;
  thumbnail?: LinkedResource[];
}

export interface Collection extends Described {
  "@context": "http://iiif.io/api/presentation/3/context.json";
  id: string;
  type: "Collection";
  provider?: Agent[];
  items: Reference[];
}

export const PRESENTATION_3_CONTEXT = "http://iiif.io/api/presentation/3/context.json";
