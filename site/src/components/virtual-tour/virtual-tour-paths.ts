/** The static paths of the virtual-tour pages (kept apart: it reads Astro's content collections). */
import { getLocaleContent } from "../../lib/content/site-content.ts";
import type { SiteLocale } from "../../lib/i18n/locales.ts";
import { hasVirtualTour } from "./virtual-tour-data.ts";

/** The virtual-tour pages of a language: one per published tour with at least one panorama. */
export async function virtualTourStaticPaths(locale: SiteLocale) {
  const content = await getLocaleContent(locale);
  return content.tours
    .filter((tour) => hasVirtualTour(content, tour))
    .map((tour) => ({ params: { tour: tour.slug }, props: { documentId: tour.documentId } }));
}
