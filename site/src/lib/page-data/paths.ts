/**
 * getStaticPaths of the detail pages, per language. Props carry only the documentId: the page
 * looks the entry up in the (shared, memoised) content so 10,000 pages don't copy their data.
 */
import { getLocaleContent } from "../content/site-content.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import { objectListPageCount } from "./objects.ts";
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

/** Pages 2… of the object list (page 1 is the section's index page). */
export async function objectListStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  const pages = objectListPageCount(content.items.length);
  return Array.from({ length: pages - 1 }, (_, index) => ({
    params: { page: String(index + 2) },
    props: { page: index + 2 },
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
