/** The demo content, one module per content type, both locales side by side. */
export { DEMO_EVENT_STREAMS } from "./event-streams.ts";
export { DEMO_HERITAGE_ITEMS } from "./heritage-items.ts";
export { DEMO_PAGES, DEMO_SITE_SETTING, type DemoPage, type DemoSiteSetting } from "./pages.ts";
export { DEMO_PLACES } from "./places.ts";
export { DEMO_SCANS } from "./scans.ts";
export { DEMO_TOUR_STOPS } from "./tour-stops.ts";
export { DEMO_TOURS } from "./tours.ts";
export type * from "./types.ts";
