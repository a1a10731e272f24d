import type { Core } from "@strapi/strapi";

/** Content locales: German is the default, English the second language. */
export const CONTENT_LOCALES = [
  { code: "de", name: "Deutsch (de)" },
  { code: "en", name: "English (en)" },
] as const;

export const DEFAULT_LOCALE = "de";

/**
 * Creates the content locales when missing and makes German the default. Strapi's i18n plugin
 * creates only English on an empty database; existing extra locales are left alone.
 */
export async function bootstrapLocales({ strapi }: { strapi: Core.Strapi }): Promise<void> {
  const locales = strapi.plugin("i18n").service("locales");
  for (const locale of CONTENT_LOCALES) {
    if (!(await locales.findByCode(locale.code))) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
