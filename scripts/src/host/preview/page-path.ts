import type { SiteLocale } from "../../../../site/src/lib/i18n/locales.ts";
import {
  eventPath,
  homePath,
  objectPath,
  placePath,
  sectionPath,
  stopPath,
  tourPath,
} from "../../../../site/src/lib/i18n/routes.ts";

type Entry = Record<string, unknown>;

/** The page of the site that shows an entry (the site's own route helpers), or undefined. */
export function pagePathOf(type: string, entry: Entry, locale: SiteLocale): string | undefined {
  const slug = typeof entry.slug === "string" ? entry.slug : "";
  switch (type) {
    case "heritage-item":
      return slug ? objectPath(locale, slug) : undefined;
    case "place":
      return slug ? placePath(locale, slug) : undefined;
    case "tour":
      return slug ? tourPath(locale, slug) : undefined;
    case "tour-stop": {
      const tour = entry.tour as Entry | null | undefined;
      return slug && typeof tour?.slug === "string" ? stopPath(locale, tour.slug, slug) : undefined;
    }
    case "event-stream":
      return slug ? eventPath(locale, slug) : undefined;
    case "imprint":
      return sectionPath("imprint", locale);
    case "privacy-policy":
      return sectionPath("privacy", locale);
    case "accessibility-statement":
      return sectionPath("accessibility", locale);
    case "easy-language":
      return sectionPath("easyLanguage", locale);
    case "sign-language":
      return sectionPath("signLanguage", locale);
    case "site-setting":
      return homePath(locale);
    default:
      return undefined;
  }
}
