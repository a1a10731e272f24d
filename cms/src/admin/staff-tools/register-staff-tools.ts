import { FilePdf } from "@strapi/icons";
import type { StrapiApp } from "@strapi/strapi/admin";

// A loader, not a component: Strapi calls it once to lazy-load the page.
const loadSignSheetsPage = () => import("./SignSheetsPage");

/** "Schilder drucken" in the admin's main menu, for everyone who may read tours. */
export function registerStaffTools(app: StrapiApp): void {
  app.addMenuLink({
    to: "staff-tools/signs",
    icon: FilePdf,
    intlLabel: { id: "staff-tools.signs.menu", defaultMessage: "Schilder drucken" },
    Component: loadSignSheetsPage,
    permissions: [{ action: "plugin::content-manager.explorer.read", subject: "api::tour.tour" }],
  } as never);
}
