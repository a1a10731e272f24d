import { LANGUAGE_TAGS, type SiteLocale } from "./i18n/locales.ts";

export function formatDateTime(iso: string, locale: SiteLocale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));
}

export function formatDate(iso: string, locale: SiteLocale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    dateStyle: "long",
    timeZone: "Europe/Berlin",
  }).format(new Date(iso));
}
