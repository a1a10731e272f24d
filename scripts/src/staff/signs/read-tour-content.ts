import { LOCALES } from "@showroom/content-types";
import type { ContentSource } from "@showroom/content-types/content-source";
import type { TourContent } from "./tour-signs.ts";

/**
 * Reads the published tours and stops of every locale from a content source (the running CMS or
 * a snapshot folder).
 *
 * ```ts
 * const content = await readTourContent(snapshotContentSource("site/.snapshot"));
 * ```
 */
export async function readTourContent(source: ContentSource): Promise<TourContent> {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const [tours, stops] = await Promise.all([
        source.entries("tour", locale),
        source.entries("tour-stop", locale),
      ]);
      return [locale, { tours, stops }] as const;
    }),
  );
  return Object.fromEntries(perLocale) as TourContent;
}
