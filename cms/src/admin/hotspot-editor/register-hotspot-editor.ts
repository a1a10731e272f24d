import type { StrapiApp } from "@strapi/strapi/admin";
import { HotspotEditorPanel } from "./HotspotEditorPanel";

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds the hotspot editor beside the edit form of tour stops. */
export function registerHotspotEditor(app: StrapiApp): void {
  const contentManager = app.getPlugin("content-manager") as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([HotspotEditorPanel]);
}
