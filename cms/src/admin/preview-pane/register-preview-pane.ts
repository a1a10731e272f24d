import type { StrapiApp } from "@strapi/strapi/admin";
import { PreviewPanePanel } from "./PreviewPanePanel";

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

/** Adds the page preview beside the edit form of every type the preview handler gives a link for. */
export function registerPreviewPane(app: StrapiApp): void {
  const contentManager = app.getPlugin("content-manager") as unknown as { apis: ContentManagerApis };
  contentManager.apis.addEditViewSidePanel([PreviewPanePanel]);
}
