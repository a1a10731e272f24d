import { type Locale, type Tour, type TourStop, tourSchema, tourStopSchema } from "@showroom/content-types";
import { z } from "zod";

/** What a sign sheet needs of a tour: its titles and its stops in order, in German and English. */
export interface TourSigns {
  slug: string;
  title: { de: string; en: string };
  stops: Array<{ code: string; position: number; title: { de: string; en: string } }>;
}

/** Published tours and stops of each locale, as the snapshot or the CMS REST API gives them. */
export type TourContent = Record<Locale, { tours: unknown[]; stops: unknown[] }>;

export class SignsError extends Error {
  override name = "SignsError";
}

function parseAll<T>(schema: z.ZodType<T>, entries: unknown[], what: string): T[] {
  return entries.map((entry, index) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const id = (entry as { documentId?: string; slug?: string } | null)?.slug ?? `#${index}`;
      throw new SignsError(`${what} ${id} is not valid content: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data;
  });
}

/**
 * Picks a tour by its slug (German or English) and lists its stops by position with their
 * permanent codes. English titles fall back to German where no translation is published.
 *
 * ```ts
 * const signs = collectTourSigns(content, "tour-wall");
 * ```
 */
export function collectTourSigns(content: TourContent, slug: string): TourSigns {
  const tours = {
    de: parseAll(tourSchema, content.de.tours, "tour (de)"),
    en: parseAll(tourSchema, content.en.tours, "tour (en)"),
  };
  const stops = {
    de: parseAll(tourStopSchema, content.de.stops, "tour stop (de)"),
    en: parseAll(tourStopSchema, content.en.stops, "tour stop (en)"),
  };
  const tour: Tour | undefined =
    tours.de.find((t) => t.slug === slug) ?? tours.en.find((t) => t.slug === slug);
  if (!tour) {
    const known = [...new Set([...tours.de, ...tours.en].map((t) => t.slug))].sort();
    throw new SignsError(
      `No published tour with the slug "${slug}". ${known.length ? `Published tours: ${known.join(", ")}.` : "There are no published tours."}`,
    );
  }
  const titleDe = tours.de.find((t) => t.documentId === tour.documentId)?.title ?? tour.title;
  const titleEn = tours.en.find((t) => t.documentId === tour.documentId)?.title ?? titleDe;
  const ofTour = (stop: TourStop) => stop.tour?.documentId === tour.documentId;
  const german = stops.de.filter(ofTour);
  // A stop published only in English still gets a sign; its German title falls back to English.
  const englishOnly = stops.en.filter((s) => ofTour(s) && !german.some((g) => g.documentId === s.documentId));
  const list = [...german, ...englishOnly].sort(
    (a, b) => a.position - b.position || a.code.localeCompare(b.code),
  );
  if (list.length === 0)
    throw new SignsError(`The tour "${slug}" has no published stops, so there are no signs to print.`);
  return {
    slug: tours.de.find((t) => t.documentId === tour.documentId)?.slug ?? tour.slug,
    title: { de: titleDe, en: titleEn },
    stops: list.map((stop) => {
      const en = stops.en.find((s) => s.documentId === stop.documentId)?.title;
      const de = stops.de.find((s) => s.documentId === stop.documentId)?.title;
      return {
        code: stop.code,
        position: stop.position,
        title: { de: de ?? en ?? stop.title, en: en ?? de ?? stop.title },
      };
    }),
  };
}
