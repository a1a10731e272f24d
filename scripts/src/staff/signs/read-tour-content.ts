import { readSnapshotEntries, readSnapshotManifest } from "@showroom/content-types";
import { createContentReader } from "../snapshot/fetch-content.ts";
import type { TourContent } from "./tour-signs.ts";

/**
 * Reads the published tours and stops from a content snapshot folder (see
 * `content-types/src/snapshot.ts`); fails with a clear error when the folder is no snapshot.
 *
 * ```ts
 * const content = readTourContentFromSnapshot("site/.snapshot");
 * ```
 */
export function readTourContentFromSnapshot(dir: string): TourContent {
  readSnapshotManifest(dir);
  const read = (type: string, locale: "de" | "en") =>
    (readSnapshotEntries(dir, type, locale) as unknown[] | null) ?? [];
  return {
    de: { tours: read("tour", "de"), stops: read("tour-stop", "de") },
    en: { tours: read("tour", "en"), stops: read("tour-stop", "en") },
  };
}

/**
 * Reads the published tours and stops from the CMS REST API (every page, both locales).
 *
 * ```ts
 * const content = await readTourContentFromCms({ url: "http://localhost:1337", token });
 * ```
 */
export async function readTourContentFromCms(options: { url: string; token?: string }): Promise<TourContent> {
  const cms = createContentReader(options);
  const [toursDe, stopsDe, toursEn, stopsEn] = await Promise.all([
    cms.entries("tour", "de"),
    cms.entries("tour-stop", "de"),
    cms.entries("tour", "en"),
    cms.entries("tour-stop", "en"),
  ]);
  return { de: { tours: toursDe, stops: stopsDe }, en: { tours: toursEn, stops: stopsEn } };
}
