import type { StrapiApp } from "@strapi/strapi/admin";
import { LivePanel } from "./LivePanel";

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds the "Live senden" panel to the edit view (it shows only for events). */
export function registerLivePanel(app: StrapiApp): void {
  const contentManager = app.getPlugin("content-manager") as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([LivePanel]);
}
