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

/** One page per entry at `<section>/<slug>/` (objects, places, events). */
export function slugStaticPaths(entries: readonly { slug: string; documentId: string }[]) {
  return entries.map((entry) => ({
    params: { slug: entry.slug },
    props: { documentId: entry.documentId } satisfies EntryProps,
  }));
}

export async function objectStaticPaths(locale: SiteLocale) {
  return slugStaticPaths((await getLocaleContent(locale)).items);
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
  return slugStaticPaths((await getLocaleContent(locale)).places);
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
