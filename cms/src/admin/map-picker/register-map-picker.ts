import type { StrapiApp } from "@strapi/strapi/admin";
import { MapPickerPanel } from "./MapPickerPanel";

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds the map picker beside the edit form of every type with a point (places, tour stops). */
export function registerMapPicker(app: StrapiApp): void {
  const contentManager = app.getPlugin("content-manager") as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([MapPickerPanel]);
}
