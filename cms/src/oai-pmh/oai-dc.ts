import { LICENCE_RIGHTS, type LidoLanguage } from "../generated/lido";
import { objectPath, type SiteLocale } from "../generated/url-scheme";
import type { BilingualItem } from "./item-data";
import { attributes, textElement } from "./xml";

export interface DcContext {
  /** The public site's address; object pages are linked below it. */
  siteUrl: string;
  /** dc:publisher: who publishes the collection (the site's operator per locale). */
  publisher: Map<string, string>;
}

const dc = (name: string, text: string | null | undefined, lang?: string) =>
  text?.trim() ? textElement(`dc:${name}`, text.trim(), { "xml:lang": lang }) : "";

/**
 * Simple Dublin Core (oai_dc) of one item, both languages with xml:lang:
 * title, description (summary), date (the dating as written and as a year range), subject
 * (keywords), type (DCMI PhysicalObject), format (material, technique, dimensions), identifier
 * (object page URLs, inventory number), language, publisher (site operator), rights (licence URI,
 * credit), coverage (the place).
 */
export function oaiDcRecord(item: BilingualItem, context: DcContext): string {
  const locales = [...item.values()];
  const first = locales[0];
  if (!first) return "";
  const parts: string[] = [];
  for (const entry of locales) parts.push(dc("title", entry.title, entry.locale));
  for (const entry of locales) parts.push(dc("description", entry.summary, entry.locale));
  for (const entry of locales)
    for (const keyword of (entry.keywords ?? "").split(/[,;]/))
      parts.push(dc("subject", keyword, entry.locale));
  parts.push(dc("type", "PhysicalObject"));
  for (const entry of locales) parts.push(dc("date", entry.datingText, entry.locale));
  parts.push(
    dc(
      "date",
      first.datingFrom === first.datingTo ? `${first.datingFrom}` : `${first.datingFrom}/${first.datingTo}`,
    ),
  );
  for (const entry of locales)
    for (const value of [entry.material, entry.technique, entry.dimensions])
      parts.push(dc("format", value, entry.locale));
  for (const entry of locales)
    parts.push(dc("identifier", `${context.siteUrl}${objectPath(entry.locale as SiteLocale, entry.slug)}`));
  parts.push(dc("identifier", first.inventoryNumber));
  for (const entry of locales) parts.push(dc("language", entry.locale));
  for (const entry of locales) parts.push(dc("publisher", context.publisher.get(entry.locale), entry.locale));
  // The licence as its URI (what harvesters match); all rights reserved has none and is named in words.
  const rights = LICENCE_RIGHTS[first.licence];
  if (rights?.uri) parts.push(dc("rights", rights.uri));
  else
    for (const entry of locales)
      parts.push(dc("rights", rights?.label[entry.locale as LidoLanguage], entry.locale));
  parts.push(dc("rights", first.attribution));
  for (const entry of locales) parts.push(dc("coverage", entry.place?.name, entry.locale));
  return `<oai_dc:dc${attributes({
    "xmlns:oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation":
      "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
  })}>${parts.join("")}</oai_dc:dc>`;
}
