import type { Core } from "@strapi/strapi";

export interface ApiType {
  uid: string;
  kind: "collectionType" | "singleType";
  localized: boolean;
}

/** The project's own content types (api::…), the ones editors and the public API work with. */
export function apiTypes(strapi: Core.Strapi): ApiType[] {
  return Object.values(strapi.contentTypes)
    .filter((type) => type.uid.startsWith("api::"))
    .map((type) => ({
      uid: type.uid,
      kind: type.kind,
      localized: Boolean(
        (type.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized,
      ),
    }));
}
