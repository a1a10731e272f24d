/**
 * A snapshot folder (format: `../snapshot.ts`) as a content source. Opening checks the manifest,
 * so a folder that is no snapshot fails at once with what to do.
 *
 * ```ts
 * const source = snapshotContentSource("site/.snapshot");
 * ```
 */
import { readFile } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { Locale } from "../define.ts";
import { readSnapshotEntries, readSnapshotManifest, snapshotContentFile } from "../snapshot.ts";
import { ContentValidationError } from "../validate.ts";
import type { ContentSource } from "./content-source.ts";

export function snapshotContentSource(dir: string): ContentSource {
  const manifest = readSnapshotManifest(dir);
  const read = (typeName: string, locale: Locale): unknown =>
    manifest.locales.includes(locale) ? readSnapshotEntries(dir, typeName, locale) : null;
  const list = (typeName: string, locale: Locale): unknown[] => {
    const entries = read(typeName, locale) ?? [];
    if (!Array.isArray(entries)) {
      throw new ContentValidationError([
        `${typeName} (${locale}): expected a list of entries in ${snapshotContentFile(dir, typeName, locale)}, got ${typeof entries}`,
      ]);
    }
    return entries;
  };
  return {
    kind: "snapshot",
    origin: dir,
    description: `the content snapshot in ${dir}`,
    entries: async (typeName, locale) => list(typeName, locale),
    single: async (typeName, locale) => read(typeName, locale) ?? null,
    count: async (typeName, locale) => list(typeName, locale).length,
    async file(url) {
      const path = resolve(dir, url);
      // Entries name files inside the snapshot ("media/<hash><ext>"); nothing outside it.
      if (relative(resolve(dir), path).split(sep)[0] === "..") {
        throw new Error(`Content snapshot ${dir}: media URL "${url}" points outside the snapshot.`);
      }
      return new Uint8Array(await readFile(path));
    },
  };
}
