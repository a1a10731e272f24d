/**
 * getStaticPaths of the detail pages, per language. Props carry only the documentId: the page
 * looks the entry up in the (shared, memoised) content so 10,000 pages don't copy their data.
 */
import { getLocaleContent } from "../content/site-content.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { stopsOf, tourOf } from "./tours.ts";

export interface EntryProps {
  documentId: string;
}

export async function objectStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.items.map((item) => ({
    params: { slug: item.slug },
    props: { documentId: item.documentId },
  }));
}

export async function placeStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.places.map((place) => ({
    params: { slug: place.slug },
    props: { documentId: place.documentId },
  }));
}

export async function tourStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.tours.map((tour) => ({
    params: { tour: tour.slug },
    props: { documentId: tour.documentId },
  }));
}

export async function stopStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.tours.flatMap((tour) =>
    stopsOf(content, tour).map((stop) => ({
      params: { tour: tour.slug, stop: stop.slug },
      props: { documentId: stop.documentId },
    })),
  );
}

export { tourOf };
