/**
 * Astro content loader for one content type: reads the snapshot (written from the CMS by the
 * content integration, or kept from an earlier run) through content-types' snapshot content source,
 * validates every entry of every locale with the content-types zod schemas and stores it. An invalid entry stops the build with a message naming
 * type, entry, locale and field; so does an image the image pipeline could not process.
 */
import { relative } from "node:path";

import {
  type ContentTypeName,
  contentType,
  LOCALES,
  parseEntries,
  parseSingle,
} from "@showroom/content-types";
import { snapshotContentSource } from "@showroom/content-types/content-source";
import type { Loader } from "astro/loaders";
import { ImageChecker } from "./check-images.ts";
import { resolvedSnapshotDir } from "./config.ts";
import { type PipelineImage, pipelineImagesOf, rewriteMedia } from "./media.ts";

/** One checker for all collections of a build: an image shared by several types is decoded once. */
let imageChecker: ImageChecker | undefined;

/** Images read at once: enough to overlap disk reads, few enough to keep open files bounded. */
const IMAGE_CHECK_CONCURRENCY = 4;

/**
 * Uses of broken images listed in the error. The publish loop shows staff the last 25 lines of the
 * build output; the heading and the first uses must fit in them (Astro adds ~7 lines of its own).
 */
const LISTED_IMAGE_PROBLEMS = 12;

/**
 * Stops the build when an image of an entry cannot be processed, naming every such use (type,
 * entry, locale, field) and what to do. The file name alone would not help: it is a hash.
 */
async function checkImages(
  uses: Array<PipelineImage & { where: string }>,
  snapshotDir: string,
  checker: ImageChecker,
): Promise<void> {
  const problems: string[] = [];
  const queue = [...uses];
  const worker = async () => {
    for (let use = queue.shift(); use; use = queue.shift()) {
      const problem = await checker.problemOf(use.file);
      if (problem) {
        problems.push(
          `- ${use.where}, field "${use.field}": the image "${use.name}" (${relative(snapshotDir, use.file)}) ${problem}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: IMAGE_CHECK_CONCURRENCY }, worker));
  if (problems.length === 0) return;
  problems.sort();
  const listed = problems.slice(0, LISTED_IMAGE_PROBLEMS);
  if (problems.length > listed.length) listed.push(`- … and ${problems.length - listed.length} more`);
  throw new Error(
    [
      `The site build cannot process ${problems.length === 1 ? "an image" : `${problems.length} uses of images`}. Replace the file in the CMS with a JPEG, PNG, WebP or AVIF image and publish the entry again:`,
      ...listed,
    ].join("\n"),
  );
}

/** Entry ids are `<locale>/<documentId>`; types without languages use `-` as locale. */
export function entryId(locale: string | null | undefined, documentId: string): string {
  return `${locale ?? "-"}/${documentId}`;
}

export function snapshotLoader(typeName: ContentTypeName): Loader {
  return {
    name: `showroom-snapshot:${typeName}`,
    load: async ({ store, logger }) => {
      const dir = resolvedSnapshotDir();
      imageChecker ??= new ImageChecker();
      const images: Array<PipelineImage & { where: string }> = [];
      const source = snapshotContentSource(dir);
      const single = contentType(typeName).kind === "singleType";
      store.clear();
      let count = 0;
      for (const locale of LOCALES) {
        const entries = single
          ? [parseSingle(typeName, await source.single(typeName, locale), locale)].filter(
              (entry) => entry !== null,
            )
          : parseEntries(typeName, await source.entries(typeName, locale), locale);
        for (const entry of entries) {
          const id = entryId(entry.locale, entry.documentId);
          // Types without languages appear in every locale file; keep one copy.
          if (store.has(id)) continue;
          const where = `${typeName} "${String((entry as { slug?: string }).slug ?? entry.documentId)}" (${locale})`;
          rewriteMedia(entry, dir, where);
          for (const image of pipelineImagesOf(entry)) images.push({ ...image, where });
          store.set({ id, data: { ...entry, locale: entry.locale ?? null } as Record<string, unknown> });
          count += 1;
        }
      }
      await checkImages(images, dir, imageChecker);
      logger.debug(`${typeName}: ${count} entries from ${dir}`);
    },
  };
}
