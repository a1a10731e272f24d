/**
 * Astro content loader for one content type: reads the snapshot (written from the CMS by the
 * content integration, or kept from an earlier run), validates every entry of every locale with the
 * content-types zod schemas and stores it. An invalid entry stops the build with a message naming
 * type, entry, locale and field.
 */

import {
  type ContentTypeName,
  contentType,
  LOCALES,
  parseEntries,
  parseSingle,
  readSnapshotEntries,
  readSnapshotManifest,
} from "@showroom/content-types";
import type { Loader } from "astro/loaders";
import { resolvedSnapshotDir } from "./config.ts";
import { rewriteMedia } from "./media.ts";

/** Entry ids are `<locale>/<documentId>`; types without languages use `-` as locale. */
export function entryId(locale: string | null | undefined, documentId: string): string {
  return `${locale ?? "-"}/${documentId}`;
}

export function snapshotLoader(typeName: ContentTypeName): Loader {
  return {
    name: `showroom-snapshot:${typeName}`,
    load: async ({ store, logger }) => {
      const dir = resolvedSnapshotDir();
      const manifest = readSnapshotManifest(dir);
      const single = contentType(typeName).kind === "singleType";
      store.clear();
      let count = 0;
      for (const locale of LOCALES) {
        if (!manifest.locales.includes(locale)) continue;
        const raw = readSnapshotEntries(dir, typeName, locale);
        const entries = single
          ? [parseSingle(typeName, raw, locale)].filter((entry) => entry !== null)
          : parseEntries(typeName, raw, locale);
        for (const entry of entries) {
          const id = entryId(entry.locale, entry.documentId);
          // Types without languages appear in every locale file; keep one copy.
          if (store.has(id)) continue;
          const where = `${typeName} "${String((entry as { slug?: string }).slug ?? entry.documentId)}" (${locale})`;
          rewriteMedia(entry, dir, where);
          store.set({ id, data: { ...entry, locale: entry.locale ?? null } as Record<string, unknown> });
          count += 1;
        }
      }
      logger.debug(`${typeName}: ${count} entries from ${dir}`);
    },
  };
}
