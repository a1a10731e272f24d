/**
 * The content snapshot: all published content in every locale, with its media, in a folder.
 * The site builds from it when the CMS is down; tests build the site from a fixed one.
 *
 *   <dir>/manifest.json
 *   <dir>/content/<type>.<locale>.json   collection types: an array of entries; single types: one entry or null
 *   <dir>/media/<hash><ext>              every file the entries reference; their `url` is "media/<hash><ext>"
 *
 * Entries are exactly what Strapi 5's REST API returns for `?status=published&locale=<locale>`
 * with `populateFor(type)`, except that media URLs point into the snapshot.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LOCALES, type Locale } from "./define.ts";
import { ALL_CONTENT_TYPES } from "./model/index.ts";

export const SNAPSHOT_FORMAT = 1;

export const snapshotManifestSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  createdAt: z.iso.datetime({ offset: true }),
  /** Where the content came from: a CMS URL, or "fixture" for generated test content. */
  source: z.string(),
  locales: z.array(z.enum(LOCALES)),
  /** Entry count per type and locale, e.g. { "place": { "de": 5, "en": 5 } }. */
  counts: z.record(z.string(), z.record(z.string(), z.number().int().min(0))),
  media: z.array(
    z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().min(0),
      mime: z.string(),
    }),
  ),
});
export type SnapshotManifest = z.output<typeof snapshotManifestSchema>;

export function snapshotContentFile(dir: string, typeName: string, locale: Locale): string {
  return join(dir, "content", `${typeName}.${locale}.json`);
}

export function readSnapshotManifest(dir: string): SnapshotManifest {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) {
    throw new Error(
      `No content snapshot at ${dir} (manifest.json missing). Create one with: npm run snapshot`,
    );
  }
  const parsed = snapshotManifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new Error(`Content snapshot manifest ${path} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The raw (not yet validated) entries of one type and locale; [] / null when the file is absent. */
export function readSnapshotEntries(dir: string, typeName: string, locale: Locale): unknown {
  const path = snapshotContentFile(dir, typeName, locale);
  const type = ALL_CONTENT_TYPES.find((t) => t.name === typeName);
  if (!type) throw new Error(`content-types: unknown content type "${typeName}"`);
  if (!existsSync(path)) return type.kind === "singleType" ? null : [];
  return JSON.parse(readFileSync(path, "utf8"));
}
