// Generated from content-types/src/open-data/lido/lido-input.ts by `npm run generate -w content-types` — do not edit.
/**
 * What the LIDO builder reads: a published heritage item in its languages with what it links to,
 * in the shape the content source gives (Strapi REST with `populateFor`), but typed structurally so
 * the CMS copy of this module needs no model. Every field the builder does not use may be there too.
 *
 * Imports nothing but its siblings (see `content-types/src/contract-copies.ts`).
 */
import type { LidoLanguage } from "./vocabulary";

/** One value per language; at least one language is there (German first when both are). */
export type Localised<T> = Partial<Record<LidoLanguage, T>>;

/** A media file as the content source gives it (`url` is `/uploads/…`, `media/…` or absolute). */
export interface LidoMedia {
  url: string;
  mime?: string | null;
  ext?: string | null;
  width?: number | null;
  height?: number | null;
  documentId?: string | null;
  name?: string | null;
}

export interface LidoImage {
  file: LidoMedia;
  alt: string;
  caption?: string | null;
  credit?: string | null;
}

export interface LidoHeritageItem {
  documentId: string;
  slug: string;
  title: string;
  summary: string;
  description?: string | null;
  inventoryNumber: string;
  datingText: string;
  datingFrom: number;
  datingTo: number;
  material?: string | null;
  technique?: string | null;
  dimensions?: string | null;
  licence: string;
  attribution?: string | null;
  keywords?: string | null;
  images?: LidoImage[] | null;
  updatedAt?: string | null;
}

export interface LidoPlace {
  documentId: string;
  slug: string;
  name: string;
  kind: string;
  municipality: string;
  geo?: { latitude: number; longitude: number } | null;
  address?: { street?: string | null; postalCode?: string | null; locality: string } | null;
  website?: string | null;
}

export interface LidoScan {
  documentId: string;
  slug: string;
  title: string;
  description: string;
  licence: string;
  attribution?: string | null;
  /** The original model is linked only when the editors allow its download. */
  downloadAllowed?: boolean | null;
  model: LidoMedia;
  webModel?: LidoMedia | null;
  thumbModel?: LidoMedia | null;
  usdz?: LidoMedia | null;
  poster?: LidoImage | null;
  paradata?: { method: string; operator?: string | null; capturedOn?: string | null } | null;
}

/** An audio guide of a tour stop that shows the item. */
export interface LidoAudioGuide {
  /** The stop's documentId: the resource's stable ID. */
  documentId: string;
  title: Localised<string>;
  audio: Localised<LidoMedia | null | undefined>;
  transcript?: Localised<string | null | undefined>;
}

/** Another item the record points to, and why. */
export interface LidoRelatedWork {
  documentId: string;
  title: Localised<string>;
  slug: Localised<string>;
  relation: "same-place" | "same-tour";
}

/** Everything one record is made from. */
export interface LidoRecordInput {
  item: Localised<LidoHeritageItem>;
  place?: Localised<LidoPlace> | undefined;
  scan?: Localised<LidoScan> | undefined;
  audioGuides?: LidoAudioGuide[] | undefined;
  related?: LidoRelatedWork[] | undefined;
}

/** A legal body: who provides the records, who holds the objects. */
export interface LidoLegalBody {
  name: string;
  /** An identifier such as an ISIL (e.g. `DE-MUS-123456`); optional. */
  id?: string | undefined;
  url?: string | undefined;
}

/** What the records say about their source; the same for every record of an export. */
export interface LidoContext {
  /** The public address of the site (a base path is kept), e.g. `https://showroom.example`. */
  siteUrl: string;
  /** Who provides and maintains the records (recordSource), e.g. the Digital Hub. */
  recordSource: LidoLegalBody;
  /**
   * The holder of items whose place is not a museum and whose municipality is unknown
   * (repository); default the record source.
   */
  owner?: LidoLegalBody | undefined;
  /** Prefix of `lidoRecID`; default the site's host, so IDs stay the same across exports. */
  recordIdPrefix?: string | undefined;
  /** The licence code (as in `licences.ts`) of the metadata and of the showroom's own audio guides; default `cc0`. */
  recordLicence?: string | undefined;
  /** An absolute public URL for a media `url` of the source; default: the `url` below `siteUrl`. */
  mediaUrl?: ((url: string) => string) | undefined;
}
