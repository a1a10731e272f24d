/**
 * The opening every page component shares: its language, that language's interface strings and
 * content, and the page's versions in the other languages (for hreflang and the language switch).
 * An entry's page also gets the entry itself. Pages start with what they show, not with lookups.
 */
import { getLocaleContent, type LocaleContent } from "../content/site-content.ts";
import {
  type Alternate,
  type AlternateKind,
  entryAlternates,
  sectionAlternates,
} from "../i18n/alternates.ts";
import type { SiteLocale } from "../i18n/locales.ts";
import type { Section } from "../i18n/routes.ts";
import { type UiStrings, ui } from "../i18n/ui.ts";
import { type EntryOf, entryOf } from "./entry-of.ts";

export interface PageContext {
  locale: SiteLocale;
  /** The interface strings of the page's language. */
  t: UiStrings;
  content: LocaleContent;
  alternates: Alternate[];
}

/** Props of every entry page: the routes under src/pages pass them from getStaticPaths. */
export interface EntryPageProps {
  locale: SiteLocale;
  documentId: string;
}

/** A section page (home, a list, a legal page, search): it exists in every language. */
export async function sectionPageContext(
  section: Section,
  { locale }: { locale: SiteLocale },
): Promise<PageContext> {
  return {
    locale,
    t: ui(locale),
    content: await getLocaleContent(locale),
    alternates: sectionAlternates(section),
  };
}

/** An entry's page: the entry, and its versions in the languages it is published in. */
export async function entryPageContext<K extends AlternateKind>(
  kind: K,
  { locale, documentId }: EntryPageProps,
): Promise<PageContext & { entry: EntryOf<K> }> {
  const content = await getLocaleContent(locale);
  return {
    locale,
    t: ui(locale),
    content,
    entry: entryOf(content, kind, documentId),
    alternates: await entryAlternates(kind, documentId),
  };
}
