import { DEMO_SCANS } from "../../demo-content/index.ts";
import { demoModel, modelFile } from "../../media/demo-media.ts";
import { image, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/** 3D scans with their generated demo models; heritage items and stops point at them. */
export async function seedScans(context: SeedContext): Promise<void> {
  for (const scan of DEMO_SCANS) {
    await upsertEntry(context, {
      type: typeNamed("scan"),
      key: scan.slug.de,
      draft: Boolean(scan.draft),
      match: { slug: scan.slug.de },
      data: async (locale) => {
        const model = await demoModel(scan.model);
        return {
          title: scan.title[locale],
          slug: scan.slug[locale],
          model: (await context.media.ensure(modelFile(scan.model))).id,
          // Without a poster of its own, the CMS renders one from the model: leave that alone.
          poster: await image(context, scan.poster, locale),
          description: scan.description[locale],
          licence: scan.licence,
          attribution: scan.attribution ?? null,
          downloadAllowed: scan.downloadAllowed,
          paradata: scan.paradata[locale],
          triangleCount: model.triangleCount,
          fileSize: model.glb.byteLength,
          scale: 1,
          defaultCamera: scan.defaultCamera ?? null,
          annotations: scan.annotations?.[locale] ?? [],
        };
      },
    });
  }
}
