/**
 * The `/json/` twin of every detail page: the page's schema.org JSON-LD as a file, e.g.
 * `/objekte/kelch/` → `/json/objekte/kelch.json`.
 */
import type { APIRoute } from "astro";
import { getSiteContent } from "../../lib/content/site-content.ts";
import { SITE_LOCALES } from "../../lib/i18n/locales.ts";
import {
  eventPath,
  objectListPath,
  objectPath,
  placePath,
  stopPath,
  tourPath,
} from "../../lib/i18n/routes.ts";
import { filterIndexRow, objectCard } from "../../lib/page-data/objects.ts";
import { stopsOf } from "../../lib/page-data/tours.ts";
import { eventJsonLd, itemJsonLd, placeJsonLd, stopJsonLd, tourJsonLd } from "../../lib/seo/schema.ts";

type Builder = (site: URL | undefined) => object;

export async function getStaticPaths() {
  const content = await getSiteContent();
  const paths: { params: { path: string }; props: { build: Builder } }[] = [];
  const add = (pagePath: string, build: Builder) =>
    paths.push({ params: { path: pagePath.replace(/^\/+|\/+$/g, "") }, props: { build } });
  for (const locale of SITE_LOCALES) {
    const c = content.byLocale[locale];
    for (const item of c.items) add(objectPath(locale, item.slug), (site) => itemJsonLd(c, item, site));
    // The object list's twin is the filter index its script loads when the list has several pages.
    add(objectListPath(locale), () => ({
      columns: [
        "href",
        "title",
        "dating",
        "place",
        "summary",
        "placeId",
        "epoch",
        "material",
        "has3d",
        "licence",
      ],
      rows: c.items.map((item) => filterIndexRow(objectCard(c, item))),
    }));
    for (const place of c.places) add(placePath(locale, place.slug), (site) => placeJsonLd(c, place, site));
    for (const event of c.events) add(eventPath(locale, event.slug), (site) => eventJsonLd(c, event, site));
    for (const tour of c.tours) {
      const stops = stopsOf(c, tour);
      add(tourPath(locale, tour.slug), (site) => tourJsonLd(c, tour, stops, site));
      for (const stop of stops)
        add(stopPath(locale, tour.slug, stop.slug), (site) => stopJsonLd(c, tour, stop, site));
    }
  }
  return paths;
}

export const GET: APIRoute = ({ props, site }) => {
  const build = (props as { build: Builder }).build;
  const data = build(site);
  // The filter index can hold 10,000 rows: no indentation there.
  return new Response("rows" in data ? JSON.stringify(data) : JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/ld+json; charset=utf-8" },
  });
};
