import { DEMO_TOURS } from "../../demo-content/index.ts";
import { image, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/** Tours, before their stops: the stop holds the relation. */
export async function seedTours(context: SeedContext): Promise<void> {
  for (const tour of DEMO_TOURS) {
    await upsertEntry(context, {
      type: typeNamed("tour"),
      key: tour.slug.de,
      draft: Boolean(tour.draft),
      match: { slug: tour.slug.de },
      data: async (locale) => ({
        title: tour.title[locale],
        slug: tour.slug[locale],
        summary: tour.summary[locale],
        introduction: tour.introduction[locale],
        durationMinutes: tour.durationMinutes,
        distanceMeters: tour.distanceMeters,
        stepFree: tour.stepFree ?? false,
        cover: (await image(context, tour.cover, locale)) ?? null,
      }),
    });
  }
}
