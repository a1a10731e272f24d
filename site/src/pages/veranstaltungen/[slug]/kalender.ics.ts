// One event as an iCalendar file ("add to calendar").
import type { APIRoute } from "astro";
import { eventCalendarResponse, eventStaticPaths } from "../../../lib/events/calendar.ts";

export const getStaticPaths = () => eventStaticPaths("de");
export const GET: APIRoute = ({ props, site }) =>
  eventCalendarResponse("de", (props as { documentId: string }).documentId, site);
