/**
 * IIIF Presentation 3 collections: one per tour (its objects in stop order) and one of every
 * published heritage item. Pure, like the manifests.
 */
import {
  iiifCollectionPath,
  iiifManifestPath,
  iiifTourCollectionPath,
  objectListPath,
  type SiteLocale,
  tourPath,
} from "../../contracts/url-scheme.ts";
import type { Tour } from "../../generated/zod.ts";
import type { IiifSource } from "./inputs.ts";
import { bilingualMap, firstOf, languageMap, localesOf, noLanguage, type PerLocale } from "./language-map.ts";
import { type IiifContext, type IiifItem, iiifSlugOf, itemManifest, providerOf } from "./manifest.ts";
import { type Collection, type Manifest, PRESENTATION_3_CONTEXT, type Reference } from "./presentation-3.ts";
import { siteUrl } from "./resources.ts";

/** A manifest as an entry of a collection: id, label and thumbnail of the full manifest. */
export function manifestReference(input: IiifItem, context: IiifContext): Reference {
  return referenceOf(itemManifest(input, context));
}

/** The collection entry of a manifest already built. */
export function referenceOf(manifest: Manifest): Reference {
  return {
    id: manifest.id,
    type: "Manifest",
    label: manifest.label,
    ...(manifest.thumbnail && { thumbnail: manifest.thumbnail }),
  };
}

/** The collection of one tour: the manifests of its objects in the order of the stops. */
export function tourCollection(
  tour: PerLocale<Tour>,
  manifests: Reference[],
  context: IiifContext,
): Collection {
  const first = firstOf(tour);
  if (!first) throw new Error("A IIIF tour collection needs the tour in German or English: none was given.");
  const summary = languageMap(tour, (entry) => entry.summary);
  return {
    "@context": PRESENTATION_3_CONTEXT,
    id: siteUrl(context, iiifTourCollectionPath(iiifSlugOf(tour))),
    type: "Collection",
    label: languageMap(tour, (entry) => entry.title) ?? noLanguage(first.slug),
    ...(summary && { summary }),
    provider: providerOf(context),
    homepage: localesOf(tour).map((locale) => ({
      id: siteUrl(context, tourPath(locale, (tour[locale] as Tour).slug)),
      type: "Text",
      label: { [locale]: [(tour[locale] as Tour).title] },
      format: "text/html",
      language: [locale],
    })),
    items: manifests,
  };
}

/** A tour collection as an entry of the collection of everything. */
export function collectionReference(collection: Collection): Reference {
  return { id: collection.id, type: "Collection", label: collection.label };
}

const ALL_OBJECTS = { de: "Alle Objekte", en: "All objects" } as const;

/**
 * The collection of every published heritage item (and, first, the tours' collections), labelled
 * with the site's name when given.
 */
export function allObjectsCollection(
  manifests: Reference[],
  tours: Reference[],
  context: IiifContext & { siteName?: PerLocale<string> },
): Collection {
  const label = bilingualMap(ALL_OBJECTS);
  for (const locale of ["de", "en"] as SiteLocale[]) {
    const name = context.siteName?.[locale] ?? firstOf(context.siteName ?? {});
    if (name) label[locale] = [`${ALL_OBJECTS[locale]} – ${name}`];
  }
  return {
    "@context": PRESENTATION_3_CONTEXT,
    id: siteUrl(context, iiifCollectionPath()),
    type: "Collection",
    label,
    provider: providerOf(context),
    homepage: (["de", "en"] as SiteLocale[]).map((locale) => ({
      id: siteUrl(context, objectListPath(locale)),
      type: "Text",
      label: { [locale]: [ALL_OBJECTS[locale]] },
      format: "text/html",
      language: [locale],
    })),
    items: [...tours, ...manifests],
  };
}

/** A document and the site path it is published at. */
export interface IiifDocument {
  path: string;
  document: Manifest | Collection;
}

/**
 * Every IIIF document of the published content: a manifest per item with something to show, a
 * collection per tour, and the collection of everything (last). Each manifest is built once.
 */
export function* iiifDocuments(
  source: IiifSource,
  context: IiifContext & { siteName?: PerLocale<string> },
): Generator<IiifDocument> {
  const references = new Map<string, Reference>();
  const manifests: Reference[] = [];
  for (const input of source.items()) {
    const manifest = itemManifest(input, context);
    const reference = referenceOf(manifest);
    references.set(manifest.id, reference);
    manifests.push(reference);
    yield { path: iiifManifestPath(iiifSlugOf(input.item)), document: manifest };
  }
  const tours: Reference[] = [];
  for (const tour of source.tours()) {
    const entries = source
      .tourItems(tour)
      .map((input) => references.get(siteUrl(context, iiifManifestPath(iiifSlugOf(input.item)))))
      .filter((reference): reference is Reference => reference !== undefined);
    const collection = tourCollection(tour, entries, context);
    tours.push(collectionReference(collection));
    yield { path: iiifTourCollectionPath(iiifSlugOf(tour)), document: collection };
  }
  yield { path: iiifCollectionPath(), document: allObjectsCollection(manifests, tours, context) };
}
