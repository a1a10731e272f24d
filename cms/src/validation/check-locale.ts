import type { Core } from "@strapi/strapi";
import { validationError } from "./field-error";

/**
 * An unknown locale is a mistake (a typo, "all" instead of "*"): answer 400 naming it instead of
 * an empty list or a silently created locale.
 */
export async function assertKnownLocale(strapi: Core.Strapi, locale: unknown): Promise<void> {
  if (locale === undefined || locale === null || locale === "*") return;
  const codes: string[] = (await strapi.plugin("i18n").service("locales").find())
    .map((entry: { code: string }) => entry.code)
    .sort();
  const asked = Array.isArray(locale) ? locale : [locale];
  const unknown = asked.find((code) => typeof code !== "string" || !codes.includes(code));
  if (unknown !== undefined) {
    throw validationError([
      {
        path: ["locale"],
        message: `Unknown locale "${String(unknown)}". Available: ${codes.join(", ")} (or * for all).`,
      },
    ]);
  }
}
