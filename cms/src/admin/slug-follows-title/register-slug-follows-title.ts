import type { StrapiApp } from "@strapi/strapi/admin";
import { SlugFollowsTitle } from "./SlugFollowsTitle";

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds the slug-follows-title behaviour to every edit view of the content manager. */
export function registerSlugFollowsTitle(app: StrapiApp): void {
  const contentManager = app.getPlugin("content-manager") as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([SlugFollowsTitle]);
}
