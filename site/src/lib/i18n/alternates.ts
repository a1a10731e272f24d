/**
 * "The same page in the other language": slugs differ per locale, so entries are matched by their
 * documentId. Used for the language switch and the hreflang links of every page.
 */
import { byDocumentId, getSiteContent, type LocaleContent } from "../content/site-content.ts";
import { SITE_LOCALES, type SiteLocale } from "./locales.ts";
import { eventPath, objectPath, placePath, type Section, sectionPath, stopPath, tourPath } from "./routes.ts";

export interface Alternate {
  locale: SiteLocale;
  /** Site-relative path, e.g. `/en/objects/bowl/`. */
  href: string;
}

export type AlternateKind = "heritage-item" | "place" | "tour" | "tour-stop" | "event-stream";

/** A section page (list, home, legal page) exists in every language. */
export function sectionAlternates(section: Section): Alternate[] {
  return SITE_LOCALES.map((locale) => ({ locale, href: sectionPath(section, locale) }));
}

/** The path of an entry in one language, or undefined when it is not published in that language. */
export function entryPath(
  content: LocaleContent,
  kind: AlternateKind,
  documentId: string,
): string | undefined {
  const { locale } = content;
  switch (kind) {
    case "heritage-item": {
      const item = byDocumentId(content.items, documentId);
      return item && objectPath(locale, item.slug);
    }
    case "place": {
      const place = byDocumentId(content.places, documentId);
      return place && placePath(locale, place.slug);
    }
    case "tour": {
      const tour = byDocumentId(content.tours, documentId);
      return tour && tourPath(locale, tour.slug);
    }
    case "tour-stop": {
      const stop = byDocumentId(content.stops, documentId);
      const tour = stop && byDocumentId(content.tours, stop.tour?.documentId);
      return stop && tour && stopPath(locale, tour.slug, stop.slug);
    }
    case "event-stream": {
      const event = byDocumentId(content.events, documentId);
      return event && eventPath(locale, event.slug);
    }
  }
}

/** Every language version of an entry's page (only the languages it is published in). */
export async function entryAlternates(kind: AlternateKind, documentId: string): Promise<Alternate[]> {
  const site = await getSiteContent();
  return SITE_LOCALES.flatMap((locale) => {
    const href = entryPath(site.byLocale[locale], kind, documentId);
    return href ? [{ locale, href }] : [];
  });
}
