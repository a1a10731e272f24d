/** Data for object lists, cards and filters: shaped here so the pages stay markup only. */
import type { HeritageItem, Licence, Media } from "@showroom/content-types";
import { LICENCE_INFO } from "@showroom/content-types";
import { byDocumentId } from "../content/lookup.ts";
import type { LocaleContent } from "../content/site-content.ts";
import { objectPath, placePath } from "../i18n/routes.ts";
import { type UiStrings, ui } from "../i18n/ui.ts";

export type Epoch = keyof UiStrings["epochs"];

/** Epoch bands for the filter, by the middle of the dating range (years; negative = BC). */
const EPOCH_BOUNDS: { epoch: Epoch; until: number }[] = [
  { epoch: "prehistory", until: 500 },
  { epoch: "earlyMiddleAges", until: 1050 },
  { epoch: "highMiddleAges", until: 1500 },
  { epoch: "earlyModern", until: 1800 },
  { epoch: "modern", until: 1900 },
  { epoch: "contemporary", until: Number.POSITIVE_INFINITY },
];
export const EPOCHS: Epoch[] = EPOCH_BOUNDS.map((bound) => bound.epoch);

export function epochOf(datingFrom: number, datingTo: number): Epoch {
  const middle = (datingFrom + datingTo) / 2;
  return EPOCH_BOUNDS.find((bound) => middle < bound.until)?.epoch ?? "contemporary";
}

export interface ObjectCard {
  documentId: string;
  href: string;
  title: string;
  summary: string;
  datingText: string;
  image?: { media: Media; alt: string } | undefined;
  placeName?: string | undefined;
  placeHref?: string | undefined;
  placeId: string;
  epoch: Epoch;
  material: string;
  has3d: boolean;
  licence: Licence;
  licenceLabel: string;
}

export function objectCard(content: LocaleContent, item: HeritageItem): ObjectCard {
  const place = byDocumentId(content.places, item.place?.documentId);
  const first = item.images[0];
  return {
    documentId: item.documentId,
    href: objectPath(content.locale, item.slug),
    title: item.title,
    summary: item.summary,
    datingText: item.datingText,
    image: first ? { media: first.file, alt: first.alt } : undefined,
    placeName: place?.name,
    placeHref: place && placePath(content.locale, place.slug),
    placeId: place?.documentId ?? "",
    epoch: epochOf(item.datingFrom, item.datingTo),
    material: (item.material ?? "").trim(),
    has3d: Boolean(item.scan?.documentId && byDocumentId(content.scans, item.scan.documentId)),
    licence: item.licence,
    licenceLabel: LICENCE_INFO[item.licence].label[content.locale],
  };
}

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface ObjectFacets {
  places: FilterOption[];
  epochs: FilterOption[];
  materials: FilterOption[];
  licences: FilterOption[];
}

function countBy(
  cards: ObjectCard[],
  key: (card: ObjectCard) => string,
  label: (value: string) => string,
): FilterOption[] {
  const counts = new Map<string, number>();
  for (const card of cards) {
    const value = key(card);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, label: label(value), count }));
}

export function objectFacets(content: LocaleContent, cards: ObjectCard[]): ObjectFacets {
  const t = ui(content.locale);
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label, content.locale);
  return {
    places: countBy(
      cards,
      (c) => c.placeId,
      (id) => byDocumentId(content.places, id)?.name ?? id,
    ).sort(byLabel),
    epochs: countBy(
      cards,
      (c) => c.epoch,
      (e) => t.epochs[e as Epoch],
    ).sort((a, b) => EPOCHS.indexOf(a.value as Epoch) - EPOCHS.indexOf(b.value as Epoch)),
    materials: countBy(
      cards,
      (c) => c.material.toLowerCase(),
      (m) => cards.find((c) => c.material.toLowerCase() === m)?.material ?? m,
    ).sort(byLabel),
    licences: countBy(
      cards,
      (c) => c.licence,
      (l) => LICENCE_INFO[l as Licence].label[content.locale],
    ).sort(byLabel),
  };
}

/** Cards per page of the object list; longer collections are split into pages. */
export const OBJECT_LIST_PAGE_SIZE = 48;

export function objectListPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / OBJECT_LIST_PAGE_SIZE));
}

/**
 * One row of the filter index (`/json/objekte.json`) that the filter script loads when the list
 * has several pages: [href, title, dating, place name, summary, place id, epoch, material, has 3D, licence].
 */
export type FilterIndexRow = [string, string, string, string, string, string, Epoch, string, 0 | 1, string];

export function filterIndexRow(card: ObjectCard): FilterIndexRow {
  return [
    card.href,
    card.title,
    card.datingText,
    card.placeName ?? "",
    card.summary,
    card.placeId,
    card.epoch,
    card.material.toLowerCase(),
    card.has3d ? 1 : 0,
    card.licence,
  ];
}
