import { DEMO_PLACES } from "../../demo-content/index.ts";
import { images, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/** Places first: items, stops and events point at them. */
export async function seedPlaces(context: SeedContext): Promise<void> {
  for (const place of DEMO_PLACES) {
    await upsertEntry(context, {
      type: typeNamed("place"),
      key: place.slug.de,
      draft: Boolean(place.draft),
      match: { slug: place.slug.de },
      data: async (locale) => ({
        name: place.name[locale],
        slug: place.slug[locale],
        kind: place.kind,
        municipality: place.municipality,
        summary: place.summary[locale],
        description: place.description?.[locale] ?? null,
        address: place.address ? { street: null, postalCode: null, ...place.address } : null,
        geo: place.geo,
        openingHours: place.openingHours?.[locale] ?? [],
        openingHoursNote: place.openingHoursNote?.[locale] ?? null,
        images: await images(context, place.images, locale),
      }),
    });
  }
}
