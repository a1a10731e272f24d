import { Calendar, Earth, Pencil, Upload, WarningCircle } from "@strapi/icons";
import type { StrapiApp } from "@strapi/strapi/admin";

const title = (id: string, defaultMessage: string) => ({ id: `staff-home.${id}`, defaultMessage });
const load = (name: keyof typeof import("./StaffWidgets")) => async () =>
  (await import("./StaffWidgets"))[name];

/**
 * The staff home page: Strapi's home widgets (developer statistics, guided tour, "last edited")
 * replaced by what museum staff look after. Call in the admin's `register`, after the plugins
 * added theirs: the reducer form of `widgets.register` replaces the whole list.
 */
export function registerStaffHome(app: StrapiApp): void {
  const widgets = [
    {
      id: "recent-publishes",
      icon: Upload,
      title: title("publishes.title", "Zuletzt veröffentlicht"),
      component: load("RecentPublishesWidget"),
    },
    {
      id: "site-build",
      icon: Earth,
      title: title("build.title", "Website-Build"),
      component: load("SiteBuildWidget"),
    },
    {
      id: "failed-scans",
      icon: WarningCircle,
      title: title("scans.title", "3D-Scans mit Fehlern"),
      component: load("FailedScansWidget"),
    },
    {
      id: "upcoming-events",
      icon: Calendar,
      title: title("events.title", "Veranstaltungen in den nächsten 14 Tagen"),
      component: load("UpcomingEventsWidget"),
    },
    {
      id: "drafts",
      icon: Pencil,
      title: title("drafts.title", "Entwürfe, die warten"),
      component: load("DraftsWidget"),
    },
  ];
  (app as unknown as { widgets: { register(reducer: () => unknown[]): void } }).widgets.register(() =>
    widgets.map((widget) => ({ ...widget, pluginId: "showroom" })),
  );
}
