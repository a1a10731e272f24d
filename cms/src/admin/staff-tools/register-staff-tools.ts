import { FilePdf, Upload } from "@strapi/icons";
import type { StrapiApp } from "@strapi/strapi/admin";

// A loader, not a component: Strapi calls it once to lazy-load the page.
const loadSignSheetsPage = () => import("./SignSheetsPage");
const loadImportPage = () => import("./ImportPage");

/**
 * "Schilder drucken" in the admin's main menu, for everyone who may read tours; "Tabelle
 * importieren" for everyone who may create heritage items (the server checks update and publish).
 */
export function registerStaffTools(app: StrapiApp): void {
  app.addMenuLink({
    to: "staff-tools/signs",
    icon: FilePdf,
    intlLabel: { id: "staff-tools.signs.menu", defaultMessage: "Schilder drucken" },
    Component: loadSignSheetsPage,
    permissions: [{ action: "plugin::content-manager.explorer.read", subject: "api::tour.tour" }],
  } as never);
  app.addMenuLink({
    to: "staff-tools/import",
    icon: Upload,
    intlLabel: { id: "staff-tools.import.menu", defaultMessage: "Tabelle importieren" },
    Component: loadImportPage,
    permissions: [
      { action: "plugin::content-manager.explorer.create", subject: "api::heritage-item.heritage-item" },
    ],
  } as never);
}
