/**
 * One way to read published content: from the running CMS over REST, or from a snapshot folder.
 * Both give entries exactly as Strapi's REST API returns them with `populateFor(type)` (the snapshot
 * differs only in media URLs, which point into the folder), so every reader (site build, search
 * reindex, sign sheets, publish loop) works on either.
 *
 * ```ts
 * const source = snapshotContentSource("site/.snapshot");   // or cmsContentSource({ url, token })
 * const tours = await source.entries("tour", "de");
 * ```
 */
import type { Locale } from "../define.ts";

export interface ContentSource {
  readonly kind: "cms" | "snapshot";
  /** Where the content comes from: the CMS URL or the snapshot folder. */
  readonly origin: string;
  /** For messages: "the CMS at …" or "the content snapshot in …". */
  readonly description: string;
  /** Every published entry of a collection type in a locale, unvalidated (REST shape). */
  entries(typeName: string, locale: Locale): Promise<unknown[]>;
  /** The published entry of a single type in a locale, or null when there is none. */
  single(typeName: string, locale: Locale): Promise<unknown | null>;
  /** How many published entries a collection type has in a locale. */
  count(typeName: string, locale: Locale): Promise<number>;
  /** The bytes of a media file, by the `url` an entry gives. */
  file(url: string): Promise<Uint8Array>;
}
