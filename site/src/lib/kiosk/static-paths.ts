/** getStaticPaths of the kiosk's tour and object pages: only what the kiosk is configured to show. */
import type { SiteLocale } from "../i18n/locales.ts";
import { kioskSelection } from "./kiosk-content.ts";

export async function kioskTourStaticPaths(locale: SiteLocale) {
  return (await kioskSelection(locale)).tours.map((tour) => ({
    params: { tour: tour.slug },
    props: { documentId: tour.documentId },
  }));
}

export async function kioskObjectStaticPaths(locale: SiteLocale) {
  return (await kioskSelection(locale)).objects.map((item) => ({
    params: { slug: item.slug },
    props: { documentId: item.documentId },
  }));
}
