import { DEMO_HERITAGE_ITEMS } from "../../demo-content/index.ts";
import { images, ref, type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/** Heritage items, matched by inventory number, pointing at their place and scan. */
export async function seedHeritageItems(context: SeedContext): Promise<void> {
  for (const item of DEMO_HERITAGE_ITEMS) {
    await upsertEntry(context, {
      type: typeNamed("heritage-item"),
      key: item.inventoryNumber,
      draft: Boolean(item.draft),
      match: { inventoryNumber: item.inventoryNumber },
      data: async (locale) => ({
        title: item.title[locale],
        slug: item.slug[locale],
        summary: item.summary[locale],
        description: item.description?.[locale] ?? null,
        inventoryNumber: item.inventoryNumber,
        datingText: item.datingText[locale],
        datingFrom: item.datingFrom,
        datingTo: item.datingTo,
        material: item.material?.[locale] ?? null,
        dimensions: item.dimensions?.[locale] ?? null,
        place: ref(context, "place", item.place) ?? null,
        images: await images(context, item.images, locale),
        licence: item.licence,
        attribution: item.attribution ?? null,
        keywords: item.keywords?.[locale] ?? null,
        scan: ref(context, "scan", item.scan) ?? null,
        featured: item.featured ?? false,
      }),
    });
  }
}
