// The feed of all events as an iCalendar file (subscribe or download).
import type { APIRoute } from "astro";
import { calendarFeedResponse } from "../../lib/events/calendar.ts";

export const GET: APIRoute = ({ site }) => calendarFeedResponse("de", site);
