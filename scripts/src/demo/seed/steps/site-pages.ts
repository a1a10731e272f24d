import { DEMO_PAGES, DEMO_SITE_SETTING } from "../../demo-content/index.ts";
import { type SeedContext, typeNamed } from "../seed-context.ts";
import { upsertEntry } from "../upsert-entry.ts";

/** The single types: site settings and the legally required pages (imprint, privacy, accessibility). */
export async function seedSitePages(context: SeedContext): Promise<void> {
  await upsertEntry(context, {
    type: typeNamed("site-setting"),
    key: "site-setting",
    draft: false,
    match: {},
    data: async (locale) => ({
      siteName: DEMO_SITE_SETTING.siteName[locale],
      tagline: DEMO_SITE_SETTING.tagline[locale],
      introduction: DEMO_SITE_SETTING.introduction[locale],
      operator: DEMO_SITE_SETTING.operator[locale],
      contactEmail: DEMO_SITE_SETTING.contactEmail,
    }),
  });
  for (const page of DEMO_PAGES) {
    await upsertEntry(context, {
      type: typeNamed(page.type),
      key: page.type,
      draft: false,
      match: {},
      data: async (locale, stored) => ({
        title: page.title[locale],
        body: page.body[locale],
        ...(page.shared ?? {}),
        // The review date is the day of the first seed, like the event dates.
        ...(page.type === "accessibility-statement" && !stored
          ? { reviewedOn: context.now.toISOString().slice(0, 10) }
          : {}),
      }),
    });
  }
}
